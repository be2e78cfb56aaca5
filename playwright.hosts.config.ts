import { defineConfig } from '@playwright/test';
import { findServer } from './scripts/deploy/find-server';
import { SERVER_CONFIG } from './tests/hosts/host-helpers';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium';

/**
 * The built site on real hosts (`npm run build` first): nginx and Caddy with
 * the configs the build generated (dist/deploy/), a server that applies
 * dist/_headers as Netlify and Cloudflare Pages do, and `vite preview` (what
 * `npm start` and the browser tests serve). The same checks run against each
 * (tests/hosts/). scripts/test-all.mjs runs this as its own step.
 *
 * A host whose server is not installed is left out with a message, except on
 * CI (CI=true), where .ci/run installs both and a missing one fails.
 */
const DIST = process.env.E2E_DIST ?? 'dist';
const HOST = '127.0.0.1';

const serve = (script: string) => (port: number) =>
  `npx tsx scripts/deploy/${script} --dist ${DIST} --host ${HOST} --port ${port}`;

const HOSTS = [
  { name: 'nginx', server: 'nginx', port: Number(process.env.NGINX_PORT ?? 4318), command: serve('serve-nginx.ts') },
  { name: 'caddy', server: 'caddy', port: Number(process.env.CADDY_PORT ?? 4319), command: serve('serve-caddy.ts') },
  {
    name: 'headers-file',
    server: null,
    port: Number(process.env.HEADERS_FILE_PORT ?? 4320),
    command: serve('serve-headers-file.ts'),
  },
  {
    name: 'preview',
    server: null,
    port: Number(process.env.PREVIEW_PORT ?? 4321),
    command: (port: number) =>
      `npx vite preview --configLoader runner --host ${HOST} --port ${port} --strictPort --outDir ${DIST}`,
  },
] as const;

const hosts = HOSTS.filter((host) => {
  if (!host.server || process.env.CI || findServer(host.server)) return true;
  // Once, from the runner, not from each worker.
  if (!process.env.TEST_WORKER_INDEX) {
    console.warn(
      `${host.server} not found: skipping the ${host.name} host checks (apt-get install ${host.server}, or set ${host.server.toUpperCase()} to its path).`,
    );
  }
  return false;
});

export default defineConfig({
  testDir: 'tests/hosts',
  outputDir: 'test-results/playwright-hosts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // The JSON report is what scripts/test-all.mjs counts.
  reporter: [['list'], ['json', { outputFile: 'test-results/hosts.json' }]],
  use: {
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    // The host is under test here, not the app's service worker: every request reaches the server.
    serviceWorkers: 'block',
    actionTimeout: 5_000,
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
  },
  projects: hosts.map((host) => ({
    name: host.name,
    use: { baseURL: `http://${HOST}:${host.port}` },
    // The _headers file itself is checked once, on the host that reads it; a server's own config elsewhere.
    testIgnore: host.name === 'headers-file' ? [] : ['headers-file.spec.ts'],
    grepInvert: host.name === 'headers-file' ? new RegExp(SERVER_CONFIG) : undefined,
  })),
  webServer: hosts.map((host) => ({
    command: host.command(host.port),
    url: `http://${HOST}:${host.port}/`,
    // Each run gets servers of its own: a server left running might serve another build.
    reuseExistingServer: false,
    timeout: 30_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  })),
});
