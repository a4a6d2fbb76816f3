import { stringify } from 'yaml';
import type { ApiDefinition } from '../schemas/api.ts';
import { envelopeOf } from '../schemas/envelopes.ts';
import type { ErrorEntry } from '../schemas/error-entry.ts';
import { schemaModeline } from './json-schema.ts';
import type { Problem } from './problems.ts';
import type { RegistryCode } from './registry-folder.ts';
import { formatPath } from './problems.ts';

/** Text that marks a field `npm run new` filled in for the author to replace. */
export const SCAFFOLD_MARK = 'TODO:';

export interface ScaffoldOptions {
  category?: string;
  httpStatus?: number | null;
  /** Codes already in the API, to offer one as related. */
  existingCodes: readonly string[];
}

/**
 * A new code file that the schema accepts, with its facts filled in from the API (category, HTTP status,
 * the envelope of a sample) and every piece of prose marked TODO. The check refuses the marks, so a
 * scaffold cannot be published until a person has written the text.
 */
export function scaffoldEntry(apiId: string, api: ApiDefinition, code: string, options: ScaffoldOptions): string {
  const envelope = envelopeOf(api.envelope);
  const httpStatus = api.transport.kind === 'http-response' ? (options.httpStatus ?? 400) : null;
  const related = options.existingCodes.find((existing) => existing !== code);
  const entry: ErrorEntry = {
    code,
    category: options.category ?? api.categories[0]!.id,
    httpStatus,
    status: 'active',
    retry: 'retry-after-fix',
    summary: `${SCAFFOLD_MARK} say in one sentence what went wrong.`,
    description: `${SCAFFOLD_MARK} explain which calls produce this error and what state the service, account or device is in.`,
    causes: [
      { text: `${SCAFFOLD_MARK} a concrete cause; list the ids of the sources that show it.`, sources: [api.sources[0]!.id] },
      { text: `${SCAFFOLD_MARK} a cause no source shows, worded as one that may happen.`, inferred: true },
    ],
    troubleshooting: [
      { text: `${SCAFFOLD_MARK} what to inspect first (which header, parameter, token or ID).`, sources: [api.sources[0]!.id] },
      { text: `${SCAFFOLD_MARK} what to change.`, inferred: true },
      { text: `${SCAFFOLD_MARK} how to confirm the fix.`, inferred: true },
    ],
    support: {
      customer: `${SCAFFOLD_MARK} two to four plain sentences for the person using the app. Say what they can do now.`,
      actor: 'app-developer',
      ask: [`${SCAFFOLD_MARK} the first thing to ask the customer for`, `${SCAFFOLD_MARK} the second thing to ask for`],
    },
    seen: {
      user: `${SCAFFOLD_MARK} what a person using the app notices, in their words.`,
      developer: `${SCAFFOLD_MARK} what a developer sees in a log or an exception.`,
    },
    upstream: {
      kind: 'documented',
      description: `${SCAFFOLD_MARK} the description the API's owner gives, exactly as the first source writes it.`,
      sources: [api.sources[0]!.id],
    },
    samples: [{ title: `${SCAFFOLD_MARK} what the sample shows`, provenance: 'illustrative', response: envelope.scaffold(code, httpStatus) }],
    related: related ? [{ code: related, difference: `${SCAFFOLD_MARK} how a client tells the two codes apart by what it observes.` }] : [],
  };
  return `${schemaModeline(apiId)}\n${stringify(entry, { lineWidth: 100 })}`;
}

/** Every field of an entry that still holds scaffold text, as a problem at its line. */
export function checkScaffoldText(entry: RegistryCode): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && value.includes(SCAFFOLD_MARK)) {
      problems.push({
        file: entry.file,
        line: entry.where.lineOf(path),
        field: formatPath(path),
        message: 'still holds the text `npm run new` put there',
        hint: `write it in your own words and remove "${SCAFFOLD_MARK}"`,
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(entry.data, []);
  return problems;
}
