import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium';

/**
 * Browser tests against the built app (`npm run build` first), served by
 * `vite preview`, in the system's Chromium: Playwright cannot download its own
 * browsers here. CHROME_PATH points at another Chrome on other machines.
 */
const PORT = Number(process.env.E2E_PORT ?? 4317);
/** The built app to serve: `npm run build` writes dist/. */
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  // Its own folder: Playwright empties it on every run.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI, where two cores run two browsers: a test that passes only then is named as flaky in the summary.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: {
    timeout: 5_000,
    toHaveScreenshot: {
      animations: 'disabled',
      caret: 'hide',
      // The CI machine installs the same Chromium and fonts: here 3 runs of all 48 pictures matched to the pixel.
      // 0.1 % (330 pixels on a phone) leaves room for a few edge pixels rounded apart on another CPU; 1 % would miss
      // a date that breaks onto the next line of a card (found while making these baselines).
      maxDiffPixelRatio: 0.001,
    },
  },
  // The visual comparison tests' baselines (tests/e2e/visual.spec.ts), one folder per project.
  snapshotPathTemplate: '{testDir}/__screenshots__/{projectName}/{arg}{ext}',
  // The JSON report is what scripts/test-all.mjs counts.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    actionTimeout: 5_000,
    trace: 'retain-on-failure',
    // The service worker takes charge of a first visit, and page.route never sees what it fetches: the
    // tests that route requests would race it. tests/e2e/offline.spec.ts lets it run.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `npx vite preview --configLoader runner --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
