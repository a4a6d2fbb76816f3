import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Scalar } from 'yaml';
import { formatPath, type Locator, type Problem } from './problems.ts';
import { invisibleCharacters } from './text-safety.ts';

/**
 * Limits that keep one file from costing the build more than a registry entry ever needs. The largest
 * real entry is about 3 KB, with no value over 1,500 characters and four levels of nesting.
 */
export const LIMITS = {
  /** Bytes in one registry file. */
  fileBytes: 128 * 1024,
  /** Characters in one text value (a description, a step, a sample's header line or JSON string). */
  textLength: 8000,
  /** Levels of mappings and lists, counting the file itself; a sample body nests inside four. */
  depth: 32,
  /** Copies that YAML aliases (`*name`) may expand to, over the whole file. */
  aliases: 100,
} as const;

/** A registry file's data, with the means to say on which line any of its values sits. */
export interface YamlSource extends Locator {
  data: Record<string, unknown>;
}

export type ParsedYaml = { ok: true; source: YamlSource } | { ok: false; problems: Problem[] };

/** What every registry file holds, for a file that is empty or holds something else. */
const MAPPING_HINT = 'a YAML mapping of fields, such as "code: CATALOG_NO_RESULT"';

/**
 * Parses one registry file. Everything that keeps it from being a YAML mapping is a problem with a line:
 * bytes that are not UTF-8, YAML syntax (tabs for indentation, duplicate keys, bad quoting), an empty
 * file, or a document that is a list or a bare value. So is whatever would make the file costly or
 * deceptive to publish: a file or a value over its size limit, nesting too deep, aliases that expand too
 * far, and invisible or control characters. Every check is linear in the size of the file.
 */
export function parseYamlSource(file: string, bytes: Uint8Array): ParsedYaml {
  if (bytes.length > LIMITS.fileBytes) {
    return fail(
      file,
      1,
      `the file is ${kilobytes(bytes.length)}, over the limit of ${kilobytes(LIMITS.fileBytes)}`,
      'one code per file, with text a reader can take in; move long material to the API guide',
    );
  }
  const badByte = firstInvalidUtf8Offset(bytes);
  if (badByte !== undefined) {
    const line = bytes.subarray(0, badByte).filter((byte) => byte === 0x0a).length + 1;
    return fail(file, line, `the bytes here are not valid UTF-8 text`, 'save the file as UTF-8');
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const hidden = invisibleCharacters(text);
  if (hidden.length) {
    return {
      ok: false,
      // Ten lines say enough about a file full of them; the last says how many more there are.
      problems: hidden.slice(0, 10).map(({ offset, codePoint, name }, index) => {
        const field = doc.contents ? pathAt(doc.contents, offset) : [];
        return {
          file,
          line: lineCounter.linePos(offset).line,
          ...(field.length ? { field: formatPath(field) } : {}),
          message:
            `the invisible character ${codePoint} (${name}) is in the text` +
            (index === 9 && hidden.length > 10 ? `, and ${hidden.length - 10} more follow in this file` : ''),
          hint: 'delete it: it does not show in most editors, and it can make the published text read differently from what it says',
        };
      }),
    };
  }
  const yamlProblems: Problem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const offset = error.code === 'MISSING_CHAR' ? startOfEnclosingScalar(doc, error.pos[0]) : error.pos[0];
    const line = lineCounter.linePos(offset).line;
    // One error often sets off others on the same line; the first is the one to fix.
    if (yamlProblems.some((problem) => problem.line === line)) continue;
    yamlProblems.push(
      /call stack/i.test(error.message)
        ? tooDeep(file, line)
        : { file, line, message: `invalid YAML: ${describeYamlError(error.code, error.message)}`, hint: yamlHint(error.code) },
    );
  }
  if (yamlProblems.length) return { ok: false, problems: yamlProblems };

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return fail(file, 1, 'the file is empty', MAPPING_HINT);
  }
  if (!isMap(root)) {
    return fail(
      file,
      lineCounter.linePos(root.range?.[0] ?? 0).line,
      `the file holds ${isSeq(root) ? 'a list' : 'a single value'}`,
      MAPPING_HINT,
    );
  }
  const lineAt = (node: Node | undefined, fallback: number) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : fallback;

  const shape = measure(root);
  const shapeProblems: Problem[] = shape.longTexts.map(({ node, path }) => ({
    file,
    line: lineAt(node, 1),
    field: formatPath(path),
    message: `the text is ${node.value.length.toLocaleString('en')} characters long, over the limit of ${LIMITS.textLength.toLocaleString('en')}`,
    hint: 'a shorter text: a page states what a reader needs mid-incident; move long material to the API guide',
  }));
  if (shape.tooDeep) shapeProblems.push(tooDeep(file, lineAt(shape.tooDeep, 1)));
  if (shapeProblems.length) return { ok: false, problems: shapeProblems };

  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.aliases }) as Record<string, unknown>;
  } catch {
    // The yaml package refuses aliases that expand past maxAliasCount (a "billion laughs" file).
    return fail(
      file,
      lineAt(shape.firstAlias, 1),
      `YAML aliases (*name) here expand to more than ${LIMITS.aliases} copies`,
      'write each value out in full; a registry entry has no need for anchors and aliases',
    );
  }

  return {
    ok: true,
    source: {
      file,
      data,
      lineOf(path) {
        let node: unknown = root;
        let line = lineAt(root, 1);
        for (const segment of path) {
          if (isMap(node)) {
            const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
            if (!pair) return line;
            line = lineAt(pair.key as Node, line);
            node = pair.value;
          } else if (isSeq(node) && typeof segment === 'number') {
            node = node.items[segment];
            line = lineAt(node as Node, line);
          } else {
            return line;
          }
        }
        return isScalar(node) ? lineAt(node, line) : line;
      },
    },
  };
}

interface Shape {
  /** String values longer than the limit, with where they are. */
  longTexts: Array<{ node: Scalar<string>; path: PropertyKey[] }>;
  /** The first node nested deeper than the limit. */
  tooDeep?: Node;
  /** The first alias, where an alias expansion that is too large is reported. */
  firstAlias?: Node;
}

/** One pass over the parsed nodes, with an explicit stack so that no nesting can overflow the call stack. */
function measure(root: Node): Shape {
  const shape: Shape = { longTexts: [] };
  const stack: Array<{ node: unknown; path: PropertyKey[]; depth: number }> = [{ node: root, path: [], depth: 1 }];
  while (stack.length) {
    const { node, path, depth } = stack.pop()!;
    if (isAlias(node)) {
      if ((node.range?.[0] ?? 0) < (shape.firstAlias?.range?.[0] ?? Infinity)) shape.firstAlias = node;
    } else if (isScalar(node)) {
      if (typeof node.value === 'string' && node.value.length > LIMITS.textLength) shape.longTexts.push({ node: node as Scalar<string>, path });
    } else if (isMap(node) || isSeq(node)) {
      if (depth > LIMITS.depth) {
        shape.tooDeep ??= node;
        continue;
      }
      node.items.forEach((item, index) => {
        if (isPair(item)) {
          const key = isScalar(item.key) ? (item.key.value as PropertyKey) : index;
          stack.push({ node: item.value, path: [...path, key], depth: depth + 1 });
        } else {
          stack.push({ node: item, path: [...path, index], depth: depth + 1 });
        }
      });
    }
  }
  return shape;
}

/** The path of the key or value whose source holds the offset; empty where none does (a comment). */
function pathAt(root: Node, offset: number): PropertyKey[] {
  const contains = (node: unknown) => {
    const range = (node as Node | null)?.range;
    return !!range && range[0] <= offset && offset < range[1];
  };
  const path: PropertyKey[] = [];
  let node: unknown = root;
  while (isMap(node) || isSeq(node)) {
    const index = node.items.findIndex((item) => (isPair(item) ? contains(item.key) || contains(item.value) : contains(item)));
    const item = node.items[index];
    if (item === undefined) break;
    if (!isPair(item)) {
      path.push(index);
      node = item;
      continue;
    }
    path.push(isScalar(item.key) ? (item.key.value as PropertyKey) : index);
    if (!contains(item.value)) break;
    node = item.value;
  }
  return path;
}

function tooDeep(file: string, line: number): Problem {
  return {
    file,
    line,
    message: `the value nests more than ${LIMITS.depth} levels of mappings and lists deep`,
    hint: 'a flatter value: a sample body is the response as the API sends it, which nests a few levels at most',
  };
}

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;
}

/**
 * An unclosed quote is reported where the file ends; the author needs the line where the quoted text
 * starts, which is where the scalar that runs up to the error begins.
 */
function startOfEnclosingScalar(doc: Document, offset: number): number {
  let start = offset;
  visit(doc, {
    Scalar(_key, node) {
      const [from, , to] = node.range ?? [];
      if (from !== undefined && to !== undefined && from < offset && offset <= to) start = from;
    },
  });
  return start;
}

function fail(file: string, line: number, message: string, hint: string): ParsedYaml {
  return { ok: false, problems: [{ file, line, message, hint }] };
}

/** The yaml package's messages repeat the position and quote the source; keep only the first sentence. */
function describeYamlError(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: a field is written twice';
  if (code === 'TAB_AS_INDENT') return 'tab used for indentation';
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '').toLowerCase();
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'keep one of the two entries: every field appears once';
    case 'TAB_AS_INDENT':
      return 'indent with spaces; YAML does not allow tabs for indentation';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'check the indentation and quoting on this line; quote text that contains ": " or starts with a symbol';
    default:
      return 'valid YAML: "field: value" lines indented with spaces; quote text that contains ": " or "#"';
  }
}

/** Offset of the first byte that breaks UTF-8, found by decoding ever longer prefixes in streaming mode. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number | undefined {
  const decodes = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: length < bytes.length });
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(bytes.length)) return undefined;
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodes(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}
