import { defineConfig } from '@playwright/test';
import { findChromium } from './test/e2e/support/findChromium';

/**
 * End-to-end tests drive the real renderer in browser mode (the built renderer served by the
 * browser-mode server, which runs the real main-process services). Each test starts its own
 * server on a free port with its own data directory.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  workers: 1,
  timeout: 60_000,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      // Chromium as root in a container needs --no-sandbox; the rest stop it from calling home,
      // which this machine's closed network refuses noisily.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
