import { describe, expect, it } from 'vitest';
import { countOf, plural } from './plural';

describe('plural and countOf', () => {
  it('uses the singular for exactly one, the plural for everything else', () => {
    expect(countOf(1, 'review')).toBe('1 review');
    expect(countOf(0, 'review')).toBe('0 reviews');
    expect(countOf(2, 'review')).toBe('2 reviews');
    expect(countOf(1.5, 'star')).toBe('1.5 stars');
    expect(countOf(20_000, 'review')).toBe('20,000 reviews');
  });

  it('takes an irregular plural', () => {
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry');
    expect(countOf(3, 'entry', 'entries')).toBe('3 entries');
    expect(plural(1, 'was', 'were')).toBe('was');
    expect(plural(2, 'was', 'were')).toBe('were');
  });
});
