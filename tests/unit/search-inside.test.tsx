import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { searchWords } from '@/format/search-words';
import { reviewText } from '@/format/text-index';
import { cardLinks, listed } from '../list-helpers';
import { server } from '../mocks/server';
import { renderApp } from '../render-app';
import { authoredReviews } from '../review-fixtures';
import { cardName } from '../sample-content';

// The suite shares two cores with other files, and each page's code loads on first use: give slow moments room.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

/**
 * The search inside reviews, /search, through the whole app on the sample
 * archive (published for the tests by tests/global-setup.ts).
 * What must be found is worked out here from the reviews' own text.
 */
const reviews = authoredReviews();
/** The reviews whose searchable text has every one of these words, by card name. */
const withWords = (...words: string[]) =>
  reviews
    .filter((review) => {
      const text = new Set(searchWords(reviewText(review)));
      return words.every((word) => text.has(word));
    })
    .map(cardName)
    .sort();

const searchBox = () => screen.getByRole('searchbox', { name: 'Search inside reviews' });
/** The result of a review, to look inside. */
const result = (name: string) =>
  within(
    cardLinks()
      .find((link) => link.textContent === name)!
      .closest('article')!,
  );
const marks = (name: string) => result(name).queryAllByText((_, element) => element?.tagName === 'MARK');

describe('search inside reviews, /search', () => {
  it('finds a phrase from one review’s text, as the reader types, with the phrase marked', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/search');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search reviews' })).toBeInTheDocument();
    await user.type(searchBox(), '"bubblegum pink and electric blue"');
    await waitFor(() => expect(listed()).toEqual(['Ballerina (2023)']));
    expect(router.state.location.search).toBe('?q=%22bubblegum+pink+and+electric+blue%22');
    expect(screen.getByText('1 review')).toBeInTheDocument();
    expect(marks('Ballerina (2023)').map((mark) => mark.textContent)).toEqual(['bubblegum pink and electric blue']);
    expect(result('Ballerina (2023)').getByText(/^Lee and his camera team paint the city in/)).toBeInTheDocument();
    expect(result('Ballerina (2023)').getByRole('img', { name: '4 out of 5 stars' })).toBeInTheDocument();
    expect(result('Ballerina (2023)').getByText('9 October 2023')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ballerina (2023)' })).toHaveAttribute('href', '/reviews/ballerina-2023');
    // The count is said in the live region, without moving focus.
    await waitFor(() => expect(screen.getByText('1 review found.')).toBeInTheDocument());
    expect(searchBox()).toHaveFocus();
  });

  it('needs every word, in any order, and finds exactly the reviews that have them all', async () => {
    renderApp('/search?q=revenge%20thriller');
    const expected = withWords('revenge', 'thriller');
    expect(expected.length).toBeGreaterThan(1);
    await waitFor(() => expect([...listed()].sort()).toEqual(expected));
    expect(screen.getByText(`${expected.length} reviews`)).toBeInTheDocument();
    for (const name of expected) {
      const words = marks(name).map((mark) => mark.textContent!.toLowerCase());
      expect(
        words.every((word) => word === 'revenge' || word === 'thriller'),
        name,
      ).toBe(true);
      expect(words.length, name).toBeGreaterThan(0);
    }
  });

  it('finds a phrase only where its words stand together', async () => {
    renderApp('/search?q=%22jeon%20jong-seo%22');
    await waitFor(() => expect(listed().length).toBeGreaterThan(0));
    for (const name of listed()) {
      expect(marks(name).map((mark) => mark.textContent)).toContain('Jeon Jong-seo');
    }
  });

  it('leaves out a review whose words are all there but not as the phrase says', async () => {
    // Ballerina has "bubblegum pink", never "pink bubblegum".
    expect(withWords('pink', 'bubblegum')).toEqual(['Ballerina (2023)']);
    renderApp('/search?q=%22pink%20bubblegum%22');
    expect(await screen.findByRole('heading', { name: 'No review contains “"pink bubblegum"”' })).toBeInTheDocument();
    expect(listed()).toEqual([]);
  });

  it('never finds a word that only a spoiler holds', async () => {
    // "morphine" is inside a spoiler passage of Knives Out; "eulogy" in Hereditary, which discusses its ending.
    renderApp('/search?q=morphine');
    expect(await screen.findByRole('heading', { name: 'No review contains “morphine”' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.clear(searchBox());
    await user.type(searchBox(), 'eulogy{Enter}');
    expect(await screen.findByRole('heading', { name: 'No review contains “eulogy”' })).toBeInTheDocument();
  });

  it('says when a query has only words too common to search for', async () => {
    renderApp('/search?q=%22to%20be%20or%20not%20to%20be%22');
    expect(await screen.findByRole('heading', { name: 'Nothing to search for' })).toBeInTheDocument();
  });

  it('shows 20 results, then more on request, moving focus to the first new one', async () => {
    const user = userEvent.setup();
    renderApp('/search?q=film');
    const expected = withWords('film');
    expect(expected.length).toBeGreaterThan(20);
    expect(await screen.findByText(`Showing 20 of ${expected.length} reviews`)).toBeInTheDocument();
    await waitFor(() => expect(listed()).toHaveLength(20));
    const first = listed();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(listed()).toHaveLength(expected.length));
    expect(listed().slice(0, 20)).toEqual(first);
    expect([...listed()].sort()).toEqual(expected);
    await waitFor(() => expect(document.activeElement).toHaveTextContent(listed()[20]!));
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('moves between the box and the results with the arrow keys', async () => {
    const user = userEvent.setup();
    renderApp('/search?q=revenge');
    await waitFor(() => expect(listed().length).toBeGreaterThan(2));
    const links = () => cardLinks();
    await user.click(searchBox());
    await user.keyboard('{ArrowDown}');
    expect(links()[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(links()[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(links()[1]).toHaveFocus();
    await user.tab();
    expect(links()[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(searchBox()).toHaveFocus();
  });

  it('keeps the results on screen, marked busy, while a new query’s arrive', async () => {
    const user = userEvent.setup();
    renderApp('/search?q=revenge');
    await waitFor(() => expect(listed().length).toBeGreaterThan(2));
    const before = listed();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/api/v2/builds/*/text/*', async () => {
        await held;
        return undefined;
      }),
    );
    await user.clear(searchBox());
    await user.type(searchBox(), 'samurai');
    const results = () => within(screen.getByRole('main')).getByRole('list');
    await waitFor(() => expect(results()).toHaveAttribute('aria-busy', 'true'));
    expect(listed()).toEqual(before);
    release();
    await waitFor(() => expect([...listed()].sort()).toEqual(withWords('samurai')));
    expect(results()).toHaveAttribute('aria-busy', 'false');
  });

  it('says what failed, and retries without reloading', async () => {
    const user = userEvent.setup();
    let fail = true;
    server.use(
      http.get('*/api/v2/builds/*/text/keys.json', () =>
        fail ? HttpResponse.json({ error: 'boom' }, { status: 503 }) : undefined,
      ),
    );
    renderApp('/search?q=revenge');
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t load the search results');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect([...listed()].sort()).toEqual(withWords('revenge')));
  });
});
