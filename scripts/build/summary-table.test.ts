import { describe, expect, it } from 'vitest';
import { summaryTable } from './summary-table';

describe('summaryTable', () => {
  it('lines up each step with its time and figures, and adds them up', () => {
    const table = summaryTable([
      { step: 'content', seconds: 3.04, figures: { 'files written': 738 } },
      {
        step: 'pages',
        seconds: 100.2,
        figures: {
          pages: 20311,
          'pages reused': 20280,
          'images drawn': 2,
          'images reused': 275,
          'files written': 20600,
          'files removed': 12,
        },
      },
    ]);
    expect(table.split('\n')).toEqual([
      'step        time   pages  pages reused  images drawn  images reused  files written  files removed',
      '───────  ───────  ──────  ────────────  ────────────  ─────────────  ─────────────  ─────────────',
      'content    3.0 s                                                               738',
      'pages    100.2 s  20,311        20,280             2            275         20,600             12',
      '───────  ───────  ──────  ────────────  ────────────  ─────────────  ─────────────  ─────────────',
      'total    103.2 s  20,311        20,280             2            275         21,338             12',
    ]);
  });
});
