import { RETRY_POLICIES } from '../lib/retry-policies.ts';
import { envelopeOf } from '../schemas/envelopes.ts';
import { checkEnvelope } from './envelope-checks.ts';
import { SUCCESSOR_HINT } from '../schemas/error-entry.ts';
import { CODE_FILE_EXTENSION, type Registry, type RegistryApi, type RegistryCode } from './registry-folder.ts';
import { formatPath, problemsFromIssues, type Problem } from './problems.ts';
import { checkScaffoldText } from './scaffold.ts';

/**
 * What no single file's schema can see: agreement between a code file, its name, and its API's
 * `_api.yaml`, and uniqueness across files. Checks that need a valid `_api.yaml` are skipped for an API
 * whose `_api.yaml` is invalid or missing; that file's own problem is already reported.
 */
export function crossCheck(registry: Registry): Problem[] {
  const envelopeProblems = new Map(registry.apis.map((api) => [api.id, checkEnvelope(api)]));
  // Samples are checked only against an envelope that does not contradict itself; its own problems come first.
  const apis = new Map(registry.apis.filter((api) => !envelopeProblems.get(api.id)!.length).map((api) => [api.id, api]));
  return [
    ...[...envelopeProblems.values()].flat(),
    ...registry.errors.flatMap((entry) => {
      const api = apis.get(entry.api);
      const apiCodes = registry.codeFiles.get(entry.api) ?? new Set<string>();
      return [...checkFileName(entry), ...(api ? checkAgainstApi(entry, api, apiCodes) : [])];
    }),
    ...repeatedCodes(registry.errors),
    ...registry.apis.flatMap((api) => checkAcrossCodes(registry.errors.filter((entry) => entry.api === api.id))),
    ...registry.apis.flatMap((api) => [
      ...repeatedIds(api, 'sources', 'source'),
      ...repeatedIds(api, 'categories', 'category'),
      ...checkBackoffSource(api),
    ]),
  ];
}

/** Where a problem in a code file sits: the file, the line of the value at `path`, and the field it names. */
function fieldAt(entry: RegistryCode, path: readonly (string | number)[]): Pick<Problem, 'file' | 'line' | 'field'> {
  return { file: entry.file, line: entry.where.lineOf(path), field: formatPath(path) };
}

/** A source id the API's `_api.yaml` does not list, wherever a code file cites one. */
function unknownSource(api: RegistryApi, id: string): Pick<Problem, 'message' | 'hint'> {
  const ids = [...new Set(api.data.sources.map((source) => source.id))];
  return { message: `no source "${id}" in ${api.file}`, hint: `one of ${ids.join(', ')}, or add the source to ${api.file}` };
}

/**
 * A published retry schedule cites a source of its own API: without one, code pages would show the API's numbers
 * while saying they are the site's default.
 */
function checkBackoffSource(api: RegistryApi): Problem[] {
  const id = api.data.backoff?.source;
  if (id === undefined || api.data.sources.some((source) => source.id === id)) return [];
  return [{ file: api.file, line: api.where.lineOf(['backoff', 'source']), field: 'backoff.source', ...unknownSource(api, id) }];
}

/** A code of the same API that has no file, wherever a code file names one. */
function unknownCode(code: string): Pick<Problem, 'message' | 'hint'> {
  return {
    message: `no code "${code}" in this API`,
    hint: `a code that has a file in the same folder; ${code}${CODE_FILE_EXTENSION} does not exist`,
  };
}

/** The code inside the file is the code the file is named after. */
function checkFileName(entry: RegistryCode): Problem[] {
  const { code } = entry.data;
  const fileCode = entry.registryPath.slice(entry.api.length + 1, -CODE_FILE_EXTENSION.length);
  if (code === fileCode) return [];
  return [
    {
      ...fieldAt(entry, ['code']),
      message: `"${code}" does not match the file name ${fileCode}${CODE_FILE_EXTENSION}`,
      hint: `the code exactly as the file is named ("${fileCode}"), or rename the file to ${code}${CODE_FILE_EXTENSION}`,
    },
  ];
}

/** A code a second time in one API, in any letter case, at the later file of the two (codes by API, then code). */
function repeatedCodes(errors: readonly RegistryCode[]): Problem[] {
  const seen = new Map<string, RegistryCode>();
  return errors.flatMap((entry): Problem[] => {
    const key = `${entry.api}/${entry.data.code.toUpperCase()}`;
    const twin = seen.get(key);
    if (!twin) {
      seen.set(key, entry);
      return [];
    }
    return [
      {
        ...fieldAt(entry, ['code']),
        message: `"${entry.data.code}" duplicates "${twin.data.code}" in ${twin.file} (codes differing only in letter case share a URL)`,
        hint: 'one file per code: merge the two files or remove one',
      },
    ];
  });
}

/** Everything a code file must agree on with its API's `_api.yaml` and the API's other codes. */
function checkAgainstApi(entry: RegistryCode, api: RegistryApi, apiCodes: ReadonlySet<string>): Problem[] {
  return [
    ...checkCodeFormat(entry, api),
    ...checkCategory(entry, api),
    ...checkHttpStatus(entry, api),
    ...checkSamples(entry, api),
    ...checkProvenance(entry, api),
    ...checkUpstream(entry, api),
    ...checkRelated(entry, apiCodes),
    ...checkStatementSources(entry, api),
    ...checkSupportActor(entry),
    ...checkCustomerWords(entry, api, apiCodes),
    ...checkLifecycle(entry, apiCodes),
    ...checkScaffoldText(entry),
  ];
}

function checkCodeFormat(entry: RegistryCode, api: RegistryApi): Problem[] {
  const { code } = entry.data;
  if (new RegExp(api.data.codePattern).test(code)) return [];
  return [
    {
      ...fieldAt(entry, ['code']),
      message: `"${code}" breaks the code format of ${api.data.name}`,
      hint: `a code matching ${api.data.codePattern}, as set by codePattern in ${api.file}`,
    },
  ];
}

function checkCategory(entry: RegistryCode, api: RegistryApi): Problem[] {
  const { category } = entry.data;
  const categoryIds = api.data.categories.map((candidate) => candidate.id);
  if (categoryIds.includes(category)) return [];
  return [
    {
      ...fieldAt(entry, ['category']),
      message: `unknown category "${category}"`,
      hint: `one of the categories in ${api.file}: ${categoryIds.join(', ')}`,
    },
  ];
}

/** A code has a default HTTP status exactly when its API's transport has one. */
function checkHttpStatus(entry: RegistryCode, api: RegistryApi): Problem[] {
  const { httpStatus } = entry.data;
  const needsStatus = api.data.transport.kind === 'http-response';
  if (needsStatus && httpStatus === null) {
    return [
      {
        ...fieldAt(entry, ['httpStatus']),
        message: `null, but ${api.data.name} sends every error with an HTTP status`,
        hint: "the code's default HTTP status as an integer, such as 400 or 404",
      },
    ];
  }
  if (!needsStatus && httpStatus !== null) {
    return [
      {
        ...fieldAt(entry, ['httpStatus']),
        message: `${httpStatus}, but ${api.data.name} reports errors in a command response with no HTTP status`,
        hint: `null (transport.kind in ${api.file} is ${api.data.transport.kind})`,
      },
    ];
  }
  return [];
}

/**
 * Every sample response must have the shape of its API's envelope, carry this file's code, and be sent
 * with the code's default HTTP status unless `statusNote` says why not.
 */
function checkSamples(entry: RegistryCode, api: RegistryApi): Problem[] {
  const envelope = envelopeOf(api.data.envelope);
  return entry.data.samples.flatMap((sample, index): Problem[] => {
    const base = ['samples', index, 'response'];
    const where = { file: entry.file, lineOf: (path: readonly PropertyKey[]) => entry.where.lineOf([...base, ...path]) };
    const form = envelope.formOf(sample.response);
    const parsed = form.safeParse(sample.response);
    if (!parsed.success) {
      return problemsFromIssues(parsed.error.issues, sample.response, form, where).map((problem) => ({
        ...problem,
        field: formatPath(base) + (problem.field ? `.${problem.field}` : ''),
        hint: problem.hint.endsWith('declares it') ? `${problem.hint} in ${api.file}` : `${problem.hint} (the envelope declared in ${api.file})`,
      }));
    }
    const problems: Problem[] = [];
    const code = envelope.code(parsed.data);
    // An API may leave its code field optional (some of its errors carry none); a sample here shows a code.
    if (code === undefined && !envelope.itemCodes(parsed.data).length) {
      return [
        {
          ...fieldAt(entry, [...base, ...envelope.codePath]),
          message: 'missing',
          hint: `"${entry.data.code}" at ${api.data.envelope.code}: a sample shows the error this file documents`,
        },
      ];
    }
    // A batch call's response carries its own code and one per failed item; either may be the one shown.
    // An upstream sample keeps its source's spelling, which in one copy of the Groove reference uses hyphens.
    const spelled = (candidate: string) =>
      candidate === entry.data.code || (sample.provenance === 'upstream' && candidate.replaceAll('-', '_') === entry.data.code);
    if (!(code !== undefined && spelled(code)) && !envelope.itemCodes(parsed.data).some(spelled)) {
      problems.push({
        ...fieldAt(entry, [...base, ...envelope.codePath]),
        message: `the sample names "${code}", not this file's code`,
        hint: `"${entry.data.code}": a sample shows the error this file documents`,
      });
    }
    const status = envelope.status(parsed.data);
    // A code without a default status is reported on its own; comparing against null would only repeat it.
    if (status !== null && entry.data.httpStatus !== null && status !== entry.data.httpStatus && !sample.statusNote) {
      problems.push({
        ...fieldAt(entry, [...base, 'status']),
        message: `${status} differs from the code's default HTTP status ${entry.data.httpStatus} and no statusNote says why`,
        hint: `${entry.data.httpStatus}, or add statusNote to the sample explaining when the API sends ${status}`,
      });
    }
    // Only for an API without HTTP statuses: a code missing its default status elsewhere is reported on its own.
    if (status !== null && api.data.transport.kind === 'command-response' && !sample.statusNote) {
      problems.push({
        ...fieldAt(entry, [...base, 'status']),
        message: `an HTTP status ${status}, but the code has no default HTTP status and no statusNote says which transport sends it`,
        hint: `add statusNote to the sample saying which endpoint answers with ${status}, citing where that is shown`,
      });
    }
    if (sample.statusNote && status === entry.data.httpStatus) {
      problems.push({
        ...fieldAt(entry, ['samples', index, 'statusNote']),
        message: "the sample's status is the default, so there is nothing to explain",
        hint: 'remove statusNote; it is only for a sample sent with a status other than the default',
      });
    }
    return problems;
  });
}

/**
 * Every sample says where it comes from: an `upstream` sample names a source the API lists (what it copies is
 * then checked against a copy of that source by the registry tests); an `illustrative` one names none.
 */
function checkProvenance(entry: RegistryCode, api: RegistryApi): Problem[] {
  const sourceIds = api.data.sources.map((source) => source.id);
  return entry.data.samples.flatMap((sample, index): Problem[] => {
    const at = (field: string) => fieldAt(entry, ['samples', index, field]);
    const requestSource =
      sample.requestSource !== undefined && !sourceIds.includes(sample.requestSource)
        ? [{ ...at('requestSource'), ...unknownSource(api, sample.requestSource) }]
        : [];
    if (sample.provenance === 'illustrative') {
      return (['source', 'copies'] as const)
        .filter((field) => sample[field] !== undefined)
        .map((field) => ({
          ...at(field),
          message: `an illustrative sample has ${field}`,
          hint: `remove ${field}, or set provenance to upstream if the sample is copied from a source`,
        }))
        .concat(requestSource);
    }
    if (sample.source === undefined) {
      return [
        {
          ...at('provenance'),
          message: 'an upstream sample without a source',
          hint: `source: the id of the source it is copied from, one of ${sourceIds.join(', ')} in ${api.file}; or provenance: illustrative`,
        },
      ];
    }
    if (!sourceIds.includes(sample.source)) {
      return [{ ...at('source'), ...unknownSource(api, sample.source) }];
    }
    return requestSource;
  });
}

/**
 * The sources a code cites exist; a documented code quotes its owner and cites an owner's source first; an
 * observed code has no owner's description to quote.
 */
function checkUpstream(entry: RegistryCode, api: RegistryApi): Problem[] {
  const { upstream } = entry.data;
  const sources = new Map(api.data.sources.map((source) => [source.id, source]));
  const at = (path: (string | number)[]) => fieldAt(entry, path);
  const problems: Problem[] = upstream.sources.flatMap((id, index): Problem[] =>
    sources.has(id) ? [] : [{ ...at(['upstream', 'sources', index]), ...unknownSource(api, id) }],
  );
  const first = sources.get(upstream.sources[0] ?? '');
  if (upstream.kind === 'documented') {
    if (upstream.description === undefined) {
      problems.push({ ...at(['upstream', 'kind']), message: 'a documented code without the description its owner gives', hint: 'upstream.description: the text exactly as the first source writes it' });
    }
    if (first && first.author !== 'owner') {
      problems.push({
        ...at(['upstream', 'sources', 0]),
        message: `"${first.id}" was written by a client, not by the API's owner`,
        hint: 'list first a source the owner wrote (author: owner), or set kind to observed',
      });
    }
  } else if (upstream.description !== undefined) {
    problems.push({
      ...at(['upstream', 'description']),
      message: "an observed code quotes an owner's description",
      hint: 'remove description: an observed code is shown by clients, and its page says the owner does not document it',
    });
  }
  return problems;
}

/** Every source a cause, a step or the fix example cites is listed in the API's `_api.yaml`. */
function checkStatementSources(entry: RegistryCode, api: RegistryApi): Problem[] {
  const known = new Set(api.data.sources.map((source) => source.id));
  const { causes, troubleshooting, fix } = entry.data;
  const cited: { path: (string | number)[]; id: string }[] = [
    ...(['causes', 'troubleshooting'] as const).flatMap((field) =>
      (field === 'causes' ? causes : troubleshooting).flatMap((statement, index) =>
        (statement.sources ?? []).map((id, at) => ({ path: [field, index, 'sources', at], id })),
      ),
    ),
    ...(fix ? [{ path: ['fix', 'source'], id: fix.source }] : []),
  ];
  return cited.flatMap(({ path, id }) => (known.has(id) ? [] : [{ ...fieldAt(entry, path), ...unknownSource(api, id) }]));
}

/** Related codes must exist in the same API and must not point back at the code itself. */
function checkRelated(entry: RegistryCode, apiCodes: ReadonlySet<string>): Problem[] {
  return entry.data.related.flatMap(({ code }, index): Problem[] => {
    // Lines are looked up only for a problem: a file from the parse cache is parsed just for that.
    const at = () => fieldAt(entry, ['related', index, 'code']);
    if (code === entry.data.code) {
      return [{ ...at(), message: 'a code cannot be related to itself', hint: 'another code of the same API, or remove the entry' }];
    }
    if (!apiCodes.has(code)) {
      return [{ ...at(), ...unknownCode(code) }];
    }
    return [];
  });
}

/** Who acts fits the retry advice: a request only a developer can correct is not the end user's to fix. */
function checkSupportActor(entry: RegistryCode): Problem[] {
  const { retry, support } = entry.data;
  const actors: readonly string[] = RETRY_POLICIES[retry].actors;
  if (actors.includes(support.actor)) return [];
  return [
    {
      ...fieldAt(entry, ['support', 'actor']),
      message: `${support.actor} does not fit retry: ${retry}`,
      hint: `${actors.join(' or ')}, who can act on a ${retry} code; or change retry if the advice is wrong`,
    },
  ];
}

/** The words of a text as written, letter case kept: dotted names whole and in parts, sentence punctuation dropped. */
function wordsOf(text: string): Set<string> {
  const words = text.split(/[^\w.-]+/).map((word) => word.replace(/^[.-]+|[.-]+$/g, ''));
  return new Set(words.flatMap((word) => [word, ...word.split('.')]).filter(Boolean));
}

/**
 * The words for the customer name no code of the API and no field of its envelope: an end user cannot act on
 * `Error.ErrorCode`, and a code in a reply reads as blame. (The schema refuses other developer text.) A part
 * of a field's path that is a plain word (`error`, `status`, `Description`) is English too, so only the whole
 * path and the parts that are not plain words count.
 */
function checkCustomerWords(entry: RegistryCode, api: RegistryApi, apiCodes: ReadonlySet<string>): Problem[] {
  const { customer } = entry.data.support;
  const plainWord = /^[A-Za-z][a-z]*$/;
  const fields = new Set(
    api.data.envelope.fields.flatMap((field) => [field.name, ...field.name.split('.').filter((part) => !plainWord.test(part))]),
  );
  const isCode = (word: string) => apiCodes.has(word) || word === entry.data.code;
  // The words of the text, not the API's codes, are walked: a few dozen lookups whatever the size of the API.
  const found = [...wordsOf(customer)].find((word) => isCode(word) || fields.has(word));
  if (found === undefined) return [];
  const what = isCode(found) ? 'the code' : 'the envelope field';
  return [
    {
      ...fieldAt(entry, ['support', 'customer']),
      message: `names ${what} "${found}"`,
      hint: 'plain words for the end user: say what happened and what they can do now, without codes or field names',
    },
  ];
}

/** Words of a sentence that carry meaning, in lower case: what two sentences are compared by. */
function contentWords(text: string, ignore: readonly string[] = []): Set<string> {
  const ignored = new Set(ignore.flatMap((word) => word.toLowerCase().split(/[^a-z0-9]+/)));
  return new Set((text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => word.length > 3 && !ignored.has(word)));
}

/**
 * The most codes of one API that may share a category and an HTTP status and still be required to relate to one
 * another: more than this and the pair is no longer a useful signal (a list of 9 related codes is not read), and
 * the category wants splitting instead. The largest such group in the project registry has 7.
 */
export const RELATED_GROUP_LIMIT = 8;

/** How many words of its own a difference must add to the related code's summary to say how to tell the two apart. */
const DIFFERENCE_MIN_NEW_WORDS = 3;

/** Normalises a request for comparison: runs of white space are one space. */
const normalisedRequest = (request: string) => request.replace(/\s+/g, ' ').trim();

/**
 * What only the codes of one API together show: codes a reader confuses (same category, same HTTP status) are
 * related both ways; a related code's difference says more than that code's summary; an illustrative request is
 * not a request a source documents for another code.
 */
function checkAcrossCodes(entries: readonly RegistryCode[]): Problem[] {
  const byCode = new Map(entries.map((entry) => [entry.data.code, entry]));
  const summaryWords = new Map<string, Set<string>>();
  // Codes a reader confuses, by category and status; retired codes and codes with no status are not compared.
  const groups = new Map<string, RegistryCode[]>();
  for (const entry of entries) {
    const { category, httpStatus, status } = entry.data;
    if (httpStatus === null || status === 'retired') continue;
    const key = `${category} ${httpStatus}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const problems: Problem[] = [];
  for (const entry of entries) {
    const { code, category, httpStatus, related } = entry.data;
    const listed = new Set(related.map((item) => item.code));
    const group = groups.get(`${category} ${httpStatus}`) ?? [];
    // Codes differing only in letter case are one code reported as a duplicate, not a pair to relate.
    const twins = group.length > RELATED_GROUP_LIMIT || !group.includes(entry) ? [] : group.filter((other) => other.data.code.toUpperCase() !== code.toUpperCase());
    for (const twin of twins.filter((other) => !listed.has(other.data.code))) {
      problems.push({
        ...fieldAt(entry, ['related']),
        message: `${twin.data.code} has the same category (${category}) and HTTP status (${httpStatus}) but is not listed`,
        hint: `add { code: ${twin.data.code}, difference: how a client tells the two apart }; a reader confuses codes that share both`,
      });
    }
    related.forEach((item, index) => {
      const other = byCode.get(item.code);
      if (!other) return;
      const summary = summaryWords.get(item.code) ?? contentWords(other.data.summary);
      summaryWords.set(item.code, summary);
      const added = [...contentWords(item.difference, [item.code, code])].filter((word) => !summary.has(word));
      if (added.length < DIFFERENCE_MIN_NEW_WORDS) {
        problems.push({
          ...fieldAt(entry, ['related', index, 'difference']),
          message: `only repeats the summary of ${item.code}`,
          hint: 'how a client tells the two apart by something it can observe: the status, a body field, a header, a profile value, a reply namespace',
        });
      }
    });
  }
  problems.push(...reusedRequests(entries));
  return problems;
}

/** An illustrative sample whose request is, white space aside, the request a source documents for another code. */
function reusedRequests(entries: readonly RegistryCode[]): Problem[] {
  const upstream = new Map<string, { code: string; source: string }>();
  for (const entry of entries) {
    for (const sample of entry.data.samples) {
      if (sample.provenance === 'upstream' && sample.request && sample.source) {
        upstream.set(normalisedRequest(sample.request), { code: entry.data.code, source: sample.source });
      }
    }
  }
  return entries.flatMap((entry) =>
    entry.data.samples.flatMap((sample, index): Problem[] => {
      if (sample.provenance !== 'illustrative' || !sample.request) return [];
      const owner = upstream.get(normalisedRequest(sample.request));
      if (!owner || owner.code === entry.data.code) return [];
      return [
        {
          ...fieldAt(entry, ['samples', index, 'request']),
          message: `is the request source "${owner.source}" documents for ${owner.code}`,
          hint: `a request written for this code, with its own identifiers and values, so that a reader does not take it for ${owner.code}`,
        },
      ];
    }),
  );
}

/**
 * A code that is not active says why and may name its successor; an active one has no lifecycle note.
 * Codes are retired, never deleted, so that every published URL keeps a page.
 */
function checkLifecycle(entry: RegistryCode, apiCodes: ReadonlySet<string>): Problem[] {
  const { status, lifecycle, code } = entry.data;
  const at = (path: (string | number)[]) => fieldAt(entry, path);
  if (status === 'active') {
    return lifecycle
      ? [{ ...at(['lifecycle']), message: 'an active code has a lifecycle note', hint: 'remove lifecycle, or set status to deprecated or retired' }]
      : [];
  }
  if (!lifecycle) {
    return [{ ...at(['status']), message: `a ${status} code without a lifecycle note`, hint: 'add lifecycle with a reason (and a successor if one replaces it)' }];
  }
  const problems: Problem[] = [];
  const { successor, renamed } = lifecycle;
  if (successor === code) {
    problems.push({ ...at(['lifecycle', 'successor']), message: 'a code cannot succeed itself', hint: SUCCESSOR_HINT });
  } else if (successor !== undefined && !apiCodes.has(successor)) {
    problems.push({ ...at(['lifecycle', 'successor']), ...unknownCode(successor) });
  }
  if (renamed && (status !== 'retired' || successor === undefined)) {
    problems.push({ ...at(['lifecycle', 'renamed']), message: 'renamed, but the code is not retired with a successor', hint: 'status: retired and lifecycle.successor set to the new code, or remove renamed' });
  }
  return problems;
}

/** An id listed a second time in one of an API's lists, each at its line. */
function repeatedIds(api: RegistryApi, list: 'sources' | 'categories', noun: string): Problem[] {
  const seen = new Set<string>();
  return api.data[list].flatMap(({ id }, index): Problem[] => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [
      {
        file: api.file,
        line: api.where.lineOf([list, index, 'id']),
        field: `${list}[${index}].id`,
        message: `the ${noun} id "${id}" is listed twice`,
        hint: `a distinct id for every ${noun}`,
      },
    ];
  });
}
