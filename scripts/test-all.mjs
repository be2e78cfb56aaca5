/**
 * Every check, in order, with one summary line at the end: the README's test
 * command (`npm test`) and what CI runs. Each test case of Vitest and
 * Playwright counts, and so does each other check (types, lint, format,
 * build, size budget). Exits 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
/** Test cases by name, so the closing lines of a log say which failed, and which passed only on a retry. */
const failedTests = [];
const flakyTests = [];
mkdirSync('test-results', { recursive: true });

function run(name, command, { report } = {}) {
  console.log(`\n── ${name}: ${command}`);
  const started = Date.now();
  const { status } = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = report?.();
  if (counts) {
    results.passed += counts.passed;
    results.failed += counts.failed;
    results.skipped += counts.skipped;
    if (counts.failed || (status !== 0 && !counts.failed)) failures.push(name);
    if (status !== 0 && !counts.failed) results.failed += 1; // the runner failed before reporting a test
    console.log(
      `── ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds} s)`,
    );
  } else {
    results[status === 0 ? 'passed' : 'failed'] += 1;
    if (status !== 0) failures.push(name);
    console.log(`── ${name}: ${status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
  }
  return status === 0;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function vitestCounts() {
  const report = readJson('test-results/unit.json');
  if (!report) return null;
  for (const file of report.testResults)
    for (const test of file.assertionResults)
      if (test.status === 'failed')
        failedTests.push(`${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}`);
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(file = 'test-results/e2e.json') {
  const report = readJson(file);
  if (!report) return null;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  for (const { outcome, name } of playwrightTests(report)) {
    if (outcome === 'unexpected') failedTests.push(name);
    if (outcome === 'flaky') flakyTests.push(name);
  }
  return { passed: expected + flaky, failed: unexpected, skipped };
}

/** Every test of a Playwright JSON report, as "[project] file:line › title", with its outcome. */
function playwrightTests(report) {
  const tests = [];
  const walk = (suite, titles) => {
    const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        tests.push({
          outcome: test.status,
          name: `[${test.projectName}] ${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')}`,
        });
    for (const child of suite.suites ?? []) walk(child, path);
  };
  for (const suite of report.suites) walk(suite, []);
  return tests;
}

run('content', 'npx tsx scripts/publish-content.ts');
run('types', 'npx tsc --noEmit');
run('lint', 'npx eslint .');
run('format', 'npm run --silent format:check');
run(
  'unit and component tests',
  'npx vitest run --configLoader runner --reporter=default --reporter=json --outputFile.json=test-results/unit.json',
  {
    report: vitestCounts,
  },
);
// The whole build: the app, the server renderer, and every page prerendered with its share image, sitemap and feeds.
const built = run('build', 'npm run build --silent');
if (built) {
  run('first-load JavaScript budget', 'npx tsx scripts/check-size.ts');
  run('browser tests (Chromium)', 'npx playwright test', {
    report: () => playwrightCounts(),
  });
  runHostChecks();
} else {
  results.failed += 1;
  failures.push('browser tests (skipped: the build failed)');
}

// npm run dev as a critic uses it: the app from source, and a saved review on the open page (playwright.dev.config.ts).
rmSync('test-results/dev.json', { force: true });
run('dev server (Chromium)', 'npx playwright test -c playwright.dev.config.ts', {
  report: () => playwrightCounts('test-results/dev.json'),
});

/**
 * The build served by real nginx and Caddy with the configs it generated, and
 * as Netlify applies its _headers, and vite preview (playwright.hosts.config.ts). A server that
 * is not installed is skipped with a message, except on CI, where .ci/run
 * installs both.
 */
function runHostChecks() {
  for (const [server, env] of [
    ['nginx', 'NGINX'],
    ['caddy', 'CADDY'],
  ]) {
    if (process.env.CI || findServer(server, env)) continue;
    console.log(
      `\n── ${server} not found: its host checks are skipped (apt-get install ${server}, or set ${env} to its path).`,
    );
    results.skipped += 1;
  }
  rmSync('test-results/hosts.json', { force: true });
  run('host checks (nginx, Caddy, _headers, vite preview)', 'npx playwright test -c playwright.hosts.config.ts', {
    report: () => playwrightCounts('test-results/hosts.json'),
  });
}

/** As scripts/deploy/find-server.ts finds them. */
function findServer(name, env) {
  const places = process.env[env]
    ? [process.env[env]]
    : [
        ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)),
        `/usr/sbin/${name}`,
        `/usr/bin/${name}`,
      ];
  return places.some((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

if (flakyTests.length) console.log(`\nPassed on a retry (flaky):\n${flakyTests.map((name) => `  ${name}`).join('\n')}`);
if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.map((name) => `  ${name}`).join('\n')}`);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed ? 1 : 0);
