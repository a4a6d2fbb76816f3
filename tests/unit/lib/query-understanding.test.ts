import { describe, expect, test } from 'vitest';
import { API_WORDS, FOREIGN_WORDS, understandQuery } from '../../../src/lib/query-understanding.ts';
import { readRegistry } from '../../../src/registry/read-registry.ts';
import { ROOT } from '../../helpers.ts';

describe('understandQuery', () => {
  test('reads an HTTP status standing in a sentence, and takes it out of the words', () => {
    expect(understandQuery('household request failed (401) every few weeks')).toMatchObject({
      status: '401',
      words: 'request failed every few weeks',
    });
    expect(understandQuery('I get a 400 back when the search is empty').status).toBe('400');
    expect(understandQuery('HTTP/1.1 502 Bad Gateway').status).toBe('502');
    expect(understandQuery('the call succeeded but some albums are missing')).toMatchObject({
      status: '200',
      words: 'the call but some albums are missing',
    });
    expect(understandQuery('the first call succeeded, the second failed with 401').status).toBeUndefined();
  });

  test('takes no status from other numbers: minutes, ports, versions, years, two statuses at once', () => {
    for (const query of ['token expires after 10 minutes', 'player on port 1400', 'the v2.0 endpoint', 'broke in 2017', 'volume 20']) {
      expect(understandQuery(query).status, query).toBeUndefined();
    }
    expect(understandQuery('400 or 404 when adding to a playlist').status).toBeUndefined();
    expect(understandQuery('token expires after 10 mins').words).toBe('token expires after 10 minutes');
    expect(understandQuery('set the volume to 20 on port 1400').words).toBe('set the volume to on port');
  });

  test('reads the API a product word names, in any letter case, and leaves the word out of the search', () => {
    expect(understandQuery('Sonos speaker ignores the volume')).toMatchObject({
      api: 'sonos-control',
      words: 'ignores the volume',
    });
    expect(understandQuery('Xbox Music token expired')).toMatchObject({ api: 'groove', words: 'music token expired' });
    expect(understandQuery('doorbell chime on the Play:3').api).toBe('sonos-control');
    expect(understandQuery('what does a Music Pass give').api).toBe('groove');
  });

  test('states no API when none or both are named, and reads ordinary words as no product', () => {
    expect(understandQuery('the catalog is not answering').api).toBeUndefined();
    expect(understandQuery('groove playlist on a sonos speaker').api).toBeUndefined();
    expect(understandQuery("can't connect on port 1400").api).toBeUndefined();
  });

  test('puts common words of other languages into English, accents and inflections included', () => {
    expect(understandQuery('búsqueda vacía')).toMatchObject({ words: 'search empty', foreign: true });
    expect(understandQuery('la playlist est pleine')).toMatchObject({ words: 'playlist full', foreign: true });
    expect(understandQuery('Lautstärke Fehlers').words).toBe('volume error');
    expect(understandQuery('обновление токена')).toMatchObject({ words: 'token', foreign: true });
  });

  test('keeps codes, statuses and API names inside another language', () => {
    expect(understandQuery('¿por qué la API de Groove devuelve 400 con ERROR_INVALID_PARAMETER?')).toMatchObject({
      status: '400',
      api: 'groove',
      foreign: true,
    });
    expect(understandQuery('Fehler: ERROR_INVALID_PARAMETER').words).toBe('error error_invalid_parameter');
  });

  test('reads English as English, and drops the words that only frame a question or report', () => {
    expect(understandQuery('why does the playlist stop, anyone know a fix?')).toEqual({
      words: 'why does the playlist stop a',
      foreign: false,
    });
  });

  test('reads a bounded number of tokens from a long query', () => {
    const query = `${'word '.repeat(500)}404`;
    expect(understandQuery(query).status).toBeUndefined();
  });

  test('every API the product words name is an API of the registry, and no foreign word is also English for another idea', async () => {
    const { registry } = await readRegistry(`${ROOT}/registry`);
    expect(Object.keys(API_WORDS).sort()).toEqual(registry.apis.map((api) => api.id).sort());
    for (const [word, english] of Object.entries(FOREIGN_WORDS)) expect(word, english).not.toBe(english);
  });
});
