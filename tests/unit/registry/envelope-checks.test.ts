import { describe, expect, test } from 'vitest';
import { buildCodeIndex } from '../../../src/data/export.ts';
import { siteModelFromRegistry } from '../../../src/data/from-registry.ts';
import { resolveText } from '../../../src/lib/resolve-code.ts';
import { readRegistry } from '../../../src/registry/read-registry.ts';
import { fixture, problemLines } from '../../helpers.ts';

describe('checkEnvelope', () => {
  test('refuses a declaration that contradicts itself, each problem at its line with what would be valid', async () => {
    const shop = 'tests/fixtures/broken-envelope-declaration/shop/_api.yaml';
    const relay = 'tests/fixtures/broken-envelope-declaration/relay/_api.yaml';
    expect(await problemLines('broken-envelope-declaration')).toEqual([
      `${relay}:9: transport.kind: command-response, but envelope.frame declares no message frame — declare envelope.frame with the header the message carries, or http-response for errors sent with an HTTP status`,
      `${relay}:13: envelope.code: "errorCode" is declared with type array, which cannot carry a code — type string or number for errorCode, or another field: a field of type string or number, which envelope.fields must declare`,
      `${shop}:16: envelope.schema: json-frame, but no envelope.frame declares the frame — declare envelope.frame, or json-body`,
      `${shop}:17: envelope.code: "Error.Kode" is not among envelope.fields — the name of the field that carries the code: one of Error, Error.ErrorCode`,
      `${shop}:20: envelope.fields[1].name: "Error.ErrorCode" cannot exist: Error is declared as string, not object — type: object for Error, or a path that is not under it`,
      `${shop}:21: envelope.fields[2].value: found the text "no", but the field's type is boolean — a boolean value, or the type of the value`,
      `${shop}:21: envelope.fields[2].name: "Error.Retry" cannot exist: Error is declared as string, not object — type: object for Error, or a path that is not under it`,
      `${shop}:22: envelope.fields[3].name: "Error.ErrorCode" is declared twice — one entry per path; merge the two`,
      `${shop}:22: envelope.fields[3].name: "Error.ErrorCode" cannot exist: Error is declared as string, not object — type: object for Error, or a path that is not under it`,
    ]);
  });

  test('refuses an example that does not fit the fields, at the line of the member inside the example', async () => {
    const shop = 'tests/fixtures/broken-envelope-example/shop/_api.yaml';
    expect(await problemLines('broken-envelope-example')).toEqual([
      `${shop}:24: envelope.example at Error.Description: missing — Error.Description as text, as envelope.fields declares it`,
      `${shop}:25: envelope.example at Error.ErrorCode: found number 404 — Error.ErrorCode as text, as envelope.fields declares it`,
    ]);
  });

  test('reports a wrong value inside either form of a framed sample at its own line and field', async () => {
    const api = 'tests/fixtures/broken-sample-frame/relay/_api.yaml';
    expect(await problemLines('broken-sample-frame')).toEqual([
      `tests/fixtures/broken-sample-frame/relay/ERR_TIMEOUT.yaml:24: samples[0].response.header.success: found boolean true — success as exactly false, as envelope.frame.header declares it in ${api}`,
      `tests/fixtures/broken-sample-frame/relay/ERR_TIMEOUT.yaml:34: samples[1].response.body.errorCode: found a list of 1 — errorCode as text, as envelope.fields declares it in ${api}`,
    ]);
  });
});

describe('an API of another shape, declared in YAML alone', async () => {
  const { registry, problems } = await readRegistry(fixture('three-apis'));
  const index = buildCodeIndex(siteModelFromRegistry(registry));

  test('is valid, and its code field is the one its envelope declares', () => {
    expect(problems).toEqual([]);
    expect(index.apis.find((api) => api.id === 'cloud')).toMatchObject({ code: 'error.status', codePattern: '^[A-Z]+(_[A-Z]+)*$' });
  });

  test('resolves a pasted body through error.status, not through the HTTP status under error.code', () => {
    expect(resolveText('{"error": {"code": 404, "message": "Bucket b-17 does not exist.", "status": "NOT_FOUND"}}', index)).toMatchObject({
      kind: 'code',
      code: { api: 'cloud', code: 'NOT_FOUND' },
    });
  });

  test("reads another API's code in its envelope as a code the API lacks, not as the other API's code", () => {
    expect(resolveText('{"error": {"code": 503, "message": "busy", "status": "ERR_BUSY"}}', index)).toMatchObject({
      kind: 'undocumented',
      row: { code: 'ERR_BUSY', apis: ['cloud'] },
    });
    expect(resolveText('[{"namespace": "relay", "success": false, "type": "globalError"}, {"errorCode": "ERR_BUSY"}]', index)).toMatchObject({
      kind: 'code',
      code: { api: 'relay', code: 'ERR_BUSY' },
    });
  });

  test('resolves its messages with their variable parts changed', () => {
    expect(resolveText("Quota exceeded for quota metric 'Write requests' of service cloud.example for consumer project 98", index)).toMatchObject({
      kind: 'code',
      code: { code: 'RESOURCE_EXHAUSTED' },
    });
  });
});
