import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateReviews } from '../../scripts/lib/generate-catalog';
import { publishApi } from '../../scripts/lib/publish-api';
import { server } from '../mocks/server';
import { renderApp } from '../render-app';

// The suite shares two cores with other files: give slow moments room.
configure({ asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 15_000 });

/**
 * The app on a large generated catalogue, as a reader sees it: 5,000 reviews in three shards,
 * published by the project's own publisher and served as a static host would. Every expected
 * value is worked out here, with plain array filters and sorts over the published entries,
 * never with the app's Catalog.
 */
const COUNT = 5_000;
const SEED = 1;
/** A genre with a few hundred reviews. */
const GENRE = 'crime';

/** A catalogue entry as published in catalog/shards/N.json: only what these tests read. */
interface Entry {
  slug: string;
  rating: number;
  published: string;
  film: { title: string; year: number; genres: string[]; directors: string[]; cast: string[] };
}

interface IndexDocument {
  total: number;
  shards: string[];
  genres: Record<string, number>;
}

let apiDir: string;
let index: IndexDocument;
/** Every published entry, newest first (sorted here, not trusted from the shards' order). */
let entries: Entry[];
let generatedSlugs: string[];

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(apiDir, path), 'utf8'));

beforeAll(() => {
  const started = performance.now();
  const { reviews } = generateReviews({ count: COUNT, seed: SEED });
  const generatedMs = performance.now() - started;
  apiDir = mkdtempSync(join(tmpdir(), 'reel-notes-large-'));
  publishApi(reviews, apiDir);
  console.info(
    `Large catalogue: ${reviews.length} reviews generated in ${Math.round(generatedMs)} ms, ` +
      `published in ${Math.round(performance.now() - started - generatedMs)} ms`,
  );
  generatedSlugs = reviews.map((review) => review.slug);
  index = readJson('catalog/index.json') as IndexDocument;
  entries = index.shards.flatMap((path) => (readJson(path) as { entries: Entry[] }).entries).sort(newestFirst);
}, 60_000);

afterAll(() => {
  if (apiDir) rmSync(apiDir, { recursive: true, force: true });
});

/** Serves the generated catalogue as a static host would: its JSON files, and a JSON 404 for anything missing. */
beforeEach(() => {
  server.use(
    http.get('*/api/v1/*', ({ request }) => {
      const path = decodeURIComponent(new URL(request.url).pathname.replace(/^.*?\/api\/v1\//, ''));
      const file = resolve(apiDir, path);
      if (!file.startsWith(apiDir + sep) || !existsSync(file) || !statSync(file).isFile())
        return HttpResponse.json({ error: 'not found' }, { status: 404 });
      return new HttpResponse(readFileSync(file, 'utf8'), { headers: { 'Content-Type': 'application/json' } });
    }),
  );
});

// ——— The expected values, worked out independently ———

/** Newest review first; on the same day, the slug in code-unit order. */
function newestFirst(a: Entry, b: Entry): number {
  return a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1;
}

const inGenre = (genre: string) => (entry: Entry) => entry.film.genres.includes(genre);

/** Lower case without accents: "Montalbán" → "montalban". */
const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every word of the query is somewhere in the title, a director or a cast name. */
function matchesSearch(query: string) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return (entry: Entry) => {
    const fields = [entry.film.title, ...entry.film.directors, ...entry.film.cast].map(fold);
    return words.every((word) => fields.some((field) => field.includes(word)));
  };
}

/** 5000 → "5,000", written out rather than through Intl, as the en-GB reader reads it. */
const thousands = (count: number) => String(count).replace(/\B(?=(\d{3})+$)/g, ',');
const reviewsLabel = (count: number) => `${thousands(count)} review${count === 1 ? '' : 's'}`;

/** The count line above a list showing the first `shown` of `total`. */
const countLine = (total: number, shown = 24) =>
  total > shown ? `Showing ${shown} of ${reviewsLabel(total)}` : reviewsLabel(total);

/** "Science fiction" from "science-fiction". */
const genreName = (genre: string) => genre.charAt(0).toUpperCase() + genre.slice(1).replace('-', ' ');

const cardName = (entry: Entry) => `${entry.film.title} (${entry.film.year})`;
const slugs = (list: Entry[]) => list.map((entry) => entry.slug);

// ——— What the page shows ———

/**
 * The cards listed, in order: a plain DOM query rather than a role query, since it runs on every
 * poll of waitFor and role queries over a page of cards are slow.
 */
function cardLinks(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/reviews/"]')];
}
const listedSlugs = () => cardLinks().map((link) => link.getAttribute('href')!.slice('/reviews/'.length));
const listedNames = () => cardLinks().map((link) => link.textContent ?? '');

/** The filters fold behind "Filters" on a narrow screen: the reader unfolds them first. */
async function openFilters(user: ReturnType<typeof userEvent.setup>) {
  const toggle = screen.getByRole('button', { name: /^Filters/ });
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return within(screen.getByRole('region', { name: 'Filter and sort' }));
}

/** A genre's checkbox in the filter panel, named with how many of the current results are in it. */
const genreCheckbox = (filters: ReturnType<typeof within>, genre: string, count: number) =>
  filters.findByRole('checkbox', { name: new RegExp(`^${genreName(genre)}\\s*\\(${count}\\)$`) });

describe('a large generated catalogue', () => {
  it('is published as 5,000 entries in three shards', () => {
    expect(index.total).toBe(COUNT);
    expect(index.shards).toEqual(['catalog/shards/0.json', 'catalog/shards/1.json', 'catalog/shards/2.json']);
    expect(slugs(entries).sort()).toEqual([...generatedSlugs].sort());
    expect(new Set(slugs(entries)).size).toBe(COUNT);
  });

  it('shows the newest 24 of 5,000 on /, and 24 more on request', async () => {
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findByText('Showing 24 of 5,000 reviews')).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(entries.slice(0, 24))));
    // Each card is one link named by title and year, with its stars read as one phrase.
    const [newest] = entries;
    const card = within(cardLinks()[0]!.closest('article')!);
    expect(card.getByRole('link', { name: cardName(newest!) })).toHaveAttribute('href', `/reviews/${newest!.slug}`);
    expect(card.getByRole('img', { name: `${newest!.rating} out of 5 stars` })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show 24 more' }));
    expect(await screen.findByText('Showing 48 of 5,000 reviews')).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toHaveLength(48));
    expect(listedSlugs().slice(24)).toEqual(slugs(entries.slice(24, 48)));
    expect(listedSlugs().slice(0, 24)).toEqual(slugs(entries.slice(0, 24)));
  });

  it('filters by genre and minimum rating, and counts each genre among the results', async () => {
    const user = userEvent.setup();
    renderApp(`/?genre=${GENRE}&rating=4`);
    const expected = entries.filter((entry) => inGenre(GENRE)(entry) && entry.rating >= 4);
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

  it(`shows the ${GENRE} reviews on /genres/${GENRE}, with the genre's total`, async () => {
    const user = userEvent.setup();
    renderApp(`/genres/${GENRE}`);
    const expected = entries.filter(inGenre(GENRE));
    expect(expected.length).toBeGreaterThan(200);
    expect(await screen.findByRole('heading', { level: 1, name: `${genreName(GENRE)} reviews` })).toBeInTheDocument();
    // The first screen, from the genre's own small file.
    expect(await screen.findByText(countLine(expected.length))).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(expected.slice(0, 24))));

    // Once the whole catalogue is in (the genre counts appear), the total and the list are unchanged.
    const filters = await openFilters(user);
    expect(await genreCheckbox(filters, 'drama', expected.filter(inGenre('drama')).length)).not.toBeChecked();
    expect(screen.getByText(countLine(expected.length))).toBeInTheDocument();
    expect(listedSlugs()).toEqual(slugs(expected.slice(0, 24)));
  });

  it('shows the reviews rated 3 or 3½ on /ratings/3, with their total', async () => {
    const user = userEvent.setup();
    renderApp('/ratings/3');
    const expected = entries.filter((entry) => entry.rating >= 3 && entry.rating < 4);
    expect(expected.length).toBeGreaterThan(1_000);
    expect(await screen.findByRole('heading', { level: 1, name: '3-star reviews' })).toBeInTheDocument();
    expect(await screen.findByText(countLine(expected.length))).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(expected.slice(0, 24))));

    const filters = await openFilters(user);
    expect(await genreCheckbox(filters, GENRE, expected.filter(inGenre(GENRE)).length)).not.toBeChecked();
    expect(screen.getByText(countLine(expected.length))).toBeInTheDocument();
    expect(listedSlugs()).toEqual(slugs(expected.slice(0, 24)));
  });

  it('finds every review with a cast member, whatever the case and accents, and needs every word', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?q=BARRYMORE');
    const barrymore = entries.filter(matchesSearch('barrymore'));
    expect(barrymore.length).toBeGreaterThan(24);
    expect(await screen.findByText(countLine(barrymore.length))).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(barrymore.slice(0, 24))));

    const search = screen.getByLabelText('Search');
    await user.clear(search);
    await user.paste('montalban');
    await waitFor(() => expect(router.state.location.search).toBe('?q=montalban'));
    const montalban = entries.filter(matchesSearch('montalban'));
    // Listed as "Ricardo Montalbán": the search folds the accent away.
    expect(montalban.length).toBeGreaterThan(3);
    expect(montalban.every((entry) => entry.film.cast.some((name) => name.includes('Montalbán')))).toBe(true);
    expect(await screen.findByText(countLine(montalban.length))).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(montalban)));

    await user.clear(search);
    await user.paste('Lionel Barrymore');
    const lionel = entries.filter(matchesSearch('lionel barrymore'));
    expect(lionel.length).toBeGreaterThan(3);
    expect(lionel.length).toBeLessThan(barrymore.length);
    expect(await screen.findByText(countLine(lionel.length))).toBeInTheDocument();
    await waitFor(() => expect(listedSlugs()).toEqual(slugs(lionel.slice(0, 24))));
  });

  it('sorts by title, A to Z, the newer film first on the same title', async () => {
    renderApp('/?sort=title');
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
    // A stable sort over the newest-first list: entries equal in title and year stay newest first.
    const expected = [...entries].sort(
      (a, b) => collator.compare(a.film.title, b.film.title) || b.film.year - a.film.year,
    );
    expect(await screen.findByText(countLine(COUNT))).toBeInTheDocument();
    await waitFor(() => expect(listedNames()).toEqual(expected.slice(0, 24).map(cardName)));
  });

  it('lists every genre on /genres with its total from the catalogue index', async () => {
    renderApp('/genres');
    expect(await screen.findByRole('heading', { level: 1, name: 'Genres' })).toBeInTheDocument();
    // The index's totals are the true ones.
    const counts: Record<string, number> = {};
    for (const entry of entries) for (const genre of entry.film.genres) counts[genre] = (counts[genre] ?? 0) + 1;
    expect(index.genres).toEqual(counts);

    const main = within(screen.getByRole('main'));
    const named = (genre: string) => new RegExp(`^${genreName(genre)}\\s*${reviewsLabel(index.genres[genre]!)}$`);
    expect(await main.findByRole('link', { name: named(GENRE) })).toHaveAttribute('href', `/genres/${GENRE}`);
    for (const genre of Object.keys(index.genres))
      expect(main.getByRole('link', { name: named(genre) })).toHaveAttribute('href', `/genres/${genre}`);
    // Those are all the genres it lists: one link each.
    const genreLinks = main.getAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/genres/'));
    expect(genreLinks).toHaveLength(Object.keys(index.genres).length);
  });
});
