import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** `import url from './module.ts?chunk-url'`: the address of that module, built as a chunk of its own. */
export const CHUNK_URL_SUFFIX = '?chunk-url';
const PREFIX = '\0chunk-url:';

/**
 * Lets a script load a module later, by its address, without Vite's preload helper.
 *
 * A literal `import('./module.ts')` in a page's script makes Vite wrap it in a helper that preloads the
 * module's dependencies and stylesheets: about 850 bytes gzip in the one script every page loads, nearly a
 * tenth of a code page's budget (9 KB of HTML, CSS and JavaScript before search is used), to load a module
 * that the header search only needs once someone uses it. With this, the build emits the module as a chunk
 * and the importer gets its final address, to `import()` when it needs it; the browser then fetches the
 * module's own imports itself. In development the address is the source file's, which Vite serves.
 * Written here because Vite has no such import (`?url` copies a script's source unbuilt), and it is the
 * Rollup plugin API's own `emitFile` and `import.meta.ROLLUP_FILE_URL_`, which Rolldown implements.
 */
export default function chunkUrlIntegration(): AstroIntegration {
  return {
    name: 'error-reference:chunk-url',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { plugins: [chunkUrlPlugin(command === 'dev')] } });
      },
    },
  };
}

function chunkUrlPlugin(dev: boolean): Plugin {
  return {
    name: 'error-reference:chunk-url',
    // Before Vite's own resolver, which would take the suffix for a query on the module itself.
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(CHUNK_URL_SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -CHUNK_URL_SUFFIX.length), importer, { skipSelf: true });
      return resolved ? PREFIX + resolved.id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      if (dev) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: file })};`;
    },
  };
}
