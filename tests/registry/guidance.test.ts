import { describe, expect, test } from 'vitest';
import { readRegistry } from '../../src/registry/read-registry.ts';
import { envelopeOf } from '../../src/schemas/envelopes.ts';
import { ROOT } from '../helpers.ts';

describe('the guidance in the project registry', async () => {
  const { registry } = await readRegistry(`${ROOT}/registry`);
  const apis = new Map(registry.apis.map((api) => [api.id, api]));

  test.each(registry.errors.map((entry) => [`${entry.api}/${entry.data.code}`, entry] as const))(
    '%s has a description, 2+ causes, 3+ steps, a sample of its own code in its API envelope, and related codes that exist',
    (_name, entry) => {
      const { data } = entry;
      expect(data.description.length).toBeGreaterThanOrEqual(80);
      expect(new Set(data.causes.map((cause) => cause.text)).size).toBeGreaterThanOrEqual(2);
      expect(new Set(data.troubleshooting.map((step) => step.text)).size).toBeGreaterThanOrEqual(3);
      expect(data.samples.length).toBeGreaterThanOrEqual(1);

      const envelope = envelopeOf(apis.get(entry.api)!.data.envelope);
      for (const sample of data.samples) {
        const parsed = envelope.formOf(sample.response).parse(sample.response);
        // A batch call reports the code in a failed item; an upstream sample keeps its source's hyphens.
        const codes = [envelope.code(parsed) ?? '', ...envelope.itemCodes(parsed)].map((code) =>
          sample.provenance === 'upstream' ? code.replaceAll('-', '_') : code,
        );
        expect(codes).toContain(data.code);
        const status = envelope.status(parsed);
        if (status !== data.httpStatus) expect(sample.statusNote, `${sample.title}: status ${status}`).toBeTruthy();
      }

      const sameApi = registry.errors.filter((other) => other.api === entry.api).map((other) => other.data.code);
      expect(data.related.length).toBeGreaterThanOrEqual(1);
      for (const { code, difference } of data.related) {
        expect(sameApi).toContain(code);
        expect(code).not.toBe(data.code);
        expect(difference.length).toBeGreaterThanOrEqual(30);
      }
    },
  );

  // A code page shows the summary and then the description: a description that opens by saying the summary
  // again in other words makes a reader mid-incident read the same thing twice before anything new.
  test.each(registry.errors.map((entry) => [`${entry.api}/${entry.data.code}`, entry] as const))(
    "%s's description opens with something its summary does not already say",
    (_name, { data }) => {
      const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9_]+/g) ?? []);
      const summary = words(data.summary);
      const opening = words(data.description.split(/(?<=[.!?])\s/)[0]!);
      const shared = [...opening].filter((word) => summary.has(word)).length;
      const overlap = shared / new Set([...summary, ...opening]).size;
      expect(overlap, `first sentence: "${data.description.split(/(?<=[.!?])\s/)[0]}"`).toBeLessThanOrEqual(0.5);
    },
  );

  // Issue 20: a reader tells a fact from the site's reading, and every page says who acts and what to ask for.
  test.each(registry.errors.map((entry) => [`${entry.api}/${entry.data.code}`, entry] as const))(
    '%s backs every cause and step with sources or marks it inferred, and has support words, an actor and 2+ things to ask',
    (_name, { data }) => {
      for (const statement of [...data.causes, ...data.troubleshooting]) {
        expect(statement.sources !== undefined !== (statement.inferred === true), statement.text).toBe(true);
      }
      expect(data.support.customer).not.toContain(data.code);
      expect(data.support.ask.length).toBeGreaterThanOrEqual(2);
    },
  );

  test('no step restates a retry schedule without its numbers', () => {
    const vague = /\b(a few (attempts|times|retries)|wait a while|shortly|after a (short )?delay)\b/i;
    const found = registry.errors.flatMap(({ api, data }) =>
      data.troubleshooting.filter((step) => vague.test(step.text)).map((step) => `${api}/${data.code}: ${step.text}`),
    );
    expect(found).toEqual([]);
  });

  test('uses every example the Sonos reference gives', () => {
    const text = (code: string) => JSON.stringify(registry.errors.find((entry) => entry.data.code === code)?.data);
    expect(text('ERROR_MISSING_PARAMETERS')).toContain('Missing required value:[0].householdId');
    expect(text('ERROR_MISSING_PARAMETERS')).toContain('Missing required value:[1].volume');
    expect(text('ERROR_INVALID_PARAMETER')).toContain('\\"volume\\": -1');
    expect(text('ERROR_INVALID_PARAMETER')).toContain('contains invalid player ids');
    expect(text('ERROR_INVALID_OBJECT_ID')).toContain('\\"command\\": \\"seek\\"');
    expect(text('ERROR_COMMAND_FAILED')).toContain('CONNECT');
    expect(text('ERROR_NOT_CAPABLE')).toContain('loadLineIn');
  });

  test('sends each Groove sample with the Description its source or the upstream table gives', () => {
    const groove = registry.errors.filter((entry) => entry.api === 'groove');
    const descriptions = groove.map((entry) => (entry.data.samples[0]?.response['body'] as { Error: { Description: string } }).Error.Description);
    expect(descriptions).toContain('Item does not exist');
    expect(descriptions).toContain('Too Many Requests');
    // The stream page's own example words the Description differently from the table; an upstream sample keeps it.
    expect(descriptions).toContain('The user does not have an Groove subscription');
  });
});
