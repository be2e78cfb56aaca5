import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { sampleBuild, readApiFile } from '../../tests/mocks/handlers';
import { entrySchema, pageSchema } from './archive-schema';
import { GENRE_SLUGS } from './genres';
import { facetsSchema } from './facets-schema';
import { blockSchema, nameKeysSchema, namesChunkSchema } from './index-schema';

const ENTRY = {
  version: 2,
  build: '16747f602ac338ee',
  total: 3,
  genres: { action: 2, drama: 1 },
  ratings: { '1': 0, '4': 2, '5': 1 },
};

/** What valibot says is wrong, in one line. */
function problems(schema: v.GenericSchema, input: unknown): string {
  const result = v.safeParse(schema, input);
  return result.success ? '' : v.summarize(result.issues);
}

describe('entrySchema (index.json)', () => {
  it('accepts the published sample entry, and a small one', () => {
    expect(v.is(entrySchema, readApiFile('index.json'))).toBe(true);
    expect(v.parse(entrySchema, ENTRY)).toEqual(ENTRY);
  });

  it.each([
    ['Drama', { ...ENTRY, genres: { ...ENTRY.genres, Drama: 1 } }, /"Drama"/],
    ['sci-fi', { ...ENTRY, genres: { 'sci-fi': 4 } }, /"sci-fi"/],
    ['4.0', { ...ENTRY, ratings: { '4.0': 2 } }, /"4\.0"/],
    ['4.5', { ...ENTRY, ratings: { '4.5': 2 } }, /"4\.5"/],
    ['0', { ...ENTRY, ratings: { '0': 1 } }, /"0"/],
    ['6', { ...ENTRY, ratings: { '6': 1 } }, /"6"/],
  ])('refuses the facet key %j, naming it', (_, entry, named) => {
    const message = problems(entrySchema, entry);
    expect(message).toMatch(/Invalid key: expected only/);
    expect(message).toMatch(named);
  });

  it('drops a "__proto__" key without touching any prototype', () => {
    const genres = JSON.parse('{"__proto__": {"polluted": 1}, "action": 1}') as unknown;
    const entry = v.parse(entrySchema, { ...ENTRY, genres });
    expect(Object.keys(entry.genres)).toEqual(['action']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the keys it expects', () => {
    expect(problems(entrySchema, { ...ENTRY, genres: { Drama: 1 } })).toContain(GENRE_SLUGS.join(', '));
    expect(problems(entrySchema, { ...ENTRY, ratings: { '4.0': 1 } })).toContain('1, 2, 3, 4, 5');
  });

  it.each([
    ['another version', { ...ENTRY, version: 1 }],
    ['a build that could climb folders', { ...ENTRY, build: '../v1' }],
    ['a build in capitals', { ...ENTRY, build: 'ABCDEF123' }],
    ['a build too short', { ...ENTRY, build: 'abc' }],
    ['a negative total', { ...ENTRY, total: -1 }],
    ['a fractional count', { ...ENTRY, genres: { action: 1.5 } }],
    ['a count as text', { ...ENTRY, ratings: { '4': '2' } }],
    ['no genres', { ...ENTRY, genres: undefined }],
  ])('refuses %s', (_, entry) => {
    expect(v.is(entrySchema, entry)).toBe(false);
  });
});

describe('pageSchema (builds/<build>/pages/<scope>.json)', () => {
  const { read } = sampleBuild();

  it('accepts the published pages of the sample, empty ones included', () => {
    expect(v.is(pageSchema, read('pages/all.json'))).toBe(true);
    expect(v.parse(pageSchema, read('pages/genres/noir.json'))).toEqual({ version: 2, total: 0, ids: [], cards: [] });
  });

  it('leaves the cards unchecked: each is checked on its own later', () => {
    const page = { version: 2, total: 2, ids: [0, 1], cards: [{ slug: 'ok' }, 'not a card'] };
    expect(v.parse(pageSchema, page)).toEqual(page);
  });

  it.each([
    ['more ids than cards', { ids: [0, 1], cards: [{}] }],
    ['more cards than ids', { ids: [0], cards: [{}, {}] }],
  ])('refuses %s, saying so', (_, change) => {
    expect(problems(pageSchema, { version: 2, total: 2, ...change })).toContain('ids and cards differ in length');
  });

  it.each([
    ['a negative id', { ids: [-1], cards: [{}] }],
    ['a fractional id', { ids: [0.5], cards: [{}] }],
    ['no total', { total: undefined }],
    ['cards that are not a list', { cards: {} }],
  ])('refuses %s', (_, change) => {
    expect(v.is(pageSchema, { version: 2, total: 1, ids: [0], cards: [{}], ...change })).toBe(false);
  });
});

describe('blockSchema (builds/<build>/blocks/<sort>/<n>.json)', () => {
  const block = { version: 2, genres: [1, 2, 3], ratings: [1, 10, 7], years: [1870, 2023, 1999], titles: [2, 0, 1] };

  it('accepts the sample’s blocks of every order', () => {
    const { read } = sampleBuild();
    for (const sort of ['newest', 'rating', 'title', 'year'])
      expect(v.is(blockSchema, read(`blocks/${sort}/0.json`))).toBe(true);
  });

  it('accepts the facet columns: for each review, its positions in facets.json', () => {
    const facets = { countries: [[0, 1], [], [2]], languages: [[0], [1], []], watch: [[5, 11], [], [0]] };
    expect(v.parse(blockSchema, { ...block, ...facets })).toEqual({ ...block, ...facets });
    expect(problems(blockSchema, { ...block, ...facets, countries: [[-1], [], []] })).toMatch(/Invalid/);
    expect(problems(blockSchema, { ...block, ...facets, watch: [[1.5], [], []] })).toMatch(/Invalid/);
  });

  it('accepts a newest block (years and titles) and another order’s (ids)', () => {
    expect(v.parse(blockSchema, block)).toEqual(block);
    expect(v.is(blockSchema, { version: 2, ids: [5, 3, 4], genres: [1, 2, 3], ratings: [1, 2, 3] })).toBe(true);
  });

  it.each([
    ['ids', { ids: [0, 1] }],
    ['ratings', { ratings: [1, 2, 3, 4] }],
    ['years', { years: [2000] }],
    ['titles', { titles: [] }],
    ['countries', { countries: [[0]] }],
    ['watch', { watch: [[], [], [], []] }],
  ])('refuses a block whose %s column differs in length from its genres', (_, change) => {
    expect(problems(blockSchema, { ...block, ...change })).toContain('its columns differ in length');
  });

  it.each([
    ['a rating of 0 half stars', { ratings: [0, 1, 2] }],
    ['a rating of 11 half stars', { ratings: [11, 1, 2] }],
    ['a genre bit beyond the vocabulary', { genres: [2 ** GENRE_SLUGS.length, 1, 1] }],
    ['a negative year', { years: [-1, 2000, 2000] }],
  ])('refuses %s', (_, change) => {
    expect(v.is(blockSchema, { ...block, ...change })).toBe(false);
  });
});

describe('the name search documents', () => {
  it('accepts the sample’s keys and every chunk they name', () => {
    const { read } = sampleBuild();
    const { keys } = v.parse(nameKeysSchema, read('names/keys.json'));
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) expect([key, v.is(namesChunkSchema, read(`names/${key}.json`))]).toEqual([key, true]);
  });

  it.each(['../x', 'A', '', 'a/b', 'x'.repeat(25)])(
    'refuses the key %j, which is no file name of the layout',
    (key) => {
      expect(v.is(nameKeysSchema, { version: 2, keys: ['ok', key] })).toBe(false);
    },
  );

  it('refuses a chunk whose words and ids differ in length, saying so', () => {
    const chunk = { version: 2, words: ['villeneuve', 'vin'], ids: [[21, 15]] };
    expect(problems(namesChunkSchema, chunk)).toContain('words and ids differ in length');
    expect(v.is(namesChunkSchema, { ...chunk, ids: [[21, -15], [19]] })).toBe(false);
  });
});

describe('facetsSchema (builds/<build>/facets.json)', () => {
  it('accepts the sample’s, with its decades, countries, languages, services and kinds', () => {
    const facets = v.parse(facetsSchema, sampleBuild().read('facets.json'));
    expect(facets.countries).toContainEqual({ code: 'KR', label: 'South Korea', count: 4 });
    expect(facets.decades[0]).toEqual({ decade: 2020, count: expect.any(Number) });
    expect(facets.kinds.map((kind) => kind.kind)).toEqual(['subscription', 'rent', 'buy', 'free', 'cinema']);
    // The base the refusals below change one thing of is itself accepted.
    expect(
      problems(facetsSchema, { version: 2, decades: [], countries: [], languages: [], services: [], kinds: [] }),
    ).toBe('');
  });

  it.each([
    ['a country code in lower case', { countries: [{ code: 'kr', label: 'South Korea', count: 1 }] }],
    ['a language code of one letter', { languages: [{ code: 'k', label: 'Korean', count: 1 }] }],
    ['a service that is no slug', { services: [{ slug: 'Prime Video', label: 'Prime Video', count: 1 }] }],
    ['a way to watch that is none', { kinds: [{ kind: 'stream', count: 1 }] }],
  ])('refuses %s', (_, change) => {
    const facets = { version: 2, decades: [], countries: [], languages: [], services: [], kinds: [], ...change };
    expect(problems(facetsSchema, facets)).toMatch(/Invalid/);
  });
});
