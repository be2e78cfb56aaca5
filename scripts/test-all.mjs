/**
 * Every check, in order, with one summary line at the end: the README's test
 * command (`npm test`) and what CI runs. Each test case of Vitest and
 * Playwright counts, and so does each other check (types, lint, format,
 * build, size budget). Exits 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
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
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts() {
  const report = readJson('test-results/e2e.json');
  if (!report) return null;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

run('content', 'npx tsx scripts/publish-content.ts');
run('types', 'npx tsc --noEmit');
run('lint', 'npx eslint .');
run('format', 'npx prettier --check .');
run(
  'unit and component tests',
  'npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json',
  {
    report: vitestCounts,
  },
);
// The whole build: the app, the server renderer, and every page prerendered with its share image, sitemap and feeds.
const built = run('build', 'npm run build --silent');
if (built) {
  run('first-load JavaScript budget', 'npx tsx scripts/check-size.ts');
  run('browser tests (Chromium)', 'npx playwright test', {
    report: playwrightCounts,
  });
} else {
  results.failed += 1;
  failures.push('browser tests (skipped: the build failed)');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed ? 1 : 0);
