import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the built app (`npm run build` first), served by
 * `vite preview`, in the system's Chromium: Playwright cannot download its own
 * browsers here. CHROME_PATH points at another Chrome on other machines.
 */
const PORT = Number(process.env.E2E_PORT ?? 4317);
/** The built app to serve: `npm run build` writes dist/. */
const DIST = process.env.E2E_DIST ?? 'dist';
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  // Its own folder: Playwright empties it on every run.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // The JSON report is what scripts/test-all.mjs counts.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath, args },
    actionTimeout: 5_000,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
