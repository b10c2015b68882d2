import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Three projects: `main` (Node unit tests of main-process code and preload), `renderer` (jsdom,
 * React components and stores), `integration` (services over real HTTP, child processes).
 * Playwright end-to-end tests live in test/e2e and run with `playwright test`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'main', environment: 'node', include: ['test/unit/main/**/*.test.ts'] },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/renderer/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
