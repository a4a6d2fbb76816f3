import { describe, expect, test } from 'vitest';
import { buildExport } from '../../../src/data/export.ts';
import { buildSiteModel, type SiteLinks } from '../../../src/data/model.ts';
import { readRegistry } from '../../../src/registry/read-registry.ts';
import { fixture } from '../../helpers.ts';

async function fixtureModel(links?: SiteLinks) {
  const { registry } = await readRegistry(fixture('valid'));
  return buildSiteModel(
    registry.apis.map((api) => ({ id: api.id, data: api.data })),
    registry.errors.map((error) => ({ ...error.data, api: error.api, sourcePath: error.registryPath })),
    links,
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

  test('carries every link a code page shows: its JSON twin, the reference, the guide and the edit link where they exist', async () => {
    const model = await fixtureModel({
      guides: new Set(['shop']),
      editUrl: (registryPath) => `https://git.example/edit/main/${registryPath}`,
    });
    expect(model.errors.find((error) => error.code === 'ORDER_NOT_FOUND')).toMatchObject({
      api: { guideUrl: '/guides/shop/', reference: { title: 'Shop API errors', url: 'https://shop.example/docs/errors' } },
      jsonUrl: '/shop/ORDER_NOT_FOUND.json',
      editUrl: 'https://git.example/edit/main/shop/ORDER_NOT_FOUND.yaml',
    });
    expect(model.apis.map((api) => [api.id, api.guideUrl, api.exportUrl])).toEqual([
      ['relay', undefined, '/relay/errors.json'],
      ['shop', '/guides/shop/', '/shop/errors.json'],
    ]);
    const relay = (await fixtureModel()).errors.find((error) => error.code === 'ERR_BUSY')!;
    expect(relay.api.guideUrl).toBeUndefined();
    expect(relay.editUrl).toBeUndefined();
  });

  test("numbers each cited source as the page lists it, and marks what no source shows as the site's reading", async () => {
    const error = (await fixtureModel()).errors.find((candidate) => candidate.code === 'ORDER_NOT_FOUND')!;
    expect(error.citedSources.map((source) => source.id)).toEqual(['reference']);
    expect(error.causes.map((cause) => cause.basis)).toEqual([
      { kind: 'sources', sources: [{ number: 1, source: error.citedSources[0] }] },
      { kind: 'inferred' },
    ]);
    expect(error.troubleshooting.map((step) => step.basis.kind)).toEqual(['sources', 'inferred', 'sources']);
    expect(error.fix).toMatchObject({ language: 'http', source: { number: 1 }, failing: 'GET /orders/42 HTTP/1.1\nHost: shop.example' });
  });

  test("gives backoff advice with the API's published schedule and its source, or else the site's default", async () => {
    const model = await fixtureModel();
    const relay = model.errors.find((error) => error.code === 'ERR_TIMEOUT')!.retry;
    expect(relay.advice).toContain('Retry up to 4 times, 2 s, 6 s, 18 s, 20 s apart');
    expect(relay.scheduleSource?.id).toBe('reference');
    const shop = model.errors.find((error) => error.code === 'SERVER_BUSY')!.retry;
    expect(shop).toMatchObject({ id: 'retry-after-fix' });
    expect(shop.scheduleSource).toBeUndefined();
  });

  test('carries the support words, who acts, and related codes with how to tell them apart', async () => {
    const error = (await fixtureModel()).errors.find((candidate) => candidate.code === 'ERR_BUSY')!;
    expect(error.support.actor).toEqual({ id: 'app-developer', label: "The app's developer" });
    expect(error.support.ask).toHaveLength(2);
    expect(error.related).toEqual([
      expect.objectContaining({ code: 'ERR_TIMEOUT', url: '/relay/ERR_TIMEOUT/', difference: expect.stringContaining('ERR_TIMEOUT') }),
    ]);
    expect(error.log.map((item) => item.field)).toEqual(['the code from the error body', 'the time of the call in UTC']);
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
