import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../mocks/server';
import { renderApp } from '../render-app';
import { newestFirst, sampleReviews } from '../sample-content';

// The suite shares two cores with other files, and each page's code loads on first use: give slow moments room.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

/**
 * The masthead's search box, on every page: suggestions by title, director
 * and cast as the reader types (a combobox), and always "Search inside
 * reviews" last, through the whole app on the sample archive.
 */
const reviews = sampleReviews();
/** The options a reader should be offered: the reviews a director made, newest first, then the search inside. */
const byDirector = (name: string) => reviews.filter((review) => review.film.directors.includes(name)).sort(newestFirst);

const headerBox = () => within(screen.getByRole('banner')).getByRole('searchbox', { name: 'Search reviews' });
/** Focuses the box and waits for its suggestions' code to take it over. */
async function focusBox(user: ReturnType<typeof userEvent.setup>) {
  // The layout comes with the page's first route, after its code has loaded.
  await screen.findByRole('banner');
  await user.click(headerBox());
  return screen.findByRole('combobox', { name: 'Search reviews' });
}
const options = () => within(screen.getByRole('listbox', { name: 'Suggestions' })).getAllByRole('option');
const selected = () => options().filter((option) => option.getAttribute('aria-selected') === 'true');

describe('the header’s search box', () => {
  it('is a plain search form until focused: nothing of the suggestions loads before', async () => {
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => void requested.push(new URL(request.url).pathname));
    renderApp('/genres');
    expect(await screen.findByRole('heading', { level: 1, name: 'Genres' })).toBeInTheDocument();
    const form = within(screen.getByRole('banner')).getByRole('search');
    expect(form).toHaveAttribute('action', '/search');
    expect(headerBox()).toHaveAttribute('name', 'q');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(requested.filter((path) => path.includes('/names/'))).toEqual([]);
    server.events.removeAllListeners();
  });

  it('suggests a director’s films as the reader types, moves with Up and Down, and Enter opens one', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/genres');
    const box = await focusBox(user);
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.type(box, 'villeneuve');
    const films = byDirector('Denis Villeneuve');
    expect(films.length).toBeGreaterThan(1);
    await waitFor(() =>
      expect(options().map((option) => option.textContent)).toEqual([
        ...films.map(({ film }) => expect.stringMatching(new RegExp(`^${film.title} ${film.year} `))),
        'Search inside reviews for ‘villeneuve’',
      ]),
    );
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);
    // Each suggestion shows its stars, read as one phrase.
    expect(within(options()[0]!).getByRole('img', { name: /out of 5 stars$/ })).toBeInTheDocument();
    // Nothing is chosen until the keys move.
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(selected()).toEqual([]);

    await user.keyboard('{ArrowDown}');
    expect(selected()).toEqual([options()[0]]);
    expect(box).toHaveAttribute('aria-activedescendant', options()[0]!.id);
    // Up from the first goes round to the last, "Search inside reviews", and Down from there back to the first.
    await user.keyboard('{ArrowUp}');
    expect(selected()).toEqual([options().at(-1)]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()).toEqual([options()[1]]);
    expect(box).toHaveFocus();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/reviews/${films[1]!.slug}`));
    // The box is emptied for the next search, and its list closed.
    await waitFor(() => expect(box).toHaveValue(''));
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('says how many suggestions there are in the live region', async () => {
    const user = userEvent.setup();
    renderApp('/genres');
    await user.type(await focusBox(user), 'villeneuve');
    const count = byDirector('Denis Villeneuve').length;
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${count} suggestions`));
  });

  it('Escape closes the list and keeps the text; Down opens it again', async () => {
    const user = userEvent.setup();
    renderApp('/genres');
    const box = await focusBox(user);
    await user.type(box, 'villeneuve');
    await waitFor(() => expect(options()).toHaveLength(byDirector('Denis Villeneuve').length + 1));
    await user.keyboard('{ArrowDown}{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box).toHaveValue('villeneuve');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(selected()).toEqual([options()[0]]);
  });

  it('always offers the search inside reviews: words in no title or name, chosen with a click', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/genres');
    await user.type(await focusBox(user), 'revenge');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No titles or names match'));
    expect(options().map((option) => option.textContent)).toEqual(['Search inside reviews for ‘revenge’']);
    await user.click(screen.getByRole('option', { name: 'Search inside reviews for ‘revenge’' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toBe('?q=revenge');
  });

  it('Enter with no option chosen searches inside reviews', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/genres');
    const box = await focusBox(user);
    await user.type(box, 'villeneuve');
    await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toBe('?q=villeneuve');
    expect(box).toHaveValue('');
  });
});
