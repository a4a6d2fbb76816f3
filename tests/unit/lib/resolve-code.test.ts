import { describe, expect, test } from 'vitest';
import { findCodes, type KnownCode } from '../../../src/lib/resolve-code.ts';

const known: KnownCode[] = [
  { api: 'groove', code: 'CATALOG_NO_RESULT', url: '/groove/CATALOG_NO_RESULT/', summary: '' },
  { api: 'groove', code: 'COLLECTION_NO_RESULT', url: '/groove/COLLECTION_NO_RESULT/', summary: '' },
  { api: 'sonos-control', code: 'ERROR_INVALID_PARAMETER', url: '/sonos-control/ERROR_INVALID_PARAMETER/', summary: '' },
  { api: 'other', code: 'CATALOG_NO_RESULT', url: '/other/CATALOG_NO_RESULT/', summary: '' },
];
const urls = (text: string) => findCodes(text, known).map((match) => match.url);

describe('findCodes', () => {
  test('finds a bare code in any letter case, with punctuation or words around it', () => {
    expect(urls('error_invalid_parameter')).toEqual(['/sonos-control/ERROR_INVALID_PARAMETER/']);
    expect(urls('  "Error_Invalid_Parameter",  ')).toEqual(['/sonos-control/ERROR_INVALID_PARAMETER/']);
    expect(urls('customer got ERROR_INVALID_PARAMETER when grouping')).toEqual(['/sonos-control/ERROR_INVALID_PARAMETER/']);
  });

  test('finds the code in a pasted Sonos [header, body] response', () => {
    const pasted = `[{"namespace":"groups:1","response":"createGroup","success":false,"type":"globalError"},
      {"errorCode":"ERROR_INVALID_PARAMETER","reason":"Set of players to group (array playerIds) contains invalid player ids","playerIds":["RINCON_1"]}]`;
    expect(urls(pasted)).toEqual(['/sonos-control/ERROR_INVALID_PARAMETER/']);
  });

  test('finds the code in a pasted Groove response with its status line', () => {
    const pasted = 'HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"Error":{"ErrorCode":"COLLECTION_NO_RESULT","Description":"No result"}}';
    expect(urls(pasted)).toEqual(['/groove/COLLECTION_NO_RESULT/']);
  });

  test('offers every API that has the code, unless the text names one of them', () => {
    expect(urls('CATALOG_NO_RESULT')).toEqual(['/groove/CATALOG_NO_RESULT/', '/other/CATALOG_NO_RESULT/']);
    expect(urls('https://errors.example/groove/catalog_no_result/')).toEqual(['/groove/CATALOG_NO_RESULT/']);
  });

  test('matches whole codes only, so a part of a code or plain words find nothing', () => {
    expect(urls('NO_RESULT')).toEqual([]);
    expect(urls('the catalog had no result')).toEqual([]);
    expect(urls('')).toEqual([]);
  });

  test('lists several codes once each, in the order they appear', () => {
    expect(urls('COLLECTION_NO_RESULT then error_invalid_parameter then COLLECTION_NO_RESULT')).toEqual([
      '/groove/COLLECTION_NO_RESULT/',
      '/sonos-control/ERROR_INVALID_PARAMETER/',
    ]);
  });

  test('treats markup in the text as plain characters', () => {
    expect(urls('<img src=x onerror=alert(1)>ERROR_INVALID_PARAMETER</img>')).toEqual([
      '/sonos-control/ERROR_INVALID_PARAMETER/',
    ]);
  });
});
