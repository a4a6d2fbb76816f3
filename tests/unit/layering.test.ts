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
function dependencies(
  file: string,
  text = readFileSync(file, 'utf8'),
): { specifiers: string[]; typeOnly: Set<string>; readsProcess: boolean } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const typeOnly = new Set<string>();
  let readsProcess = false;
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specifiers.push(node.moduleSpecifier.text);
      if (ts.isImportDeclaration(node) && isTypeOnly(node)) typeOnly.add(node.moduleSpecifier.text);
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
  return { specifiers, typeOnly, readsProcess };
}

/** `import type { … }`, or an import whose every name is marked `type`: erased from the build's output. */
function isTypeOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return true;
  const bindings = clause.namedBindings;
  return !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.every((element) => element.isTypeOnly);
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

const COMPONENTS = path.join(ROOT, 'src', 'components');
const LAYOUTS = path.join(ROOT, 'src', 'layouts');
const PAGES = path.join(ROOT, 'src', 'pages');
const DATA = path.join(ROOT, 'src', 'data');
/** The one module pages ask for the site model; everything else of src/data/ they may know by its types only. */
const QUERY = path.join(DATA, 'query.ts');

/** The code an .astro file runs at build time (its frontmatter) and in the browser (its `<script>` blocks). */
function astroParts(file: string): { frontmatter: string; scripts: string[] } {
  const text = readFileSync(file, 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  return { frontmatter, scripts };
}

function astroFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.astro'))
    .map((name) => path.join(folder, name));
}

/**
 * Pages, layouts and components only lay out the model: the joins (a code to its API, its edit link, its guide)
 * are made in src/data/model.ts, so that every output shows the same thing. Pages and layouts get the model from
 * src/data/query.ts; components are handed views and know other layers by their types alone. None reads the
 * registry, its schemas, the content collections or the environment. Their `<script>` blocks are browser code.
 */
const VIEW_LAYERS = [
  { folder: PAGES, mayImport: [COMPONENTS, LAYOUTS, LIB, STYLES, QUERY] },
  { folder: LAYOUTS, mayImport: [COMPONENTS, LIB, STYLES, QUERY] },
  { folder: COMPONENTS, mayImport: [COMPONENTS, LIB, STYLES] },
];

describe.each(VIEW_LAYERS.map((layer) => [`${path.relative(ROOT, layer.folder)}/*.astro`, layer] as const))('%s', (_name, layer) => {
  test('holds files to check', () => {
    expect(astroFiles(layer.folder).length).toBeGreaterThan(0);
  });

  test.each(astroFiles(layer.folder).map((file) => [path.relative(ROOT, file), file]))(
    '%s lays out views: it imports the model only from query.ts (types aside), and nothing of the registry or Node',
    (_name, file) => {
      const { frontmatter, scripts } = astroParts(file);
      const build = dependencies(file, frontmatter);
      const refused = build.specifiers.flatMap((specifier) => {
        // Types are erased from the build: knowing a view's shape joins nothing.
        if (build.typeOnly.has(specifier)) return [];
        const reason = refusal({ folder: layer.folder, mayImport: layer.mayImport, computedImports: false }, file, specifier);
        return reason ? [`${specifier}: ${reason}`] : [];
      });
      if (build.readsProcess) refused.push('process: the environment is read by the model, not by what lays it out');
      for (const script of scripts) {
        const browser = dependencies(file, script);
        for (const specifier of browser.specifiers) {
          const reason = refusal(LAYERS[1]!, file, specifier);
          if (reason) refused.push(`${specifier} (in a script): ${reason}`);
        }
      }
      expect(refused).toEqual([]);
    },
  );
});

test('the view layers refuse what goes around the model: a registry import, and a value import from src/data/model.ts', () => {
  const page = path.join(PAGES, '[api]', 'example.astro');
  const pages = { folder: PAGES, mayImport: VIEW_LAYERS[0]!.mayImport, computedImports: false };
  expect(refusal(pages, page, '../../registry/edit-links.ts')).toContain('outside');
  expect(refusal(pages, page, '../../data/model.ts')).toContain('outside');
  expect(refusal(pages, page, '../../data/query.ts')).toBeUndefined();
  expect(dependencies(page, "import type { ErrorView } from '../../data/model.ts';").typeOnly).toEqual(new Set(['../../data/model.ts']));
  expect(astroParts(path.join(PAGES, '[api]', '[code].astro')).frontmatter).toContain('getErrors');
});
