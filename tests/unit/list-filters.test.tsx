import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { card, cardLinks, expectListed, listed, openFilters } from '../list-helpers';
import { renderApp } from '../render-app';
import { cardName, newestFirst, sampleReviews, type SampleReview } from '../sample-content';

// The suite shares two cores with other files, and each page's code loads on first use: give slow moments room.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const reviews = sampleReviews();
const named = (predicate: (review: SampleReview) => boolean) =>
  reviews.filter(predicate).sort(newestFirst).map(cardName);
const everything = named(() => true);
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
const inGenre = (genre: string) => (review: SampleReview) => (review.film.genres as string[]).includes(genre);

describe('filters, sort and search on a list', () => {
  it('filters by the minimum rating the reader chooses, and puts it in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await expectListed(everything.slice(0, 24));
    const filters = await openFilters(user);
    // One star, in the singular.
    expect(filters.getByRole('option', { name: '1 star or more' })).toBeInTheDocument();
    await user.selectOptions(filters.getByLabelText('Minimum rating'), '4.5 stars or more');
    await waitFor(() => expect(router.state.location.search).toBe('?rating=4.5'));
    const expected = named((review) => review.rating >= 4.5);
    await expectListed(expected);
    // Read by label, not role, to keep the loop fast: the first list test checks the stars are an image.
    for (const name of expected) expect(card(name).getByLabelText(/^(4\.5|5) out of 5 stars$/)).toBeInTheDocument();
  });

  it('needs every genre the reader ticks, and puts them in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await expectListed(everything.slice(0, 24));
    const filters = await openFilters(user);

    await user.click(filters.getByLabelText(/^War/));
    await waitFor(() => expect(router.state.location.search).toBe('?genre=war'));
    await expectListed(named(inGenre('war')));
    expect(filters.getByLabelText(/^War/)).toBeChecked();

    // No war film is an action film in the sample: Action would leave nothing, so it is marked and off limits.
    const action = await filters.findByRole('checkbox', { name: /^Action\s*\(0\)$/ });
    expect(action).toBeDisabled();
    await user.click(action);
    expect(router.state.location.search).toBe('?genre=war');
    // A ticked genre can always be unticked, even when its count is 0 under the other filters.
    await user.click(filters.getByLabelText(/^War/));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(filters.getByLabelText(/^War/)).toBeEnabled();
  });

  it('shows each active filter as a chip that removes only itself, and "Clear all" keeps the sort', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?genre=drama&genre=war&rating=4&unread=1&q=the&sort=title');
    const chips = within(await screen.findByRole('list', { name: 'Active filters' }));
    expect(
      chips.getAllByRole('button').map((button) => button.getAttribute('aria-label') ?? button.textContent),
    ).toEqual([
      'Remove search ‘the’',
      'Remove 4 stars or more',
      'Remove Not read yet',
      'Remove Drama',
      'Remove War',
      'Clear all',
    ]);

    await user.click(chips.getByRole('button', { name: 'Remove 4 stars or more' }));
    await waitFor(() => expect(router.state.location.search).toBe('?genre=drama&genre=war&q=the&sort=title&unread=1'));
    // Focus moves to the chip that took its place, so the reader can go on removing.
    expect(chips.getByRole('button', { name: 'Remove Not read yet' })).toHaveFocus();
    expect(chips.queryByRole('button', { name: 'Remove 4 stars or more' })).not.toBeInTheDocument();

    await user.click(chips.getByRole('button', { name: 'Remove War' }));
    await waitFor(() => expect(router.state.location.search).toBe('?genre=drama&q=the&sort=title&unread=1'));
    expect(chips.getByRole('button', { name: 'Clear all' })).toHaveFocus();

    await user.click(chips.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=title'));
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument();
    // None left: focus goes back to "Filters", where more can be chosen.
    expect(screen.getByRole('button', { name: /^Filters/ })).toHaveFocus();
  });

  it('sorts as the reader chooses', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?genre=action');
    await expectListed(named(inGenre('action')));
    const filters = await openFilters(user);
    await user.selectOptions(filters.getByLabelText('Sort by'), 'Highest rated');
    await waitFor(() => expect(router.state.location.search).toBe('?genre=action&sort=rating'));
    const byRating = reviews
      .filter(inGenre('action'))
      .sort((a, b) => b.rating - a.rating || newestFirst(a, b))
      .map(cardName);
    await expectListed(byRating);
  });

  it('gives each card its own film’s picture after a sort, never the last film’s while it loads', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?genre=action');
    await expectListed(named(inGenre('action')));
    // The card in each place, its picture element and what it shows, before the sort.
    const pictures = () =>
      cardLinks().map((link) => ({ name: link.textContent, img: link.closest('article')!.querySelector('img') }));
    // The pictures' code arrives after the list's; a review without a picture has a drawn cover instead.
    await waitFor(() => expect(pictures().some(({ img }) => img !== null)).toBe(true));
    const before = pictures();
    const filters = await openFilters(user);
    await user.selectOptions(filters.getByLabelText('Sort by'), 'Title, A to Z');
    await waitFor(() => expect(router.state.location.search).toBe('?genre=action&sort=title'));
    await waitFor(() => expect(listed()).not.toEqual(before.map(({ name }) => name)));
    const after = pictures();
    const moved = after.filter(({ name, img }, place) => img !== null && name !== before[place]?.name);
    expect(moved.length).toBeGreaterThan(0);
    // A card element takes another film's place, but a picture element never does: a new one loads its own file.
    for (const { img } of moved) expect(before.some((old) => old.img === img)).toBe(false);
  });

  it.each([
    ['title', 'Title, A to Z', (a: SampleReview, b: SampleReview) => collator.compare(a.film.title, b.film.title)],
    [
      'year',
      'Release year, newest',
      (a: SampleReview, b: SampleReview) => b.film.year - a.film.year || collator.compare(a.film.title, b.film.title),
    ],
  ])('sorts by %s, every review in order', async (sort, label, order) => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await expectListed(everything.slice(0, 24));
    const filters = await openFilters(user);
    await user.selectOptions(filters.getByLabelText('Sort by'), label);
    await waitFor(() => expect(router.state.location.search).toBe(`?sort=${sort}`));
    const expected = [...reviews].sort((a, b) => order(a, b) || newestFirst(a, b)).map(cardName);
    await expectListed(expected.slice(0, 24));
  });

  it('finds reviews by director, title or cast from the search box', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await expectListed(everything.slice(0, 24));
    const search = await screen.findByLabelText('Search');
    await user.click(search);
    await user.paste('villeneuve');
    await expectListed(['Blade Runner 2049 (2017)', 'Arrival (2016)']);
    expect(router.state.location.search).toBe('?q=villeneuve');
    expect(screen.getByText('2 reviews')).toBeInTheDocument();

    await user.clear(search);
    await user.paste('AMELIE');
    await expectListed(['Amélie (2001)']);
    await user.clear(search);
    await user.paste('keanu');
    await expectListed(['John Wick (2014)']);
  });

  it('combines a search with filters and a sort', async () => {
    renderApp('/?genre=science-fiction&rating=4.5&q=villeneuve&sort=title');
    const expected = named((review) => review.film.directors.includes('Denis Villeneuve'))
      .filter((name) => reviews.find((review) => cardName(review) === name)!.rating >= 4.5)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    await expectListed(expected);
    expect(await screen.findByLabelText('Search')).toHaveValue('villeneuve');
  });

  it('keeps every character when the reader types quickly', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await expectListed(everything.slice(0, 24));
    await user.type(await screen.findByLabelText('Search'), 'villeneuve');
    await waitFor(() => expect(router.state.location.search).toBe('?q=villeneuve'));
    expect(screen.getByLabelText('Search')).toHaveValue('villeneuve');
    await expectListed(['Blade Runner 2049 (2017)', 'Arrival (2016)']);
  });

  it('offers the search inside reviews and to clear the filters when nothing matches; clearing restores the list', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?q=no+film+has+this+name&genre=western');
    expect(await screen.findByRole('heading', { name: 'No reviews match these filters' })).toBeInTheDocument();
    expect(listed()).toEqual([]);
    expect(await screen.findByLabelText('Search')).toHaveValue('no film has this name');
    // The box searches names only: the words may be in the text of a review, which /search reads.
    expect(screen.getByRole('link', { name: 'Search inside reviews for ‘no film has this name’' })).toHaveAttribute(
      'href',
      '/search?q=no+film+has+this+name',
    );
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await expectListed(everything.slice(0, 24));
    // The box follows the address in an effect, which may run just after the list is drawn.
    await waitFor(() => expect(screen.getByLabelText('Search')).toHaveValue(''));
    expect(screen.queryByRole('heading', { name: 'No reviews match these filters' })).not.toBeInTheDocument();
  });

  it('offers a search of all reviews when a genre page has no match', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/genres/war?q=villeneuve&utm_source=x');
    expect(await screen.findByRole('heading', { name: 'No reviews match these filters' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Search all reviews instead' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toBe('?q=villeneuve');
    await expectListed(['Blade Runner 2049 (2017)', 'Arrival (2016)']);
  });

  it('goes back to the previous filters with Back', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await expectListed(everything.slice(0, 24));
    const filters = await openFilters(user);
    await user.click(filters.getByLabelText(/^Western/));
    await expectListed(named(inGenre('western')));
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await expectListed(everything.slice(0, 24));
  });
});
