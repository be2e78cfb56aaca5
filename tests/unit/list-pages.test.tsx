import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { card, expectListed, listed, openFilters, showMore } from '../list-helpers';
import { renderApp } from '../render-app';
import { cardName, newestFirst, sampleReviews, type SampleReview } from '../sample-content';

// The suite shares two cores with other files, and each page's code loads on first use: give slow moments room.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const reviews = sampleReviews();
const named = (predicate: (review: SampleReview) => boolean) =>
  reviews.filter(predicate).sort(newestFirst).map(cardName);
const everything = named(() => true);
const inGenre = (genre: string) => (review: SampleReview) => (review.film.genres as string[]).includes(genre);

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
    expect(card('Ballerina (2023)').getByText('Action, Thriller')).toBeInTheDocument();
    expect(card('Ballerina (2023)').getByText('9 October 2023')).toBeInTheDocument();
    expect(card('Mad Max: Fury Road (2015)').getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument();
    expect(card('Amélie (2001)').getByRole('img', { name: '3.5 out of 5 stars' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toContain('Latest reviews'));
  });

  it('says how many there are, and shows the rest on request', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    expect(await screen.findByText(`Showing 24 of ${reviews.length} reviews`)).toBeInTheDocument();
    await showMore(user, router, `Show ${reviews.length - 24} more`);
    await expectListed(everything);
    expect(screen.getByText(`${reviews.length} reviews`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();
    // Focus moves to the first new review, as if the reader had scrolled to it.
    await waitFor(() => expect(document.activeElement).toHaveTextContent(everything[24]!));
  });

  it('shows only the reviews the URL asks for, and how many', async () => {
    renderApp('/?genre=action&rating=4');
    const expected = named((review) => inGenre('action')(review) && review.rating >= 4);
    expect(expected).toHaveLength(6);
    await expectListed(expected);
    expect(screen.getByText('6 reviews')).toBeInTheDocument();
  });

  it('shows beside each genre how many reviews ticking it would leave', async () => {
    const user = userEvent.setup();
    renderApp('/?genre=war');
    await expectListed(named(inGenre('war')));
    const filters = await openFilters(user);
    // 1917 and Come and See are both war dramas, and neither is a comedy.
    expect(await filters.findByRole('checkbox', { name: /^Drama\s*\(2\)$/ })).not.toBeChecked();
    expect(filters.getByRole('checkbox', { name: /^Comedy\s*\(0\)$/ })).not.toBeChecked();
    expect(filters.getByRole('checkbox', { name: /^War\s*\(2\)$/ })).toBeChecked();
  });
});

describe('a genre page, /genres/:genre', () => {
  it('lists the reviews of one genre, with its count and a way back to the genres', async () => {
    renderApp('/genres/thriller');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thriller reviews' })).toBeInTheDocument();
    const thrillers = named(inGenre('thriller'));
    await expectListed(thrillers);
    expect(screen.getByText(`${thrillers.length} reviews`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All genres' })).toHaveAttribute('href', '/genres');
    await waitFor(() => expect(document.title).toContain('Thriller reviews'));
  });

  it('filters within the genre, and does not offer the genre itself as a filter', async () => {
    const user = userEvent.setup();
    renderApp('/genres/action?genre=crime');
    const both = named((review) => inGenre('action')(review) && inGenre('crime')(review));
    expect(new Set(both)).toEqual(
      new Set(['Fast X (2023)', 'John Wick (2014)', 'The Raid (2011)', 'Hard Boiled (1992)']),
    );
    await expectListed(both);
    const filters = await openFilters(user);
    expect(filters.getByRole('group', { name: 'Also in genres' })).toBeInTheDocument();
    expect(filters.queryByRole('checkbox', { name: /^Action/ })).not.toBeInTheDocument();
    expect(filters.getByRole('checkbox', { name: /^Crime/ })).toBeChecked();
  });

  it('shows a genre nobody has reviewed yet as an empty page with ways out, not as a missing page', async () => {
    renderApp('/genres/noir');
    expect(await screen.findByRole('heading', { level: 1, name: 'Noir reviews' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No reviews here yet' })).toBeInTheDocument();
    const main = within(screen.getByRole('main'));
    expect(main.getByText('0 reviews')).toBeInTheDocument();
    expect(main.getByText(/Nothing has been reviewed in this genre yet/)).toBeInTheDocument();
    expect(main.getByRole('link', { name: 'See the genres that have reviews' })).toHaveAttribute('href', '/genres');
    expect(main.getByRole('link', { name: 'the latest reviews' })).toHaveAttribute('href', '/');
    expect(main.queryByText(/may have moved|couldn’t find/i)).not.toBeInTheDocument();
    expect(listed()).toEqual([]);
  });
});

describe('a star-rating page, /ratings/:stars', () => {
  it('lists the 4-star reviews, 4½ included, and nothing else', async () => {
    renderApp('/ratings/4');
    expect(await screen.findByRole('heading', { level: 1, name: '4-star reviews' })).toBeInTheDocument();
    const fours = named((review) => review.rating === 4 || review.rating === 4.5);
    await expectListed(fours);
    expect(screen.getByText(`${fours.length} reviews`)).toBeInTheDocument();
    expect(screen.getByText(/Includes 4½-star reviews/)).toBeInTheDocument();
    expect(card('Ballerina (2023)').getByRole('img', { name: '4 out of 5 stars' })).toBeInTheDocument();
    expect(card('Arrival (2016)').getByRole('img', { name: '4.5 out of 5 stars' })).toBeInTheDocument();
  });

  it('offers no minimum rating on a rating page', async () => {
    const user = userEvent.setup();
    renderApp('/ratings/2');
    await expectListed(named((review) => review.rating === 2 || review.rating === 2.5));
    const filters = await openFilters(user);
    expect(filters.getByLabelText('Sort by')).toBeInTheDocument();
    expect(filters.queryByLabelText('Minimum rating')).not.toBeInTheDocument();
  });
});
