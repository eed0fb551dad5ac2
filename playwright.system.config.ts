import { defineConfig, devices } from '@playwright/test';

/**
 * System tests: each spec file starts the production build on a throwaway PostgreSQL server of
 * its own (e2e/system-server.ts), so it can stop the database or load the server without
 * disturbing the shared end-to-end server. Run after `DATABASE_URL= npx next build`:
 *   npx playwright test -c playwright.system.config.ts
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.system.ts',
  outputDir: 'test-results/system',
  timeout: 300_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
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
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
});
