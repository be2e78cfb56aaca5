/**
 * npm run bench [-- --runs N] [--quick] [--size 20000|100000] [--record]
 *
 * Measures the app on generated archives of 20,000 and 100,000 reviews in
 * headless Chromium: the first page on a phone under slow 3G, regular 3G and
 * no throttling; filter changes, search keystrokes and the JS heap on a
 * desktop, with the CPU unthrottled and 4× slower. Prints a table with the
 * issue's targets, then one JSON line with every figure. `--quick`: one run,
 * 20,000 reviews only. `--size`: one of the two archives only. `--record`: also writes both into docs/performance.md.
 * BENCH_DEBUG=1 logs every change. The parts are in scripts/bench/.
 *
 * Exits 0 whatever the timings say; 1 only when the benchmark itself breaks.
 */
import { parseOptions } from './bench/config';
import { armDeadline, cleanupAll, log } from './bench/lifecycle';
import { currentLoad } from './bench/machine';
import { recordSection } from './bench/record';
import { describeRun, formatTable, jsonLine } from './bench/report';
import { runBench } from './bench/run';
import { reportRows } from './bench/targets';
import { textSearchRows } from './bench/text-search-targets';

const started = performance.now();
const options = parseOptions(process.argv.slice(2));
const disarm = armDeadline(options.deadlineMs);
try {
  const { machine: atStart, sizes } = await runBench(options);
  await cleanupAll();
  const machine = { ...atStart, loadavgAtEnd: currentLoad() };
  const rows = [...reportRows(sizes), ...textSearchRows(sizes)];
  const description = describeRun(machine, options);
  const table = formatTable(rows);
  const json = jsonLine(machine, options, sizes, rows, performance.now() - started);
  console.log(`${description}\n\n${table}`);
  if (options.record) recordSection(description, table, json);
  console.log(json);
} catch (error) {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanupAll();
  disarm();
}
