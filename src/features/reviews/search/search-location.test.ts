import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { MAX_TEXT_QUERY, normaliseTextQuery, readSearchLocation, searchString } from './search-location';

/** The address of the search, `/search?q=…`: read from anything a reader might type or paste, never throwing. */

const at = (search: string) => readSearchLocation(new URL(`/search${search}`, 'https://reel-notes.example'));

describe('readSearchLocation', () => {
  it.each([
    ['', '', ''],
    ['?q=rain', 'rain', '?q=rain'],
    ['?q=%20%20bubblegum%20%20pink%20', 'bubblegum pink', '?q=bubblegum+pink'],
    ['?q=%22the+man+with+no+name%22', '"the man with no name"', '?q=%22the+man+with+no+name%22'],
    ['?q=', '', ''],
    ['?q=a%0Ab%09c', 'a b c', '?q=a+b+c'],
    ['?q=%E0%A4%A', '\uFFFD%A', '?q=%EF%BF%BD%25A'],
    ['?q=one&q=two', 'one', '?q=one'],
    ['?utm_source=feed&q=rain', 'rain', '?q=rain&utm_source=feed'],
  ])('reads %j as the query %j, canonically %j', (search, query, canonical) => {
    const location = at(search);
    expect(location.query).toBe(query);
    expect(location.search).toBe(canonical);
    expect(location.canonical).toBe(`/search${canonical}`);
  });

  it('keeps at most MAX_TEXT_QUERY characters, never half of one', () => {
    const location = at(`?q=${encodeURIComponent('😀'.repeat(MAX_TEXT_QUERY + 20))}`);
    expect(Array.from(location.query)).toHaveLength(MAX_TEXT_QUERY);
    expect(location.query).toBe('😀'.repeat(MAX_TEXT_QUERY));
  });

  it('ends a query cut at its longest before a space, not on one', () => {
    expect(normaliseTextQuery(`${'a'.repeat(MAX_TEXT_QUERY - 1)} more`)).toBe('a'.repeat(MAX_TEXT_QUERY - 1));
  });

  it('shows half of a character typed or pasted as a replacement character, never as nothing', () => {
    expect(normaliseTextQuery('kuro\uD800sawa')).toBe('kuro\uFFFDsawa');
  });

  it('spells the same query as paths.search does', () => {
    for (const query of ['rain', '"bubblegum pink"', 'amélie & co', '50% off']) {
      expect(paths.search(query)).toBe(`/search${searchString(query)}`);
      expect(at(searchString(query)).query).toBe(query);
    }
  });

  it('never throws, and its canonical address reads back as itself, for any input', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u200b', '"', '%', '+', '&', 'é', '😀', '\ud800'),
      }),
      fc.stringMatching(/^(?:%[0-9A-Fa-f]{0,2}|[a-z "+&=%])*$/),
    );
    const anySearch = fc.oneof(
      anyText.map((text) => `?${text}`),
      anyText.map((text) => `?q=${text}`),
      anyText.map((text) => `?q=${encodeURIComponent(text.replace(/[\ud800-\udfff]/g, ''))}`),
      fc.webQueryParameters().map((text) => `?${text}`),
    );
    fc.assert(
      fc.property(anySearch, (search) => {
        const location = at(search);
        expect(location.query).toBe(location.query.trim());
        expect(location.query).not.toMatch(/\s\s|[\p{Cc}\p{Cf}]/u);
        expect(Array.from(location.query).length).toBeLessThanOrEqual(MAX_TEXT_QUERY);
        // No half of a character: every surrogate is part of a pair.
        expect(location.query).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        const again = at(location.search);
        expect(again.query).toBe(location.query);
        expect(again.search).toBe(location.search);
      }),
      { numRuns: 300 },
    );
    // Room for a machine shared with other work.
  }, 30_000);
});
