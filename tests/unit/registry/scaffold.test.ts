import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readRegistry } from '../../../src/registry/read-registry.ts';
import { scaffoldEntry } from '../../../src/registry/scaffold.ts';
import { envelopeOf } from '../../../src/schemas/envelopes.ts';
import { ErrorEntrySchema } from '../../../src/schemas/error-entry.ts';
import { fixture } from '../../helpers.ts';

describe('scaffoldEntry', async () => {
  const { registry } = await readRegistry(fixture('valid'));
  const shop = registry.apis.find((api) => api.id === 'shop')!;
  const relay = registry.apis.find((api) => api.id === 'relay')!;

  test("writes a file the schema and the API's envelope accept, with the facts filled in from the API", () => {
    const text = scaffoldEntry('shop', shop.data, 'ORDER_EXPIRED', { httpStatus: 410, existingCodes: ['ORDER_NOT_FOUND'] });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../_schemas/shop.schema.json');
    const entry = ErrorEntrySchema.parse(parse(text));
    expect(entry).toMatchObject({ code: 'ORDER_EXPIRED', category: 'orders', httpStatus: 410, status: 'active', retry: 'retry-after-fix' });
    expect(entry.related.map((related) => related.code)).toEqual(['ORDER_NOT_FOUND']);
    expect(entry.support.actor).toBe('app-developer');
    expect(entry.causes.map((cause) => cause.sources ?? 'inferred')).toEqual([['reference'], 'inferred']);
    const envelope = envelopeOf(shop.data.envelope);
    const response = envelope.formOf(entry.samples[0]!.response).parse(entry.samples[0]!.response);
    expect(envelope.code(response)).toBe('ORDER_EXPIRED');
  });

  test('leaves the HTTP status out for an API whose errors have none', () => {
    const entry = ErrorEntrySchema.parse(parse(scaffoldEntry('relay', relay.data, 'ERR_LOST', { existingCodes: ['ERR_BUSY'] })));
    expect(entry.httpStatus).toBeNull();
    expect(entry.samples[0]!.response).toMatchObject({ header: { success: false, type: 'globalError' }, body: { errorCode: 'ERR_LOST' } });
  });

  test('marks every piece of prose as still to write', () => {
    const text = scaffoldEntry('shop', shop.data, 'ORDER_EXPIRED', { existingCodes: ['ORDER_NOT_FOUND'] });
    const entry = parse(text);
    const texts = (items: { text: string }[]) => items.map((item) => item.text);
    for (const prose of [
      entry.summary,
      entry.description,
      ...texts(entry.causes),
      ...texts(entry.troubleshooting),
      entry.support.customer,
      ...entry.support.ask,
      entry.seen.user,
      entry.seen.developer,
      entry.samples[0].title,
      entry.related[0].difference,
    ]) {
      expect(prose).toMatch(/^TODO: /);
    }
  });
});
