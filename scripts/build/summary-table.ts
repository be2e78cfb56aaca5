import type { Figure, StepReport } from './staged-build';

/** One step's line in the closing table. */
export interface StepRow {
  step: string;
  seconds: number;
  figures: StepReport['figures'];
}

const COLUMNS: Figure[] = ['pages', 'pages reused', 'images drawn', 'images reused', 'files written', 'files removed'];

/**
 * The build's closing table: per step its time and what it made, and the
 * totals, right-aligned as numbers are. Plain text, for a terminal and a CI log alike.
 */
export function summaryTable(rows: readonly StepRow[]): string {
  const total: StepRow = {
    step: 'total',
    seconds: rows.reduce((sum, row) => sum + row.seconds, 0),
    figures: Object.fromEntries(
      COLUMNS.map((column) => [column, rows.reduce((sum, row) => sum + (row.figures?.[column] ?? 0), 0)]),
    ),
  };
  const cells = [rows, [total]]
    .flat()
    .map((row) => [
      row.step,
      `${row.seconds.toFixed(1)} s`,
      ...COLUMNS.map((column) => (row.figures?.[column] === undefined ? '' : row.figures[column].toLocaleString('en'))),
    ]);
  const header = ['step', 'time', ...COLUMNS];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const line = (values: string[]) =>
    values
      .map((value, column) => (column === 0 ? value.padEnd(widths[0]!) : value.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(header), rule, ...cells.slice(0, -1).map(line), rule, line(cells.at(-1)!)].join('\n');
}
