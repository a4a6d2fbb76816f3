import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    root,
    projects: [
      { test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts', 'tests/registry/**/*.test.ts'] } },
      {
        // Builds the real site (and a fixture site) once each, then reads what was written.
        test: { name: 'build', root, include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, maxConcurrency: 4 },
      },
    ],
  },
});
