import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.ts';

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

const BROWSER = path.join(ROOT, 'src', 'browser');
const STYLES = path.join(ROOT, 'src', 'styles');

/** Why a module of `layer` may not import `specifier`, or undefined when it may. */
function refusal(layer: Layer, file: string, specifier: string): string | undefined {
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]!)) return 'a Node built-in';
  if (specifier.startsWith('astro:')) return 'an Astro virtual module, which exists only in a build';
  // Browser code loads Pagefind and its own chunks by their published addresses, which are computed.
  if (specifier === '(a computed import)')
    return layer.computedImports ? undefined : 'an import whose module cannot be read from the source';
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(file), specifier.replace(/\?.*$/, ''));
    if (!layer.mayImport.some((folder) => !path.relative(folder, target).startsWith('..')))
      return `outside ${layer.mayImport.map((folder) => `${path.relative(ROOT, folder)}/`).join(', ')} (${path.relative(ROOT, target)})`;
  }
  return undefined;
}

interface Layer {
  folder: string;
  /** The folders its modules may import from. */
  mayImport: string[];
  computedImports: boolean;
}

function layerFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(folder, name));
}

/**
 * src/lib/ holds the helpers both the build and the reader's browser run (URLs, code resolution, search
 * terms), so each must run in both: Node-only code (built-ins, environment variables), Astro's virtual
 * modules and the build-time layers above (registry, data, pages) belong elsewhere. src/browser/ is bundled
 * into the pages' scripts: it may use src/lib/ and the stylesheets, and nothing of the build.
 */
const LAYERS: Layer[] = [
  { folder: LIB, mayImport: [LIB], computedImports: false },
  { folder: BROWSER, mayImport: [BROWSER, LIB, STYLES], computedImports: true },
];

describe.each(LAYERS.map((layer) => [`${path.relative(ROOT, layer.folder)}/`, layer] as const))('%s', (_name, layer) => {
  test('holds modules to check', () => {
    expect(layerFiles(layer.folder).length).toBeGreaterThan(2);
  });

  test.each(layerFiles(layer.folder).map((file) => [path.relative(ROOT, file), file]))(
    '%s imports only what its layer may and packages a browser can run, and reads no process global',
    (_name, file) => {
      const { specifiers, readsProcess } = dependencies(file);
      const refused = specifiers.flatMap((specifier) => {
        const reason = refusal(layer, file, specifier);
        return reason ? [`${specifier}: ${reason}`] : [];
      });
      if (readsProcess) refused.push('process: a global that exists only in Node');
      expect(refused).toEqual([]);
    },
  );
});
