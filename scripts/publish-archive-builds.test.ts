import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Review } from '../src/format/review-schema';
import { authoredReviews, listFiles, readJsonIn, temporaryFolder } from '../tests/review-fixtures';
import { buildArchive, publishArchive, writeArchive } from './lib/publish-archive';
import { readHashes, textHash } from './lib/published-hashes';

/** Builds: named by their contents, published whole, the previous one kept for readers who still hold it. */
const reviews = authoredReviews();
const folders: ReturnType<typeof temporaryFolder>[] = [];
function freshFolder() {
  const folder = temporaryFolder('builds');
  folders.push(folder);
  return folder.dir;
}
afterEach(() => folders.splice(0).forEach((folder) => folder.remove()));

const builds = (dir: string) => readdirSync(join(dir, 'builds')).sort();
const currentBuild = (dir: string) => (readJsonIn(dir, 'index.json') as { build: string }).build;
/** The reviews with one changed: a new headline for Ballerina. */
const withNewHeadline = (headline: string): Review[] =>
  reviews.map((review) => (review.slug === 'ballerina-2023' ? { ...review, headline } : review));

describe('the build a publish makes', () => {
  it('is named by its contents: the same reviews, in any order, give the same build and the same bytes', () => {
    const [first, second] = [freshFolder(), freshFolder()];
    const a = publishArchive(reviews, first);
    const b = publishArchive([...reviews].reverse(), second);
    expect(b.build).toBe(a.build);
    expect(a.build).toMatch(/^[0-9a-f]{16}$/);
    const files = listFiles(first);
    expect(listFiles(second)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
    expect(differing).toEqual([]);
  });

  it('changes when any review changes', () => {
    const dir = freshFolder();
    const before = publishArchive(reviews, dir).build;
    expect(publishArchive(withNewHeadline('A new headline'), freshFolder()).build).not.toBe(before);
    const fewer = reviews.filter((review) => review.slug !== 'jaws-1975');
    expect(publishArchive(fewer, freshFolder()).build).not.toBe(before);
  });

  it('is published again as it was: nothing new, nothing lost', () => {
    const dir = freshFolder();
    const { build } = publishArchive(reviews, dir);
    const files = listFiles(dir);
    expect(publishArchive(reviews, dir).build).toBe(build);
    expect(listFiles(dir)).toEqual(files);
    expect(builds(dir)).toEqual([build]);
  });
});

describe('publishing over a previous build', () => {
  it('makes a new build current and keeps the previous build folder whole', () => {
    const dir = freshFolder();
    const first = publishArchive(reviews, dir).build;
    const firstFiles = listFiles(join(dir, 'builds', first));
    const second = publishArchive(withNewHeadline('A second headline'), dir).build;

    expect(second).not.toBe(first);
    expect(currentBuild(dir)).toBe(second);
    expect(builds(dir)).toEqual([first, second].sort());
    // A reader whose tab still holds the first build can read every file of it.
    expect(listFiles(join(dir, 'builds', first))).toEqual(firstFiles);
    const card = (build: string) =>
      (
        readJsonIn(dir, `builds/${build}/pages/genres/action.json`) as { cards: { slug: string; headline: string }[] }
      ).cards.find((c) => c.slug === 'ballerina-2023')!.headline;
    expect(card(second)).toBe('A second headline');
    expect(card(first)).not.toBe('A second headline');
    // Reviews are not versioned: the current text is the one served.
    expect((readJsonIn(dir, 'reviews/ballerina-2023.json') as Review).headline).toBe('A second headline');
  });

  it('keeps only the current build and the one before it', () => {
    const dir = freshFolder();
    const published = ['One', 'Two', 'Three', 'Four'].map(
      (headline) => publishArchive(withNewHeadline(headline), dir).build,
    );
    expect(new Set(published).size).toBe(4);
    expect(builds(dir)).toEqual(published.slice(2).sort());
    expect(currentBuild(dir)).toBe(published[3]);
  });

  it('removes the files of a review (and of a person) no longer published, and leaves no staging folders', () => {
    const dir = freshFolder();
    publishArchive(reviews, dir);
    expect(existsSync(join(dir, 'people', 'tom-hooper.json'))).toBe(true);
    publishArchive(
      reviews.filter((review) => review.slug !== 'cats-2019'),
      dir,
    );
    expect(existsSync(join(dir, 'reviews', 'cats-2019.json'))).toBe(false);
    expect(existsSync(join(dir, 'reviews', 'ballerina-2023.json'))).toBe(true);
    // Cats was the only film of its director here: his page goes with it.
    expect(existsSync(join(dir, 'people', 'tom-hooper.json'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['builds', 'critics', 'index.json', 'lists', 'people', 'reviews']);
    expect(builds(dir).every((name) => /^[0-9a-f]{16}$/.test(name))).toBe(true);
  });

  it('publishes an empty archive as a valid, empty one', () => {
    const dir = freshFolder();
    const { build, total } = publishArchive([], dir);
    expect(total).toBe(0);
    expect(readJsonIn(dir, 'index.json')).toMatchObject({ version: 2, build, total: 0, genres: { action: 0 } });
    expect(readJsonIn(dir, `builds/${build}/pages/all.json`)).toEqual({ version: 2, total: 0, ids: [], cards: [] });
    expect(readJsonIn(dir, `builds/${build}/blocks/newest/0.json`)).toEqual({
      version: 2,
      genres: [],
      ratings: [],
      years: [],
      titles: [],
      countries: [],
      languages: [],
      watch: [],
    });
    expect(readJsonIn(dir, `builds/${build}/facets.json`)).toMatchObject({ decades: [], countries: [], services: [] });
    expect(readJsonIn(dir, `builds/${build}/names/keys.json`)).toEqual({ version: 2, keys: [] });
  });
});

describe('publishing into a build’s staging folder (inBuild)', () => {
  /** A staging folder: the API in api/, the build's hashes beside it, as scripts/build/site-steps.ts lays them out. */
  function staging() {
    const root = freshFolder();
    return { api: join(root, 'api'), hashes: join(root, '.vite', 'api-hashes.json') };
  }
  const publishInto = (folder: ReturnType<typeof staging>, published: readonly Review[]) =>
    writeArchive(buildArchive(published), folder.api, { inBuild: { hashes: folder.hashes } });

  it('keeps a hash of every file it published, and writes only what changed, the renamed build folder too', () => {
    const folder = staging();
    const first = publishInto(folder, reviews);
    expect(first.written).toBe(first.files);
    const kept = readHashes(folder.hashes);
    expect(kept.size).toBe(first.files);
    for (const [path, hash] of kept) expect(textHash(readFileSync(join(folder.api, path), 'utf8')), path).toBe(hash);
    expect(publishInto(folder, reviews).written).toBe(0);

    const edited = publishInto(folder, withNewHeadline('Edited, and published again'));
    // Its review, its card and the files that list it: a few, not the whole build folder written again.
    expect(edited.written).toBeGreaterThan(0);
    expect(edited.written).toBeLessThan(edited.files / 4);
    expect(builds(folder.api)).toEqual([edited.build]);
    expect(readHashes(folder.hashes).get('reviews/ballerina-2023.json')).toBe(
      textHash(readFileSync(join(folder.api, 'reviews', 'ballerina-2023.json'), 'utf8')),
    );
  });

  it('compares the bytes of a file its hashes do not vouch for, and writes a file gone since', () => {
    const folder = staging();
    publishInto(folder, reviews);
    rmSync(folder.hashes);
    rmSync(join(folder.api, 'reviews', 'jaws-1975.json'));
    // No hashes: every file read and compared; only the missing one written.
    expect(publishInto(folder, reviews).written).toBe(1);
    rmSync(join(folder.api, 'reviews', 'jaws-1975.json'));
    // With hashes that say it is the same: not trusted blindly when the file is not there.
    expect(publishInto(folder, reviews).written).toBe(1);
    expect(existsSync(join(folder.api, 'reviews', 'jaws-1975.json'))).toBe(true);
  });
});
