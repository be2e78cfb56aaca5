/**
 * What the benchmark prints: a table (target, measured, pass or FAIL per row)
 * and one JSON line with every figure and the machine's facts.
 */
import { LOAD_PATH, NETWORKS, SEED, type BenchOptions } from './config';
import type { Machine } from './machine';
import type { SizeResult } from './run';
import { round1 } from './stats';
import type { Row } from './targets';

export function formatTable(rows: Row[]): string {
  const cells = [
    ['Reviews', 'Measure', 'Target', 'Measured', 'Result'],
    ...rows.map((row) => [row.reviews.toLocaleString('en-GB'), row.measure, row.target, row.measured, row.result]),
  ];
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

export function describeRun(machine: Machine, options: BenchOptions): string {
  const networks = NETWORKS.filter((network) => network.conditions)
    .map((network) => `${network.label} ${network.conditions!.kbps} kbit/s, ${network.conditions!.latencyMs} ms`)
    .join('; ');
  return [
    `Machine: ${machine.nproc} cores, ${machine.memory} RAM, load average ${machine.loadavg} at the start ` +
      `(${machine.loadavgAtEnd ?? '?'} at the end), ` +
      `${machine.chromium} headless, Node ${machine.node}, ${machine.date}.`,
    `Page: ${LOAD_PATH}; archives of generated reviews (seed ${SEED}), served gzipped from 127.0.0.1. ` +
      `Phone loads: 390×844 at 2×, touch, CPU unthrottled, median of ${options.runs} (nearest rank), ` +
      `a fresh context each, cache disabled; networks (CDP emulation): ${networks}.`,
    'First page: navigation start → the first DOM change with cards in the list and no loading line. ' +
      'Bytes: CDP encodedDataLength of requests finished by then (compressed bodies plus response headers; kB = 1,000 bytes).',
    'Changes (desktop 1280×800, after the whole index has loaded): the input event → the paint (requestAnimationFrame, ' +
      'then a task) after the list was complete: changed (count line or cards) with its new cards, no list marked busy ' +
      '(targets apply to this); "first change on screen" is the paint after its first change; "last change of the ' +
      'list, in the DOM" is the moment it became complete, before that frame. Keystrokes that leave the list as it was (one letter, or a longer ' +
      'prefix with the same matches: no change for 1 s, 4 s at 4× CPU) are not timed. ' +
      'JS heap: CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage (usedSize; backingStorageSize is ' +
      'the array buffers and external strings outside it; MB = 2^20 bytes).',
    "Search inside reviews (/search, after the page, its engine and the index's keys.json have loaded): each query " +
      `typed one key every 25 ms on a desktop (unthrottled) and a phone on regular 3G, median of ${options.runs} ` +
      'freshly loaded pages; first results: the last key → ' +
      "the frame in which the list shows the query's results with a marked passage; bytes: from the first key until " +
      "the first page's results are all in. The index's share: bytes of builds/<build>/text/ over the rest of " +
      'builds/<build>/ and reviews/.',
  ].join('\n');
}

export function jsonLine(
  machine: Machine,
  options: BenchOptions,
  sizes: SizeResult[],
  rows: Row[],
  durationMs: number,
): string {
  const summary = {
    date: machine.date,
    machine,
    options: { runs: options.runs, quick: options.quick, seed: SEED, page: LOAD_PATH },
    networks: NETWORKS,
    results: sizes,
    targets: rows
      .filter((row) => row.result)
      .map(({ reviews, measure, value, limit, result }) => ({
        reviews,
        measure,
        value,
        limit,
        pass: result === 'pass',
      })),
    durationMs,
  };
  // Every figure to a tenth; NaN (nothing measured) becomes null.
  return JSON.stringify(summary, (_key, value: unknown) =>
    typeof value === 'number' ? (Number.isFinite(value) ? round1(value) : null) : value,
  );
}
