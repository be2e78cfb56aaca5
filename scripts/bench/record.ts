/**
 * `--record`: writes the table and the JSON line into docs/performance.md,
 * replacing the section "## Benchmark (npm run bench)" up to the next
 * heading of the same level (or adding it at the end); the rest of the file
 * stays as it is.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../lib/project-paths';
import { log } from './lifecycle';

export const SECTION_HEADING = '## Benchmark (npm run bench)';
const FILE = join(ROOT, 'docs', 'performance.md');

export function recordSection(description: string, table: string, json: string): void {
  const section = [
    SECTION_HEADING,
    '',
    'Recorded by `npm run bench -- --record` (scripts/bench.ts, scripts/bench/). Targets are those of the issue; ' +
      'a FAIL is a finding about the app, not an error of the run.',
    '',
    '```text',
    description,
    '',
    table,
    '```',
    '',
    'All figures (the last line `npm run bench` prints):',
    '',
    '```text',
    json,
    '```',
    '',
  ].join('\n');
  writeFileSync(FILE, replaceSection(existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Performance\n', section));
  log(`recorded in ${relative(ROOT, FILE)}`);
}

/** The document with `section` in place of its benchmark section, or appended. */
export function replaceSection(document: string, section: string): string {
  const lines = document.split('\n');
  const start = lines.findIndex((line) => line.trim() === SECTION_HEADING);
  if (start === -1) return `${document.trimEnd()}\n\n${section}`;
  let end = lines.findIndex((line, index) => index > start && /^#{1,2} /.test(line) && !insideFence(lines, index));
  if (end === -1) end = lines.length;
  const after = lines.slice(end).join('\n');
  return [...lines.slice(0, start), section.trimEnd(), ...(after ? ['', after] : [''])].join('\n');
}

/** Whether line `index` is inside a ``` fence (a "## " there is not a heading). */
function insideFence(lines: string[], index: number): boolean {
  return lines.slice(0, index).filter((line) => line.trimStart().startsWith('```')).length % 2 === 1;
}
