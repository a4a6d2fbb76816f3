// ESLint for the whole project (`npm run lint`, part of `npm test` and `npm run test:fast`). It lives under tests/
// so that the repository's top level stays short; `--config tests/eslint.config.js` points ESLint at it, and the
// base path below makes every glob relative to the project root.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig(
  { basePath: root },
  {
    ignores: [
      'dist/**',
      '.astro/**',
      '.scratch/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      // Broken on purpose, or copied verbatim from upstream sources.
      'tests/fixtures/**',
      'tests/registry/upstream/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    languageOptions: {
      globals: {
        // Scripts, tests and the build run on Node; src/browser/ runs in the page. TypeScript's own checks
        // (`astro check`) already know which globals each file may use, so ESLint only needs their names.
        console: 'readonly',
        process: 'readonly',
        window: 'readonly',
        document: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      // `_name` marks a parameter that a signature requires but the function does not read.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // TypeScript reports undefined names itself, with the types' knowledge of each file's globals.
      'no-undef': 'off',
      // public/theme.js ignores storage that a privacy setting blocks with an empty catch, and is sent unminified
      // to every page, where a comment in each catch would cost bytes of the 9 KB budget.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Rules that need the types: a promise nobody awaits loses its error, and a promise used as a condition
    // is always true. Async event handlers that catch their own errors are fine, so void returns go unchecked.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
);
