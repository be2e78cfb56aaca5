import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { readApiFile } from '../mocks/handlers';
import { server } from '../mocks/server';
import { renderApp } from '../render-app';
import { cardName, newestFirst, sampleReviews, type SampleReview } from '../sample-content';

// The suite shares two cores with other files: give slow moments room.
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

const reviews = sampleReviews();
const named = (predicate: (review: SampleReview) => boolean) =>
  reviews.filter(predicate).sort(newestFirst).map(cardName);
const everything = named(() => true);

/**
 * The reviews listed, by the names of their links, in the order shown. A plain DOM query rather
 * than a role query: it runs on every poll of waitFor, and role queries over a whole page are slow.
 */
function listed(): string[] {
  return [...document.querySelectorAll('main a[href^="/reviews/"]')].map((link) => link.textContent ?? '');
}

/** Waits for the list to show these reviews, in this order. */
async function expectListed(names: string[]) {
  await waitFor(() => expect(listed()).toEqual(names));
}

/** The card of one listed review, to query inside it. */
function card(name: string) {
  const link = [...document.querySelectorAll('main a[href^="/reviews/"]')].find((a) => a.textContent === name);
  if (!link) throw new Error(`"${name}" is not listed; the list is: ${listed().join(', ')}`);
  return within(link.closest('article')!);
}

/** The filters fold behind "Filters" on a phone: the reader unfolds them first. */
async function openFilters(user: ReturnType<typeof userEvent.setup>) {
  const toggle = screen.getByRole('button', { name: /^Filters/ });
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return within(screen.getByRole('region', { name: 'Filter and sort' }));
}

describe('the latest reviews, /', () => {
  it('lists the newest reviews as links named by title and year, with their stars', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Latest reviews');
    await expectListed(everything.slice(0, 24));
    expect(card('Ballerina (2023)').getByRole('link', { name: 'Ballerina (2023)' })).toHaveAttribute(
      'href',
      '/reviews/ballerina-2023',
    );
    expect(card('Ballerina (2023)').getByRole('img', { name: '4 out of 5 stars' })).toBeInTheDocument();
    expect(card('Ballerina (2023)').getByText(/neon-lit revenge thriller/)).toBeInTheDocument();
    expect(card('Mad Max: Fury Road (2015)').getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument();
    expect(card('Amélie (2001)').getByRole('img', { name: '3.5 out of 5 stars' })).toBeInTheDocument();
    expect(document.title).toContain('Latest reviews');
  });

  it('says how many there are, and shows the rest on request', async () => {
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findByText(`Showing 24 of ${reviews.length} reviews`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Show ${reviews.length - 24} more` }));
    await expectListed(everything);
    expect(screen.getByText(`${reviews.length} reviews`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();
  });

  it('shows only the reviews the URL asks for, and how many', async () => {
    renderApp('/?genre=action&rating=4');
    const expected = named((review) => review.film.genres.includes('action') && review.rating >= 4);
    expect(expected).toHaveLength(6);
    await expectListed(expected);
    expect(screen.getByText('6 reviews')).toBeInTheDocument();
  });

  it('filters by the minimum rating the reader chooses, and puts it in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await expectListed(everything.slice(0, 24));
    const filters = await openFilters(user);
    await user.selectOptions(filters.getByLabelText('Minimum rating'), '4.5 stars or more');
    await waitFor(() => expect(router.state.location.search).toBe('?rating=4.5'));
    const expected = named((review) => review.rating >= 4.5);
    await expectListed(expected);
    // Read by label, not role, to keep the loop fast: the first test checks the stars are an image.
    for (const name of expected) expect(card(name).getByLabelText(/^(4\.5|5) out of 5 stars$/)).toBeInTheDocument();
  });

  it('needs every genre the reader ticks, and puts them in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await expectListed(everything.slice(0, 24));
    const filters = await openFilters(user);

    await user.click(filters.getByLabelText(/^War/));
    await waitFor(() => expect(router.state.location.search).toBe('?genre=war'));
    await expectListed(named((review) => review.film.genres.includes('war')));
    expect(filters.getByLabelText(/^War/)).toBeChecked();

    await user.click(filters.getByLabelText(/^Action/));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).getAll('genre').sort()).toEqual(['action', 'war']),
    );
    expect(await screen.findByRole('heading', { name: 'No reviews match these filters' })).toBeInTheDocument();
    expect(listed()).toEqual([]);
  });

  it('shows beside each genre how many reviews ticking it would leave', async () => {
    const user = userEvent.setup();
    renderApp('/?genre=war');
    await expectListed(named((review) => review.film.genres.includes('war')));
    const filters = await openFilters(user);
    // 1917 and Come and See are both war dramas, and neither is a comedy.
    expect(filters.getByRole('checkbox', { name: /^Drama\s*\(2\)$/ })).not.toBeChecked();
    expect(filters.getByRole('checkbox', { name: /^Comedy\s*\(0\)$/ })).not.toBeChecked();
  });

  it('sorts as the reader chooses', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?genre=action');
    await expectListed(named((review) => review.film.genres.includes('action')));
    const filters = await openFilters(user);
    await user.selectOptions(filters.getByLabelText('Sort by'), 'Highest rated');
    await waitFor(() => expect(router.state.location.search).toBe('?genre=action&sort=rating'));
    const byRating = reviews
      .filter((review) => review.film.genres.includes('action'))
      .sort((a, b) => b.rating - a.rating || newestFirst(a, b))
      .map(cardName);
    await expectListed(byRating);
  });

  it('finds reviews by director, title or cast from the search box', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await expectListed(everything.slice(0, 24));
    const search = screen.getByLabelText('Search');
    await user.click(search);
    await user.paste('villeneuve');
    await expectListed(['Blade Runner 2049 (2017)', 'Arrival (2016)']);
    expect(router.state.location.search).toBe('?q=villeneuve');

    await user.clear(search);
    await user.paste('AMELIE');
    await expectListed(['Amélie (2001)']);
    await user.clear(search);
    await user.paste('keanu');
    await expectListed(['John Wick (2014)']);
  });

  it('keeps every character when the reader types quickly', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await expectListed(everything.slice(0, 24));
    await user.type(screen.getByLabelText('Search'), 'villeneuve');
    await waitFor(() => expect(router.state.location.search).toBe('?q=villeneuve'));
    expect(screen.getByLabelText('Search')).toHaveValue('villeneuve');
    await expectListed(['Blade Runner 2049 (2017)', 'Arrival (2016)']);
  });

  it('offers to clear the filters when nothing matches, and clearing restores the list', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?q=no+film+has+this+name&genre=western');
    expect(await screen.findByRole('heading', { name: 'No reviews match these filters' })).toBeInTheDocument();
    expect(listed()).toEqual([]);
    expect(screen.getByLabelText('Search')).toHaveValue('no film has this name');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await expectListed(everything.slice(0, 24));
    expect(screen.getByLabelText('Search')).toHaveValue('');
    expect(screen.queryByRole('heading', { name: 'No reviews match these filters' })).not.toBeInTheDocument();
  });

  it('shows an error with a Retry that works once the server recovers', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/api/v1/catalog/index.json', () => new HttpResponse('Server error', { status: 500 })));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/couldn’t load the reviews/i);
    expect(listed()).toEqual([]);

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectListed(everything.slice(0, 24));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('leaves out a broken catalogue entry, says so, and shows the rest', async () => {
    const shard = readApiFile('catalog/shards/0.json') as { entries: { slug: string }[] };
    const entries = shard.entries.map((entry) => (entry.slug === 'taken-2008' ? { ...entry, rating: 'seven' } : entry));
    server.use(http.get('*/api/v1/catalog/shards/0.json', () => HttpResponse.json({ ...shard, entries })));
    renderApp('/?genre=action');
    await expectListed(named((review) => review.film.genres.includes('action') && review.slug !== 'taken-2008'));
    expect(screen.getByText(/1 review could not be shown/)).toBeInTheDocument();
  });
});

describe('a genre page, /genres/:genre', () => {
  it('lists the reviews of one genre', async () => {
    renderApp('/genres/thriller');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thriller reviews' })).toBeInTheDocument();
    await expectListed(named((review) => review.film.genres.includes('thriller')));
  });

  it('understands a genre written in capitals or with a space', async () => {
    const { router } = renderApp('/genres/Science%20Fiction');
    expect(await screen.findByRole('heading', { level: 1, name: 'Science fiction reviews' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/genres/science-fiction');
  });
});

describe('a star-rating page, /ratings/:stars', () => {
  it('lists the 4-star reviews, 4½ included, and nothing else', async () => {
    renderApp('/ratings/4');
    expect(await screen.findByRole('heading', { level: 1, name: '4-star reviews' })).toBeInTheDocument();
    await expectListed(named((review) => review.rating === 4 || review.rating === 4.5));
    expect(card('Ballerina (2023)').getByRole('img', { name: '4 out of 5 stars' })).toBeInTheDocument();
    expect(card('Arrival (2016)').getByRole('img', { name: '4.5 out of 5 stars' })).toBeInTheDocument();
  });

  it('sends /ratings/4.5 to the 4-star page', async () => {
    const { router } = renderApp('/ratings/4.5');
    expect(await screen.findByRole('heading', { level: 1, name: '4-star reviews' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/ratings/4');
  });
});
