import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateReviews, loadFilms, writeGeneratedArchive } from '../../scripts/lib/generate-reviews';
import type { Review } from '../../src/format/review-schema';
import { archiveServer } from '../archive-server';
import { cardLinks, listed, listedSlugs, openFilters, reviewsLabel, showMore } from '../list-helpers';
import { server } from '../mocks/server';
import { renderApp } from '../render-app';
import { readJsonIn, temporaryFolder } from '../review-fixtures';

// The suite shares two cores with other files: give slow moments room.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

/**
 * The app on a large generated archive, as a reader sees it: 5,000 reviews,
 * published by the project's own publisher to a temporary folder and served
 * as a static host would. Every expected value is worked out here, with
 * plain array filters and sorts over the generated reviews, never with the
 * app's engine.
 */
const COUNT = 5_000;
const SEED = 1;
/** A genre with a few hundred reviews. */
const GENRE = 'crime';

let folder: ReturnType<typeof temporaryFolder>;
let archive: ReturnType<typeof archiveServer>;
let entry: { build: string; total: number; genres: Record<string, number> };
/** Every generated review, newest first (sorted here, not trusted from the archive's order). */
let reviews: Review[];

beforeAll(() => {
  const started = performance.now();
  const films = loadFilms();
  folder = temporaryFolder('large');
  const result = writeGeneratedArchive(folder.dir, { count: COUNT, seed: SEED, films });
  console.info(
    `Large archive: ${result.reviews} reviews, ${result.files} files in ${Math.round(performance.now() - started)} ms`,
  );
  reviews = generateReviews({ count: COUNT, seed: SEED, films }).reviews.sort(newestFirst);
  entry = readJsonIn(folder.dir, 'index.json') as typeof entry;
  archive = archiveServer(folder.dir);
}, 60_000);
afterAll(() => folder?.remove());
beforeEach(() => {
  server.use(archive.handler);
  archive.reset();
});

// ——— The expected values, worked out independently ———

/** Newest review first; on the same day, the slug in code-unit order. */
function newestFirst(a: Review, b: Review): number {
  return a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1;
}

const inGenre = (genre: string) => (review: Review) => (review.film.genres as string[]).includes(genre);

/** Lower case without accents: "Montalbán" → "montalban". */
const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every word of the query begins a word of the title, a director or a cast member. */
function matchesSearch(query: string) {
  const wanted = fold(query).split(/\s+/).filter(Boolean);
  return (review: Review) => {
    const { film } = review;
    const names = [film.title, ...film.directors, ...film.cast.map((member) => member.name)];
    const words = names.flatMap((name) => fold(name).split(/[^\p{L}\p{N}]+/u));
    return wanted.every((word) => words.some((candidate) => candidate.startsWith(word)));
  };
}

/** The count line above a list showing the first `shown` of `total`. */
const countLine = (total: number, shown = 24) =>
  total > shown ? `Showing ${shown} of ${reviewsLabel(total)}` : reviewsLabel(total);

/** "Science fiction" from "science-fiction". */
const genreName = (genre: string) => genre.charAt(0).toUpperCase() + genre.slice(1).replace('-', ' ');
const cardName = (review: Review) => `${review.film.title} (${review.film.year})`;
const slugs = (list: Review[]) => list.map((review) => review.slug);

/** A genre's checkbox in the filter panel, named with how many of the current results are in it. */
const genreCheckbox = (filters: ReturnType<typeof within>, genre: string, count: number) =>
  filters.findByRole('checkbox', { name: new RegExp(`^${genreName(genre)}\\s*\\(${count}\\)$`) });

describe('a large generated archive', () => {
  it('is published as 5,000 reviews in a build of five blocks per order', () => {
    expect(entry.total).toBe(COUNT);
    expect(new Set(slugs(reviews)).size).toBe(COUNT);
    for (const sort of ['newest', 'rating', 'title', 'year']) {
      expect(existsSync(join(folder.dir, 'builds', entry.build, 'blocks', sort, '4.json'))).toBe(true);
      expect(existsSync(join(folder.dir, 'builds', entry.build, 'blocks', sort, '5.json'))).toBe(false);
    }
  });

  it('shows the newest 24 of 5,000 on /, and 24 more on request', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    expect(await screen.findByText('Showing 24 of 5,000 reviews')).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(reviews.slice(0, 24))));
    // Each card is one link named by title and year, with its stars read as one phrase.
    const [newest] = reviews;
    const card = within(cardLinks()[0]!.closest('article')!);
    expect(card.getByRole('link', { name: cardName(newest!) })).toHaveAttribute('href', `/reviews/${newest!.slug}`);
    expect(card.getByRole('img', { name: `${newest!.rating} out of 5 stars` })).toBeInTheDocument();

    await showMore(user, router, 'Show 24 more');
    expect(await screen.findByText('Showing 48 of 5,000 reviews')).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(reviews.slice(0, 48))));
  });

  it('filters by genre and minimum rating, and counts each genre among the results', async () => {
    const user = userEvent.setup();
    renderApp(`/?genre=${GENRE}&rating=4`);
    const expected = reviews.filter((review) => inGenre(GENRE)(review) && review.rating >= 4);
    expect(expected.length).toBeGreaterThan(100);
    expect(await screen.findByText(countLine(expected.length))).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(expected.slice(0, 24))));

    const filters = await openFilters(user);
    expect(filters.getByLabelText('Minimum rating')).toHaveValue('4');
    expect(await genreCheckbox(filters, GENRE, expected.length)).toBeChecked();
    for (const genre of ['drama', 'thriller', 'mystery']) {
      const count = expected.filter(inGenre(genre)).length;
      expect(count).toBeGreaterThan(0);
      expect(await genreCheckbox(filters, genre, count)).not.toBeChecked();
    }
  });

  it('says "at least" while the rest of the index is on its way, then the exact count', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Every block but the first waits: the first page comes from block 0 alone.
    server.use(
      http.get('*/api/v2/builds/:build/blocks/:sort/:n', async ({ params }) => {
        if (params.n !== '0.json') await gate;
        return undefined;
      }),
    );
    renderApp(`/?genre=${GENRE}&rating=4`);
    const expected = reviews.filter((review) => inGenre(GENRE)(review) && review.rating >= 4);
    const inFirstBlock = expected.filter((review) => reviews.indexOf(review) < 1_024);
    expect(inFirstBlock.length).toBeGreaterThan(24);
    expect(await screen.findByText(`Showing 24 of at least ${reviewsLabel(inFirstBlock.length)}`)).toBeInTheDocument();
    expect(await screen.findByText(/counting the rest/)).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(expected.slice(0, 24))));

    release();
    expect(await screen.findByText(countLine(expected.length))).toBeInTheDocument();
    expect(screen.queryByText(/counting the rest/)).not.toBeInTheDocument();
    expect(listedSlugs()).toEqual(slugs(expected.slice(0, 24)));
  });

  it(`shows the ${GENRE} reviews on /genres/${GENRE}, with the genre's total`, async () => {
    const user = userEvent.setup();
    renderApp(`/genres/${GENRE}`);
    const expected = reviews.filter(inGenre(GENRE));
    expect(expected.length).toBeGreaterThan(200);
    expect(await screen.findByRole('heading', { level: 1, name: `${genreName(GENRE)} reviews` })).toBeInTheDocument();
    // The first screen, from the genre's own small page file.
    expect(await screen.findByText(countLine(expected.length))).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(expected.slice(0, 24))));
    expect(archive.requested(new RegExp(`/pages/genres/${GENRE}\\.json$`))).toHaveLength(1);

    // Once the whole index is in (the genre counts appear), the total and the list are unchanged.
    const filters = await openFilters(user);
    expect(await genreCheckbox(filters, 'drama', expected.filter(inGenre('drama')).length)).not.toBeChecked();
    expect(screen.getByText(countLine(expected.length))).toBeInTheDocument();
    expect(listedSlugs()).toEqual(slugs(expected.slice(0, 24)));
  });

  it('shows the reviews rated 3 or 3½ on /ratings/3, with their total', async () => {
    const user = userEvent.setup();
    renderApp('/ratings/3');
    const expected = reviews.filter((review) => review.rating >= 3 && review.rating < 4);
    expect(expected.length).toBeGreaterThan(1_000);
    expect(await screen.findByRole('heading', { level: 1, name: '3-star reviews' })).toBeInTheDocument();
    expect(await screen.findByText(countLine(expected.length))).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(expected.slice(0, 24))));

    const filters = await openFilters(user);
    expect(await genreCheckbox(filters, GENRE, expected.filter(inGenre(GENRE)).length)).not.toBeChecked();
    expect(screen.getByText(countLine(expected.length))).toBeInTheDocument();
  });

  it('finds every review with a cast member, whatever the case and accents, and needs every word', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?q=BARRYMORE');
    const barrymore = reviews.filter(matchesSearch('barrymore'));
    expect(barrymore.length).toBeGreaterThan(24);
    expect(await screen.findByText(countLine(barrymore.length))).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(barrymore.slice(0, 24))));

    const search = await screen.findByLabelText('Search');
    await user.clear(search);
    await user.paste('montalban');
    await waitFor(() => expect(router.state.location.search).toBe('?q=montalban'));
    const montalban = reviews.filter(matchesSearch('montalban'));
    // Listed as "Ricardo Montalbán": the search folds the accent away.
    expect(montalban.length).toBeGreaterThan(3);
    expect(montalban.every((review) => review.film.cast.some((member) => member.name.includes('Montalbán')))).toBe(
      true,
    );
    expect(await screen.findByText(countLine(montalban.length))).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(montalban)));

    await user.clear(search);
    await user.paste('Lionel Barrymore');
    const lionel = reviews.filter(matchesSearch('lionel barrymore'));
    expect(lionel.length).toBeGreaterThan(3);
    expect(lionel.length).toBeLessThan(barrymore.length);
    expect(await screen.findByText(countLine(lionel.length))).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(lionel.slice(0, 24))));
  });

  it('sorts by title, A to Z, the newer film first on the same title', async () => {
    renderApp('/?sort=title');
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
    // A stable sort over the newest-first list: reviews equal in title and year stay newest first.
    const expected = [...reviews].sort(
      (a, b) => collator.compare(a.film.title, b.film.title) || b.film.year - a.film.year,
    );
    expect(await screen.findByText(countLine(COUNT))).toBeInTheDocument();
    await waitFor(() => expect(listed()).toEqual(expected.slice(0, 24).map(cardName)));
  });

  it('draws every list from memory once the list data is in: filter, sort and search changes make no request', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    const nameKeys = (readJsonIn(folder.dir, `builds/${entry.build}/names/keys.json`) as { keys: string[] }).keys;
    // In the background after the first page: the index, every card chunk, then every chunk of the name search.
    await waitFor(() => expect(archive.requested(/\/card-chunks\//)).toHaveLength(Math.ceil(COUNT / 256)), {
      timeout: 20_000,
    });
    await waitFor(() => expect(archive.requested(/\/names\/(?!keys)/)).toHaveLength(nameKeys.length), {
      timeout: 20_000,
    });
    archive.reset();

    const filters = await openFilters(user);
    await user.selectOptions(filters.getByLabelText('Sort by'), 'title');
    await user.click(await genreCheckbox(filters, GENRE, reviews.filter(inGenre(GENRE)).length));
    await waitFor(() => expect(router.state.location.search).toBe(`?genre=${GENRE}&sort=title`));
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
    const byTitle = reviews
      .filter(inGenre(GENRE))
      .sort((a, b) => collator.compare(a.film.title, b.film.title) || b.film.year - a.film.year);
    await waitFor(() => expect(listed()).toEqual(byTitle.slice(0, 24).map(cardName)));

    await user.type(await screen.findByLabelText('Search'), 'barry');
    const found = byTitle.filter(matchesSearch('barry'));
    expect(found.length).toBeGreaterThan(0);
    await waitFor(() => expect(listed()).toEqual(found.slice(0, 24).map(cardName)));
    expect(archive.requested(/./)).toEqual([]);
  });

  it('lists every genre on /genres with its total from the entry', async () => {
    renderApp('/genres');
    expect(await screen.findByRole('heading', { level: 1, name: 'Genres' })).toBeInTheDocument();
    const counts: Record<string, number> = {};
    for (const review of reviews) for (const genre of review.film.genres) counts[genre] = (counts[genre] ?? 0) + 1;
    // The entry's totals are the true ones, with 0 for genres nobody reviewed.
    expect(Object.fromEntries(Object.entries(entry.genres).filter(([, total]) => total > 0))).toEqual(counts);

    const main = within(screen.getByRole('main'));
    const named = (genre: string) => new RegExp(`^${genreName(genre)}\\s*${reviewsLabel(counts[genre]!)}$`);
    expect(await main.findByRole('link', { name: named(GENRE) })).toHaveAttribute('href', `/genres/${GENRE}`);
    for (const genre of Object.keys(counts))
      expect(main.getByRole('link', { name: named(genre) })).toHaveAttribute('href', `/genres/${genre}`);
    // Those are all the genres it lists: one link each.
    const genreLinks = main.getAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/genres/'));
    expect(genreLinks).toHaveLength(Object.keys(counts).length);
  });
});
