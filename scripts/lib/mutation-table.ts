/** The scores of a mutation run (Stryker's JSON report), file by file, as a Markdown table. */

/** The part of Stryker's JSON report (mutation-testing-report-schema) that the table reads. */
export interface MutationReport {
  thresholds: { high: number; low: number };
  files: Record<string, { mutants: { status: string }[] }>;
}

export interface FileScore {
  file: string;
  /** False for a configured file that this report does not cover. */
  measured: boolean;
  /** Mutants that count: every one but those ignored or that did not compile or run. */
  mutants: number;
  /** Killed by a test, or timed out (an endless loop is noticed too). */
  killed: number;
  survived: number;
  noCoverage: number;
  /** killed / mutants, in percent; null for a file without any mutant that counts. */
  score: number | null;
}

/**
 * The score of each file, by path, then the whole set's as the last row ("All files"). `expected`: the files
 * the configuration mutates; one the report lacks (a run of part of the set) has a row without a score.
 */
export function fileScores(report: MutationReport, expected: readonly string[] = []): FileScore[] {
  const score = (file: string, statuses: string[], measured = true): FileScore => {
    const count = (...kinds: string[]) => statuses.filter((status) => kinds.includes(status)).length;
    const killed = count('Killed', 'Timeout');
    const survived = count('Survived');
    const noCoverage = count('NoCoverage');
    const mutants = killed + survived + noCoverage;
    return { file, measured, mutants, killed, survived, noCoverage, score: mutants ? (100 * killed) / mutants : null };
  };
  const files = Object.keys(report.files);
  const statuses = (file: string) => report.files[file]?.mutants.map((mutant) => mutant.status) ?? [];
  const rows = [...new Set([...files, ...expected])]
    .sort()
    .map((file) => score(file, statuses(file), file in report.files));
  return [...rows, score('All files', files.flatMap(statuses))];
}

/** The table, in Markdown: one row a file, and the whole set's last. */
export function mutationTable(scores: readonly FileScore[]): string {
  const rows = scores.map(({ file, measured, mutants, killed, survived, noCoverage, score }) => {
    const name = file === 'All files' ? '**All files**' : `\`${file}\``;
    if (!measured) return `| ${name} | – | – | – | – | not measured |`;
    const percent = score === null ? 'n/a' : `${score.toFixed(1)} %`;
    return `| ${name} | ${mutants} | ${killed} | ${survived} | ${noCoverage} | ${percent} |`;
  });
  return [
    '| file | mutants | killed | survived | no coverage | score |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
