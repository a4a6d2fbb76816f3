import { z } from 'astro/zod';
import { editDistance } from '../lib/edit-distance.ts';

/**
 * One thing wrong with the registry, located precisely enough for an author to fix it:
 * `file:line: field: what is wrong — what would be valid`.
 */
export interface Problem {
  /** Path of the file, relative to the working directory where possible. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** The field concerned, as a dotted path such as `categories[2].name`; absent for whole-file problems. */
  field?: string;
  /** What is wrong. */
  message: string;
  /** What would be valid. */
  hint: string;
}

export function formatProblem(problem: Problem): string {
  const field = problem.field ? `${problem.field}: ` : '';
  return `${problem.file}:${problem.line}: ${field}${problem.message} — ${problem.hint}`;
}

/** Problems in the order an author reads them: by file, then line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file, 'en') || a.line - b.line);
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`))
    .join('');
}

/** Where a value sits in a parsed file, so problems can name its line. */
export interface Locator {
  file: string;
  /** Line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Turns zod's issues into problems whose message says what was found and whose hint is the schema's own text. */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  schema: z.ZodType,
  where: Locator,
): Problem[] {
  const reported = new Set<string>();
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return {
          file: where.file,
          line: where.lineOf(path),
          field: formatPath(path),
          message: 'unknown field',
          hint: unknownFieldHint(key, allowed),
        };
      });
    }
    // A value can break several rules at once (an empty summary is both too short and not a sentence);
    // the first rule's hint is enough to fix it.
    const field = formatPath(issue.path);
    if (reported.has(field)) return [];
    reported.add(field);
    const value = valueAt(data, issue.path);
    return [
      {
        file: where.file,
        line: where.lineOf(issue.path),
        ...(issue.path.length ? { field: formatPath(issue.path) } : {}),
        message: describeFound(issue, value),
        hint: issue.message,
      },
    ];
  });
}

function describeFound(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined) return 'missing';
  if (issue.code === 'too_small' && typeof value === 'string' && value.trim() === '') return 'empty';
  if (issue.code === 'too_small' && Array.isArray(value) && value.length === 0) return 'empty list';
  return `found ${describeValue(value)}`;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  return `${typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** The field names the schema accepts at `path`, found by walking the schema the way zod walked the data. */
function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType = schema;
  for (const segment of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) {
      const next: z.ZodType | undefined = current.shape[String(segment)];
      if (!next) return [];
      current = next;
    } else if (current instanceof z.ZodArray) {
      current = current.element as z.ZodType;
    } else {
      return [];
    }
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function unknownFieldHint(key: string, allowed: readonly string[]): string {
  const suggestion = closest(key, allowed);
  const known = allowed.length ? `; the fields allowed here are ${allowed.join(', ')}` : '';
  return suggestion
    ? `did you mean "${suggestion}"? Correct the name or remove the field${known}`
    : `remove the field or correct its name${known}`;
}

/** A misspelling is taken to be at most two edits away from the name the author meant. */
function closest(key: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
