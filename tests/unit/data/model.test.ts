import { describe, expect, test } from 'vitest';
import { buildExport } from '../../../src/data/export.ts';
import { buildSiteModel } from '../../../src/data/model.ts';
import { readRegistry } from '../../../src/registry/read-registry.ts';
import { fixture } from '../../helpers.ts';

async function fixtureModel() {
  const { registry } = await readRegistry(fixture('valid'));
  return buildSiteModel(
    registry.apis.map((api) => ({ id: api.id, data: api.data })),
    registry.errors.map((error) => ({ ...error.data, api: error.api, sourcePath: error.registryPath })),
  );
}

describe('buildSiteModel', () => {
  test('orders APIs by name and counts codes per API and per category', async () => {
    const model = await fixtureModel();
    expect(model.apis.map((api) => [api.name, api.errorCount])).toEqual([
      ['Relay Command API', 2],
      ['Shop REST API', 3],
    ]);
    expect(model.apis[1]?.categories.map((category) => [category.id, category.errorCount, category.url])).toEqual([
      ['orders', 2, '/shop/#orders'],
      ['server', 1, '/shop/#server'],
    ]);
  });

  test('joins each code to its API and category display names, with its URL and status text', async () => {
    const model = await fixtureModel();
    expect(model.errors.find((error) => error.code === 'ORDER_NOT_FOUND')).toMatchObject({
      api: { id: 'shop', name: 'Shop REST API', url: '/shop/' },
      category: { id: 'orders', name: 'Order errors' },
      httpStatus: 404,
      httpStatusText: '404 Not Found',
      url: '/shop/ORDER_NOT_FOUND/',
      sourcePath: 'shop/ORDER_NOT_FOUND.yaml',
    });
    expect(model.errors.find((error) => error.code === 'ERR_TIMEOUT')?.httpStatusText).toBeNull();
  });
});

describe('buildExport', () => {
  test('writes the contract fields, with the category display name, plus the retry policy', async () => {
    const exported = buildExport(await fixtureModel());
    expect(exported.apis).toEqual([
      { id: 'relay', name: 'Relay Command API', url: '/relay/' },
      { id: 'shop', name: 'Shop REST API', url: '/shop/' },
    ]);
    expect(exported.errors[1]).toEqual({
      api: 'relay',
      code: 'ERR_TIMEOUT',
      category: 'Global errors',
      httpStatus: null,
      summary: 'The device did not answer the command in time.',
      url: '/relay/ERR_TIMEOUT/',
      status: 'active',
      retry: 'retry-with-backoff',
      origin: 'documented',
      sources: ['https://relay.example/errors'],
    });
    expect(exported.errors.map((error) => error.status)).toContain('deprecated');
  });

  test("limits one API's export to that API", async () => {
    const exported = buildExport(await fixtureModel(), 'shop');
    expect(exported.apis.map((api) => api.id)).toEqual(['shop']);
    expect(exported.errors.map((error) => error.code)).toEqual(['ORDER_NOT_FOUND', 'PARTIAL_ORDER_LIST', 'SERVER_BUSY']);
  });
});
