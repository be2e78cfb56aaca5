import { describe, expect, it } from 'vitest';
import { fileScores, mutationTable, type MutationReport } from './lib/mutation-table';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });
const report: MutationReport = {
  thresholds: { high: 85, low: 70 },
  files: {
    'src/lib/dates.ts': mutants('Killed', 'Killed', 'Timeout', 'Survived'),
    'src/a.ts': mutants('Killed', 'NoCoverage', 'Ignored', 'CompileError', 'RuntimeError'),
    'src/empty.ts': mutants('Ignored'),
  },
};

describe('the mutation table', () => {
  it('scores each file by the mutants its tests notice (a timeout is noticed), leaving out those that never ran', () => {
    expect(fileScores(report)).toEqual([
      { file: 'src/a.ts', measured: true, mutants: 2, killed: 1, survived: 0, noCoverage: 1, score: 50 },
      { file: 'src/empty.ts', measured: true, mutants: 0, killed: 0, survived: 0, noCoverage: 0, score: null },
      { file: 'src/lib/dates.ts', measured: true, mutants: 4, killed: 3, survived: 1, noCoverage: 0, score: 75 },
      { file: 'All files', measured: true, mutants: 6, killed: 4, survived: 1, noCoverage: 1, score: (100 * 4) / 6 },
    ]);
  });

  it('gives a row without a score to a configured file the report lacks', () => {
    const scores = fileScores(report, ['src/lib/dates.ts', 'src/lib/other.ts']);
    expect(mutationTable(scores)).toContain('| `src/lib/other.ts` | – | – | – | – | not measured |');
    expect(scores.map((row) => [row.file, row.score])).toEqual([
      ['src/a.ts', 50],
      ['src/empty.ts', null],
      ['src/lib/dates.ts', 75],
      ['src/lib/other.ts', null],
      ['All files', (100 * 4) / 6],
    ]);
  });

  it('is a Markdown table, a row a file and the whole set last', () => {
    expect(mutationTable(fileScores(report)).split('\n')).toEqual([
      '| file | mutants | killed | survived | no coverage | score |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      '| `src/a.ts` | 2 | 1 | 0 | 1 | 50.0 % |',
      '| `src/empty.ts` | 0 | 0 | 0 | 0 | n/a |',
      '| `src/lib/dates.ts` | 4 | 3 | 1 | 0 | 75.0 % |',
      '| **All files** | 6 | 4 | 1 | 1 | 66.7 % |',
    ]);
  });
});
