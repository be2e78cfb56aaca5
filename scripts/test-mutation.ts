/**
 * npm run test:mutation: Stryker on the modules of stryker.config.mjs, then
 * the score of each file as a table in docs/testing.md, generated from
 * Stryker's JSON report rather than typed. Exits as Stryker did, or 1 when a
 * file scores under the low threshold (which Stryker itself does not check).
 *
 * Usage: npm run test:mutation [-- <Stryker's options>]
 *   --mutate <files>   a part of the set: measured, but the table in the docs is left alone
 *   --table-only       no run: the table from the last report
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { fileScores, mutationTable, type MutationReport } from './lib/mutation-table';
import { ROOT } from './lib/project-paths';

const REPORT = join(ROOT, 'reports', 'mutation', 'mutation.json');
const DOC = join(ROOT, 'docs', 'testing.md');
const START = '<!-- mutation-table:start -->';
const END = '<!-- mutation-table:end -->';

const args = process.argv.slice(2);
const tableOnly = args.includes('--table-only');
const partial = args.some((arg) => arg === '-m' || arg.startsWith('--mutate'));
const started = Date.now();
const status = tableOnly
  ? 0
  : (spawnSync('npx', ['stryker', 'run', ...args], { cwd: ROOT, stdio: 'inherit' }).status ?? 1);
// A run that stopped before its report (a broken configuration) leaves the last one, which is not this run's.
const reported = tableOnly || (statSync(REPORT, { throwIfNoEntry: false })?.mtimeMs ?? 0) >= started;
let low = 0;
if (!partial && reported) {
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as MutationReport;
  // The configured files, so that one missing from the report (not measured) still has its row.
  const config = (await import(join(ROOT, 'stryker.config.mjs'))) as { default: { mutate: string[] } };
  const scores = fileScores(report, config.default.mutate);
  const doc = readFileSync(DOC, 'utf8');
  const [before, rest] = doc.split(START);
  const after = rest?.split(END)[1];
  if (before === undefined || after === undefined) throw new Error(`${DOC} has no ${START} … ${END}`);
  const text = `${before}${START}\n\n${mutationTable(scores)}\n\n${END}${after}`;
  writeFileSync(DOC, await format(text, { ...(await resolveConfig(DOC)), filepath: DOC }));
  for (const row of scores.filter((row) => row.score !== null && row.score < report.thresholds.low)) {
    console.error(`${row.file}: ${row.score!.toFixed(1)} % is under ${report.thresholds.low} %.`);
    low++;
  }
  console.log(`The scores are in docs/testing.md (all files: ${scores.at(-1)!.score?.toFixed(1)} %).`);
}
process.exit(status || (low ? 1 : 0));
