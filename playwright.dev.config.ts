import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium';
import { copySampleContent, DEV_CONTENT_ENV } from './tests/dev/dev-content';

/**
 * `npm run dev` as a critic uses it (tests/dev/): the app with the sample
 * reviews, a saved review on the open page, a mistake in Vite's overlay, and
 * what the dev server answers to probing. scripts/test-all.mjs runs this as
 * its own step.
 *
 * The dev server reads a temporary copy of content/reviews (CONTENT_DIR), which
 * the tests edit. It is made here, when the runner loads this file, not in a
 * globalSetup: Playwright starts the webServer before globalSetup runs. The
 * workers inherit its name; the copy is removed when the runner exits, after
 * the server has stopped (removing it sooner would republish what is left).
 *
 * The server publishes into DEV_API_DIR (node_modules/.cache/dev-site), which
 * no build or unit test reads: the tests run one at a time, and the
 * globalTeardown publishes the real sample there again.
 */
const PORT = Number(process.env.DEV_PORT ?? 4393);
const contentCopy = (process.env[DEV_CONTENT_ENV] ??= copySampleContent());

export default defineConfig({
  testDir: 'tests/dev',
  outputDir: 'test-results/playwright-dev',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The dev server compiles each module on its first request: a first page takes a while on a busy machine.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // The JSON report is what scripts/test-all.mjs counts.
  reporter: [['list'], ['json', { outputFile: 'test-results/dev.json' }]],
  globalTeardown: './tests/dev/global-teardown.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    actionTimeout: 10_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
      // Editing reviews and probing the server once is enough: on the desktop.
      testMatch: 'app.spec.ts',
    },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    // The script itself: it publishes the copy (drafts too), then starts Vite.
    command: `npm run dev -- --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    env: { CONTENT_DIR: contentCopy, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    // A server left running would read other content.
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
