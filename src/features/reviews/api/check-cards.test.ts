import { describe, expect, it } from 'vitest';
import { readApiFile } from '../../../tests/mocks/handlers';
import { checkEntries } from './catalog-entries';

type Json = Record<string, unknown>;

/** The published summaries of the sample catalogue, newest first. */
function sampleEntries(): Json[] {
  const index = readApiFile('catalog/index.json') as { shards: string[] };
  return index.shards.flatMap((path) => (readApiFile(path) as { entries: Json[] }).entries);
}

const sample = sampleEntries();
const slugs = (entries: readonly { slug: string }[]) => entries.map((entry) => entry.slug);

/** A copy of a summary with one change at a dot path ("film.year"); undefined deletes. */
function changed(entry: Json, path: string, value: unknown): Json {
  const copy = structuredClone(entry);
  const keys = path.split('.');
  const last = keys.pop()!;
  let target = copy;
  for (const key of keys) target = target[key] as Json;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

describe('checkEntries', () => {
  it('keeps every entry of the sample catalogue, in order', () => {
    const { entries, rejected } = checkEntries(sample);
    expect(rejected).toEqual([]);
    expect(slugs(entries)).toEqual(slugs(sample as { slug: string }[]));
    expect(entries.length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ['a missing headline', 'headline', undefined, /headline/],
    ['a missing film', 'film', undefined, /film/],
    ['a missing title', 'film.title', undefined, /film\.title/],
    ['a missing rating', 'rating', undefined, /rating/],
    ['a missing date', 'published', undefined, /published/],
    ['a title that is a number', 'film.title', 42, /film\.title/],
    ['a year written as text', 'film.year', '2023', /film\.year/],
    ['cast that is not a list', 'film.cast', 'Jeon Jong-seo', /film\.cast/],
    ['genres that are not a list', 'film.genres', 'action', /film\.genres/],
    ['rating 7', 'rating', 7, /rating/],
    ['rating "seven"', 'rating', 'seven', /rating/],
    ['rating 3.3', 'rating', 3.3, /rating/],
    ['rating 0', 'rating', 0, /rating/],
    ['an unknown genre', 'film.genres', ['action', 'cyberpunk'], /film\.genres/],
    ['no genre', 'film.genres', [], /film\.genres/],
    ['a date that is not a date', 'published', 'yesterday', /published/],
    ['a date in another format', 'published', '09/10/2023', /published/],
    ['a month 13', 'published', '2023-13-01', /published/],
    ['30 February', 'published', '2023-02-30', /published/],
    ['a slug with capitals and spaces', 'slug', 'Ballerina 2023', /slug/],
    ['a slug that climbs directories', 'slug', '../../index', /slug/],
  ])('drops an entry with %s, says why, and keeps the rest', (_, path, value, reason) => {
    const broken = changed(sample[1]!, path, value);
    const { entries, rejected } = checkEntries([sample[0], broken, sample[2]]);
    expect(slugs(entries)).toEqual([sample[0]!.slug, sample[2]!.slug]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toMatch(reason);
    // The entry is named by its slug when it has a readable one, else by its position.
    expect(rejected[0]!.entry).toBe(typeof broken.slug === 'string' ? broken.slug : 'entry 2');
  });

  it('names an entry without a slug by its position', () => {
    const { rejected } = checkEntries([sample[0], changed(sample[1]!, 'slug', undefined), null, 42, 'x', []]);
    expect(rejected.map((entry) => entry.entry)).toEqual(['entry 2', 'entry 3', 'entry 4', 'entry 5', 'entry 6']);
    for (const { reason } of rejected) expect(reason).not.toBe('');
  });

  it('keeps the first of two entries with the same slug and says why the second was dropped', () => {
    const first = sample[0]!;
    const copy = { ...sample[3]!, slug: first.slug };
    const { entries, rejected } = checkEntries([first, sample[1], copy, sample[2]]);
    expect(slugs(entries)).toEqual([first.slug, sample[1]!.slug, sample[2]!.slug]);
    expect(entries[0]).toEqual(first);
    expect(rejected).toEqual([{ entry: first.slug, reason: expect.stringMatching(/slug/) }]);
  });

  it('finds repeated slugs across shards checked one after another', () => {
    const seen = new Set<string>();
    const firstShard = checkEntries(sample.slice(0, 3), seen);
    const secondShard = checkEntries([sample[2], sample[3]], seen);
    expect(firstShard.rejected).toEqual([]);
    expect(slugs(secondShard.entries)).toEqual([sample[3]!.slug]);
    expect(secondShard.rejected.map((entry) => entry.entry)).toEqual([sample[2]!.slug]);
  });

  it('cuts a hostile slug short when naming the broken entry', () => {
    const { rejected } = checkEntries([changed(sample[0]!, 'slug', 'x'.repeat(100_000))]);
    expect(rejected[0]!.entry.length).toBeLessThanOrEqual(120);
  });

  it('keeps working when every entry is broken', () => {
    const { entries, rejected } = checkEntries(sample.map((entry) => changed(entry, 'rating', 'seven')));
    expect(entries).toEqual([]);
    expect(rejected).toHaveLength(sample.length);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'Zero\u200Bwidth\u200Djoined',
    'w'.repeat(3_000),
    'Emoji 👩‍👩‍👧‍👦 and 🏳️‍🌈',
  ])('accepts %j as plain text', (hostile) => {
    const entry = changed(changed(sample[0]!, 'headline', hostile), 'standfirst', hostile);
    const { entries, rejected } = checkEntries([entry]);
    expect(rejected).toEqual([]);
    expect(entries[0]!.headline).toBe(hostile);
    expect(entries[0]!.standfirst).toBe(hostile);
  });

  it('removes bidi controls such as a right-to-left override from the text it keeps', () => {
    const entry = changed(changed(sample[0]!, 'headline', 'Evil \u202Egnirts\u202C here'), 'film.cast', [
      '\u2067Jeon Jong-seo\u2069',
    ]);
    const [kept] = checkEntries([entry]).entries;
    expect(kept!.headline).toBe('Evil gnirts here');
    expect(kept!.film.cast).toEqual(['Jeon Jong-seo']);
  });
});
