import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    root,
    projects: [
      { test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts', 'tests/registry/**/*.test.ts'] } },
      {
        // Builds the real site and fixture sites, each in a project folder of its own (scripts/lib/scratch-project.ts),
        // then reads what was written. A build takes about 5 s on an idle 2-core machine; the budgets allow
        // for test files building side by side with another build running beside the suite.
        test: {
          name: 'build',
          root,
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 300_000,
          maxConcurrency: 2,
        },
      },
    ],
  },
});
