import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiInFolder, apiInMemory, listPages, PRERENDER_ALL_PEOPLE, type PageSpec } from './pages';
import { readContent } from '../content/read-content';
import { CONTENT_DIR } from '../lib/project-paths';
import { writeArchive } from '../lib/publish-archive';
import { readSiteReviews, siteReviewsOf, type SiteReview } from './site-reviews';

/** A review naming these directors and cast, each with the page the publisher gave them. */
function review(slug: string, directors: string[], cast: string[]): SiteReview {
  const people = Object.fromEntries(
    [...directors, ...cast].map((name) => [name, name.toLowerCase().replace(/ /g, '-')]),
  );
  return {
    slug,
    headline: 'Headline',
    standfirst: 'Standfirst',
    rating: 3,
    published: '2024-01-02',
    updated: undefined,
    author: { name: 'Ada', slug: 'ada' },
    spoilers: false,
    film: { title: 'Film', year: 2024, genres: ['drama'], directors, cast, people },
  };
}

let api: string;
beforeEach(() => {
  api = mkdtempSync(join(tmpdir(), 'pages-'));
  mkdirSync(join(api, 'reviews'));
  mkdirSync(join(api, 'critics'));
  mkdirSync(join(api, 'lists'));
  const critic = { slug: 'ada', name: 'Ada', standfirst: 'A critic.', total: 3 };
  writeFileSync(join(api, 'critics', 'index.json'), JSON.stringify({ version: 2, critics: [critic] }));
  const list = { slug: 'best', title: 'The best', standfirst: 'Good.', critic, published: '2024-01-02', count: 2 };
  writeFileSync(join(api, 'lists', 'index.json'), JSON.stringify({ version: 2, lists: [list] }));
});
afterEach(() => rmSync(api, { recursive: true, force: true }));

const people = (pages: PageSpec[]) => pages.filter((page) => page.chunk === 'person');

describe('listPages: the pages about people, critics and lists', () => {
  it('lists the critics and lists, each with its share card, and every person on a small site', () => {
    const pages = listPages(apiInFolder(api), [
      review('a-2020', ['Lee Chung-hyun'], ['Jeon Jong-seo']),
      review('b-2021', ['Lee Chung-hyun'], []),
    ]);
    expect(
      pages.filter((page) => page.card && page.chunk !== 'person').map((page) => [page.path, page.card?.kicker]),
    ).toEqual([
      ['/critics/ada', 'Critic'],
      ['/lists/best', 'A list by Ada'],
    ]);
    expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['/critics', '/lists']));
    // Most reviews first; the kicker says what each did.
    expect(people(pages).map((page) => [page.path, page.card?.kicker, page.card?.line])).toEqual([
      ['/people/lee-chung-hyun', 'Director', '2 reviewed films'],
      ['/people/jeon-jong-seo', 'Cast', '1 reviewed film'],
    ]);
  });

  it(`counts a person once per review, directing and acting in it alike`, () => {
    const [page] = people(listPages(apiInFolder(api), [review('a-2020', ['Clint Eastwood'], ['Clint Eastwood'])]));
    expect(page?.card).toMatchObject({ kicker: 'Director and cast', line: '1 reviewed film' });
  });

  it(`past ${PRERENDER_ALL_PEOPLE.toLocaleString('en-GB')} people, prerenders only those named in two reviews or more`, () => {
    const crowd = Array.from({ length: PRERENDER_ALL_PEOPLE }, (_, index) => `Extra ${index}`);
    const pages = people(
      listPages(apiInFolder(api), [review('a-2020', ['Ann Lee'], crowd), review('b-2021', ['Ann Lee'], ['Bo Kim'])]),
    );
    expect(pages.map((page) => page.path)).toEqual(['/people/ann-lee']);
  });
});

describe('the published API in memory (a build) and in a folder (a finished one)', () => {
  it('give the same reviews and the same pages', async () => {
    const content = await readContent(CONTENT_DIR);
    const folder = mkdtempSync(join(tmpdir(), 'pages-api-'));
    try {
      writeArchive(content.archive, folder);
      const fromMemory = siteReviewsOf(content.archive.reviews);
      const fromFolder = readSiteReviews(folder);
      expect(fromMemory.map((review) => review.slug)).toEqual(fromFolder.map((review) => review.slug));
      expect(fromMemory).toEqual(JSON.parse(JSON.stringify(fromFolder)));
      expect(listPages(apiInMemory(content.archive), fromMemory)).toEqual(listPages(apiInFolder(folder), fromFolder));
      expect(listPages(apiInMemory(content.archive), fromMemory).length).toBeGreaterThan(content.reviews.length);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
