import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Locator, Problem } from './problems.ts';

/** A registry file's data, with the means to say on which line any of its values sits. */
export interface YamlSource extends Locator {
  data: Record<string, unknown>;
}

export type ParsedYaml = { ok: true; source: YamlSource } | { ok: false; problems: Problem[] };

/**
 * Parses one registry file. Everything that keeps it from being a YAML mapping is a problem with a line:
 * bytes that are not UTF-8, YAML syntax (tabs for indentation, duplicate keys, bad quoting), an empty
 * file, or a document that is a list or a bare value.
 */
export function parseYamlSource(file: string, bytes: Uint8Array): ParsedYaml {
  const badByte = firstInvalidUtf8Offset(bytes);
  if (badByte !== undefined) {
    const line = bytes.subarray(0, badByte).filter((byte) => byte === 0x0a).length + 1;
    return fail(file, line, `the bytes here are not valid UTF-8 text`, 'save the file as UTF-8');
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const yamlProblems: Problem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const offset = error.code === 'MISSING_CHAR' ? startOfEnclosingScalar(doc, error.pos[0]) : error.pos[0];
    const line = lineCounter.linePos(offset).line;
    // One error often sets off others on the same line; the first is the one to fix.
    if (yamlProblems.some((problem) => problem.line === line)) continue;
    yamlProblems.push({
      file,
      line,
      message: `invalid YAML: ${describeYamlError(error.code, error.message)}`,
      hint: yamlHint(error.code),
    });
  }
  if (yamlProblems.length) return { ok: false, problems: yamlProblems };

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return fail(file, 1, 'the file is empty', 'a YAML mapping of fields, such as "code: CATALOG_NO_RESULT"');
  }
  if (!isMap(root)) {
    return fail(
      file,
      lineCounter.linePos(root.range?.[0] ?? 0).line,
      `the file holds ${isSeq(root) ? 'a list' : 'a single value'}`,
      'a YAML mapping of fields, such as "code: CATALOG_NO_RESULT"',
    );
  }
  const lineAt = (node: Node | undefined, fallback: number) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : fallback;

  return {
    ok: true,
    source: {
      file,
      data: doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>,
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
