import { describe, expect, it } from 'vitest';
import { parseOptions } from './config';

describe('the benchmark options', () => {
  it('measure both archives three times by default, and the smaller once with --quick', () => {
    expect(parseOptions([])).toMatchObject({ runs: 3, quick: false, sizes: [20_000, 100_000] });
    expect(parseOptions(['--quick'])).toMatchObject({ runs: 1, quick: true, sizes: [20_000] });
  });

  it('measure one archive with --size', () => {
    expect(parseOptions(['--size', '100000'])).toMatchObject({ runs: 3, sizes: [100_000] });
    expect(parseOptions(['--quick', '--size', '100000', '--runs', '2'])).toMatchObject({ runs: 2, sizes: [100_000] });
  });

  it('refuse a size the benchmark has no archive for, or a number of runs out of range', () => {
    expect(() => parseOptions(['--size', '5000'])).toThrow(/--size must be one of 20000, 100000/);
    expect(() => parseOptions(['--runs', '0'])).toThrow(/--runs must be 1 to 20/);
  });
});
