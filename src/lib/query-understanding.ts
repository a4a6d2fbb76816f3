/**
 * What a query typed in words says before any page is ranked: the HTTP status it mentions in passing ("get a
 * 400 back", "failed (401)"), the API it names by a product word (Sonos, Groove, Xbox Music, a speaker model),
 * and its content words, with common words of a few other languages put into the English the index holds.
 * The ranking then prefers the codes of that API and sent with that status (see search-policy.ts).
 *
 * The work is one pass over at most `MAX_TOKENS` tokens of a query already capped in length.
 */

/** Tokens read from a query: more than a person types into a search box. */
const MAX_TOKENS = 48;

/**
 * Words that name a product of one API. A speaker model, the household, or "player" means the Sonos Control
 * API, whose codes are answers from a player; Xbox Music, Zune and Music Pass are Groove's earlier names and
 * parts, and Azure Marketplace and Microsoft its sign-in. They are not searched as words: they name the API
 * rather than one of its codes. Single words only, matched whole: common words that are also products in
 * passing ("one", "connect", "port") are left out, because "can't connect" or "port 1400" says nothing about
 * which API is meant, and so are words a page is found by: a word in a code's name (`MSA`), a field of a
 * command (`householdId`).
 */
export const API_WORDS: Readonly<Record<string, readonly string[]>> = {
  groove: ['groove', 'xbox', 'zune', 'microsoft', 'azure', 'datamarket', 'marketplace'],
  'sonos-control': [
    'sonos',
    'speaker',
    'speakers',
    'soundbar',
    'player',
    'players',
    'household',
    'households',
    'amp',
    'playbar',
    'playbase',
    'beam',
    'arc',
    'symfonisk',
    'rincon',
    'tts',
    'audioclip',
    'websocket',
  ],
};

/** Whether a word names a product of one of the APIs. */
export function isProductWord(word: string): boolean {
  return Object.values(API_WORDS).some((words) => words.includes(word));
}

/** Product names of two words, read before single words: "music pass", "play:1" (tokenised as `play 1`). */
const API_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bmusic pass\b/, 'groove'],
  [/\bplay[: ]?[135]\b/, 'sonos-control'],
  [/\bsonos (?:one|port|connect|move|roam|five)\b/, 'sonos-control'],
];

/**
 * Common words of Spanish, French, German, Portuguese, Italian and Russian for the ideas people search for
 * most, in the English the registry is written in. Accents are compared removed (`búsqueda` as `busqueda`).
 * Cheap by design: a word list, not a translator; anything else in another language is left to the codes,
 * statuses and API names it carries.
 */
export const FOREIGN_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    error: 'fehler erreur erro errore ошибка ошибки ошибку',
    empty: 'vacio vacia vide vides leer leere leeren vazio vazia vuoto vuota пустой пустая пусто',
    full: 'lleno llena plein pleine voll volle voller cheio cheia pieno piena полный полная переполнен',
    expired: 'expirado expirada caducado caducada expiree abgelaufen abgelaufene scaduto scaduta истек истёк просрочен',
    missing: 'falta faltante manquant manquante fehlt fehlende mancante отсутствует',
    'not found': 'encontrado encontrada introuvable gefunden trovato trovata найден найдено',
    search: 'busqueda buscar recherche chercher suche suchen pesquisa ricerca cercare поиск',
    volume: 'volumen lautstarke громкость',
    country: 'pais pays paese страна',
    parameter: 'parametro parametre параметр',
    playlist: 'lista wiedergabeliste плейлист',
    token: 'jeton токен',
    limit: 'limite лимит',
    'not supported': 'unterstutzt soportado supporte supportato поддерживает',
    user: 'usuario utilisateur benutzer utente пользователь',
    song: 'cancion chanson titres musica canzone песня',
    play: 'reproducir reproduzir abspielen riprodurre воспроизвести',
    account: 'cuenta compte konto conta аккаунт',
    device: 'dispositivo appareil gerat устройство',
    subscription: 'suscripcion abonnement assinatura abbonamento подписка',
    requests: 'solicitudes requetes anfragen richieste solicitacoes запросов',
    'sign in': 'sesion connexion anmelden anmeldung accesso вход',
  }).flatMap(([english, words]) => words.split(' ').map((word) => [word, english])),
);

/** Words of those languages that carry no meaning for search: articles, prepositions, pronouns, auxiliaries. */
const FOREIGN_STOP_WORDS = new Set(
  (
    'el la los las un una unos unas de del al que por porque para con en es son esta este cuando como mi mis su sus se ' +
    'le les des du et est sont pas ne dans mon ma mes sur pour avec il elle au aux ce cette qui quand pourquoi comment ' +
    'der die das den dem des ein eine einen und ist sind nicht mit im am beim bei sich lasst wenn warum wie mein meine ' +
    'o os um uma da dos das na nao em com meu minha il lo gli di che non per perche mio'
  ).split(' '),
);

/**
 * Words that only frame a question or a report ("why does…", "how do I…", "is there…", "anyone know…") and
 * say nothing about which error is meant, beyond the stop words every search drops.
 */
const FRAMING_WORDS = new Set(
  'anyone know knows help please fix fixed fixing mean means meaning possible happen happens happened happening issue issues problem problems suddenly'.split(
    ' ',
  ),
);

/** Words after a number that make it a count or a duration, and the short forms of those read in full. */
const UNIT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  min: 'minutes',
  mins: 'minutes',
  hr: 'hours',
  hrs: 'hours',
  sec: 'seconds',
  secs: 'seconds',
};
const UNITS = new Set([
  ...Object.keys(UNIT_ABBREVIATIONS),
  ...'second seconds minute minutes hour hours day days week weeks track tracks song songs item items request requests'.split(' '),
]);

/** Words saying a call succeeded: its answer was HTTP 200, whatever went missing from it. */
const SUCCESS_WORDS = new Set(['succeeded', 'succeeds', 'success', 'successful', 'successfully']);

export interface UnderstoodQuery {
  /** The content words, in English where a foreign word was known, joined by spaces. */
  words: string;
  /**
   * The HTTP status the query mentions (`400` in "get a 400 back", `200` in "the call succeeded"), when it
   * mentions exactly one.
   */
  status?: string;
  /** The API the query names by a product word, when it names exactly one. */
  api?: string;
  /**
   * Whether the query reads as another language than English (a known foreign word, a non-Latin letter, or
   * two of the small words of those languages):
   * its other unknown words are then not corrected as typos, since they are words of that language.
   */
  foreign: boolean;
}

/**
 * The English for a word of another language, inflected forms included: a known word, or one the token
 * extends by up to three letters (`токена` for `токен`, `Fehlers` for `Fehler`), for known words of four
 * letters or more.
 */
function foreignWord(token: string): string | undefined {
  const known = FOREIGN_WORDS[token];
  if (known) return known;
  for (let cut = 1; cut <= 3 && token.length - cut >= 4; cut++) {
    const stem = FOREIGN_WORDS[token.slice(0, -cut)];
    if (stem) return stem;
  }
  return undefined;
}

/** Letters with their accents removed and lower-cased: `Búsqueda` → `busqueda`, `Lautstärke` → `lautstarke`. */
function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Reads a query in words. A status counts only as a whole number from 100 to 599 standing on its own ("(401)",
 * "a 400", "HTTP 502"), not inside a longer number, a version or an identifier; a query naming two statuses or
 * two APIs states no preference.
 */
export function understandQuery(text: string): UnderstoodQuery {
  const lower = plain(text.slice(0, 2000));
  const tokens = [...lower.matchAll(/[\p{L}\p{N}_]+(?:[.:][\p{L}\p{N}_]+)*/gu)].slice(0, MAX_TOKENS).map(([token]) => token);
  const statuses = new Set<string>();
  const apis = new Set<string>();
  for (const [pattern, api] of API_PHRASES) if (pattern.test(tokens.join(' '))) apis.add(api);
  const words: string[] = [];
  let foreign = false;
  let foreignStopWords = 0;
  for (const [index, token] of tokens.entries()) {
    if (/^[1-5]\d\d$/.test(token)) {
      statuses.add(token);
      continue;
    }
    // A call said to succeed was answered 200, as the codes that report a partial failure are.
    if (SUCCESS_WORDS.has(token)) {
      statuses.add('200');
      continue;
    }
    // Any other number is no word a page is found by ("volume 20", "port 1400"), unless it counts something
    // ("after 10 minutes", "101 tracks"): a lifetime or a limit is a fact a page can state.
    if (/^[\d.:]+$/.test(token)) {
      if (/^\d+$/.test(token) && UNITS.has(tokens[index + 1] ?? '')) words.push(token);
      continue;
    }
    const unit = UNIT_ABBREVIATIONS[token];
    if (unit) {
      words.push(unit);
      continue;
    }
    const api = Object.keys(API_WORDS).find((id) => API_WORDS[id]!.includes(token));
    if (api) {
      apis.add(api);
      continue;
    }
    const english = foreignWord(token);
    if (english) {
      foreign = true;
      words.push(english);
      continue;
    }
    if (FOREIGN_STOP_WORDS.has(token)) {
      foreignStopWords++;
      continue;
    }
    if (FRAMING_WORDS.has(token)) continue;
    if (/[^\p{ASCII}]/u.test(token)) {
      // A word in a script the index does not hold (Cyrillic, Greek, CJK) cannot match; it marks the language.
      foreign = true;
      continue;
    }
    words.push(token);
  }
  return {
    words: words.join(' '),
    ...(statuses.size === 1 ? { status: [...statuses][0]! } : {}),
    ...(apis.size === 1 ? { api: [...apis][0]! } : {}),
    // Two of those languages' small words ("la … de") say the query is in one of them, even with no known word.
    foreign: foreign || foreignStopWords >= 2,
  };
}
