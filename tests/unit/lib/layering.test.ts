import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../helpers.ts';

const LIB = path.join(ROOT, 'src', 'lib');
const NODE_BUILTINS = new Set(builtinModules);

/**
 * What a module needs from outside itself: every module it names (static, type-only and dynamic imports,
 * re-exports) and whether it reads the `process` global. Read from the syntax tree, so that a word in a
 * comment or a string is not taken for either.
 */
function dependencies(file: string): { specifiers: string[]; readsProcess: boolean } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  let readsProcess = false;
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      specifiers.push(argument && ts.isStringLiteralLike(argument) ? argument.text : '(a computed import)');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specifiers.push(node.argument.literal.text);
    } else if (ts.isIdentifier(node) && node.text === 'process' && !isMemberName(node)) {
      readsProcess = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { specifiers, readsProcess };
}

/** A name that follows a dot or names a property or declaration (`a.process`, `{ process: 1 }`), not the global. */
function isMemberName(node: ts.Identifier): boolean {
  return (node.parent as { name?: ts.Node }).name === node && !ts.isShorthandPropertyAssignment(node.parent);
}

/** Why a module may not be imported from src/lib/, or undefined when it may. */
function refusal(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]!)) return 'a Node built-in';
  if (specifier.startsWith('astro:')) return 'an Astro virtual module, which exists only in a build';
  if (specifier === '(a computed import)') return 'an import whose module cannot be read from the source';
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(file), specifier);
    if (path.relative(LIB, target).startsWith('..')) return `outside src/lib/ (${path.relative(ROOT, target)})`;
  }
  return undefined;
}

function libFiles(): string[] {
  return readdirSync(LIB, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(LIB, name));
}

/**
 * src/lib/ holds the helpers both the build and the reader's browser run (URLs, code resolution, search
 * terms), so each must run in both: Node-only code (built-ins, environment variables), Astro's virtual
 * modules and the build-time layers above (registry, data, pages) belong elsewhere.
 */
describe('src/lib/', () => {
  test('holds modules to check', () => {
    expect(libFiles().map((file) => path.basename(file))).toContain('urls.ts');
  });

  test.each(libFiles().map((file) => [path.relative(ROOT, file), file]))(
    '%s imports only src/lib/ modules and packages a browser can run, and reads no process global',
    (_name, file) => {
      const { specifiers, readsProcess } = dependencies(file);
      const refused = specifiers.flatMap((specifier) => {
        const reason = refusal(file, specifier);
        return reason ? [`${specifier}: ${reason}`] : [];
      });
      if (readsProcess) refused.push('process: a global that exists only in Node');
      expect(refused).toEqual([]);
    },
  );
});
