import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { readApiFile } from '../mocks/handlers';
import { server } from '../mocks/server';
import { renderApp } from '../render-app';

// The suite shares two cores with other files, and each page's code loads on first use: give slow moments room.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

/** The page's JSON-LD, once it is there (a critic's arrives after the page has painted). */
async function jsonLd(): Promise<Record<string, unknown>> {
  const script = await waitFor(() => {
    const found = document.querySelector('main script[type="application/ld+json"]');
    expect(found).not.toBeNull();
    return found!;
  });
  return JSON.parse(script.textContent ?? '') as Record<string, unknown>;
}

/** Each film of a person's page or a list, as its row reads: title, then role or note. */
const rows = () =>
  within(screen.getAllByRole('list').find((list) => list.tagName === 'OL')!)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('a review names people and its critic as links', () => {
  it('links the director, each cast member and the byline to their pages', async () => {
    renderApp('/reviews/ballerina-2023');
    const facts = await screen.findByRole('complementary', { name: 'The film' });
    expect(within(facts).getByRole('link', { name: 'Lee Chung-hyun' })).toHaveAttribute(
      'href',
      '/people/lee-chung-hyun',
    );
    expect(within(facts).getByRole('link', { name: 'Jeon Jong-seo' })).toHaveAttribute('href', '/people/jeon-jong-seo');
    expect(screen.getByRole('link', { name: 'Daniel Okafor' })).toHaveAttribute('href', '/critics/daniel-okafor');
    const data = await jsonLd();
    expect(data.author).toMatchObject({
      name: 'Daniel Okafor',
      url: expect.stringMatching(/\/critics\/daniel-okafor$/),
    });
    expect((data.itemReviewed as { director: unknown[] }).director).toEqual([
      { '@type': 'Person', name: 'Lee Chung-hyun', url: expect.stringMatching(/\/people\/lee-chung-hyun$/) },
    ]);
  });

  it('leaves names as text in a review published before people had pages', async () => {
    const ballerina = readApiFile('reviews/ballerina-2023.json') as { film: Record<string, unknown>; author: object };
    const film = Object.fromEntries(Object.entries(ballerina.film).filter(([key]) => key !== 'people'));
    server.use(
      http.get('*/api/v2/reviews/ballerina-2023.json', () =>
        HttpResponse.json({ ...ballerina, film, author: { name: 'Daniel Okafor' } }),
      ),
    );
    renderApp('/reviews/ballerina-2023');
    const facts = await screen.findByRole('complementary', { name: 'The film' });
    expect(within(facts).getByText('Lee Chung-hyun')).toBeInTheDocument();
    expect(within(facts).queryByRole('link', { name: 'Lee Chung-hyun' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Daniel Okafor' })).toBeNull();
  });
});

describe("a person's page, /people/:slug", () => {
  it("lists a director's films, newest review first, with the role and the stars", async () => {
    renderApp('/people/lee-chung-hyun');
    const name = await screen.findByRole('heading', { level: 1 });
    expect(name).toHaveTextContent('Lee Chung-hyun');
    expect(name.previousElementSibling).toHaveTextContent('Director');
    expect(screen.getByText('2 reviewed films on Reel Notes, newest review first')).toBeInTheDocument();
    expect(rows()).toEqual([
      expect.stringMatching(/^Ballerina \(2023\)Director/),
      expect.stringMatching(/^The Call \(2020\)Director/),
    ]);
    expect(screen.getByRole('link', { name: 'Ballerina (2023)' })).toHaveAttribute('href', '/reviews/ballerina-2023');
    expect(
      screen.getAllByRole('img', { name: /out of 5 stars$/ }).map((stars) => stars.getAttribute('aria-label')),
    ).toEqual(['4 out of 5 stars', '3.5 out of 5 stars']);
    await waitFor(() => expect(document.title).toBe('Lee Chung-hyun — Reel Notes'));
  });

  it('gives an actor the character they played, and JSON-LD with the reviews as subjectOf', async () => {
    renderApp('/people/jeon-jong-seo');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Jeon Jong-seo');
    expect(rows()[0]).toMatch(/^Ballerina \(2023\)as Jang Ok-ju/);
    const data = await jsonLd();
    expect(data).toMatchObject({ '@type': 'Person', name: 'Jeon Jong-seo' });
    expect((data.subjectOf as { url: string }[]).map((review) => review.url)).toEqual([
      expect.stringMatching(/\/reviews\/ballerina-2023$/),
      expect.stringMatching(/\/reviews\/the-call-2020$/),
    ]);
  });

  it('says so when no one has that address', async () => {
    renderApp('/people/nobody-at-all');
    expect(await screen.findByRole('heading', { level: 1, name: 'We couldn’t find that person' })).toBeInTheDocument();
  });
});

describe("a critic's page, /critics/:slug", () => {
  it('shows their biography, their lists and their reviews, with their feeds', async () => {
    renderApp('/critics/daniel-okafor');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Daniel Okafor');
    expect(await screen.findByText(/came to film criticism through the back door of a video shop/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hard Boiled' })).toHaveAttribute('href', '/reviews/hard-boiled-1992');
    const lists = screen.getByRole('region', { name: 'Lists by Daniel Okafor' });
    expect(within(lists).getByRole('link', { name: 'A season of revenge, in five films' })).toBeInTheDocument();
    const reviews = screen.getByRole('region', { name: 'Reviews by Daniel Okafor' });
    expect(within(reviews).getByText('12 reviews, newest first')).toBeInTheDocument();
    expect(within(reviews).getAllByRole('heading', { level: 3 })).toHaveLength(12);
    expect(within(reviews).queryByRole('button', { name: 'Show more reviews' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Atom feed of Daniel Okafor’s reviews' })).toHaveAttribute(
      'href',
      '/critics/daniel-okafor/feed.xml',
    );
    expect(document.head.querySelector('link[rel=alternate][href="/critics/daniel-okafor/feed.json"]')).not.toBeNull();
    expect(await jsonLd()).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: 'Daniel Okafor' },
    });
  });

  it('shows more of their reviews when asked, moving focus to the first new one', async () => {
    const critic = readApiFile('critics/daniel-okafor.json') as { cards: { slug: string }[]; total: number };
    const [last, ...rest] = [...critic.cards].reverse();
    server.use(
      http.get('*/api/v2/critics/daniel-okafor.json', () =>
        HttpResponse.json({ ...critic, cards: rest.reverse(), pages: 1 }),
      ),
      http.get('*/api/v2/critics/daniel-okafor/1.json', () => HttpResponse.json({ version: 2, cards: [last] })),
    );
    renderApp('/critics/daniel-okafor');
    const reviews = await screen.findByRole('region', { name: 'Reviews by Daniel Okafor' });
    expect(within(reviews).getAllByRole('heading', { level: 3 })).toHaveLength(11);
    await userEvent.click(await within(reviews).findByRole('button', { name: 'Show more reviews' }));
    await waitFor(() => expect(within(reviews).getAllByRole('heading', { level: 3 })).toHaveLength(12));
    expect(document.activeElement).toHaveAttribute('href', `/reviews/${(last as { slug: string }).slug}`);
    expect(within(reviews).queryByRole('button', { name: 'Show more reviews' })).toBeNull();
  });

  it('lists every critic at /critics, with how many reviews each wrote', async () => {
    renderApp('/critics');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Critics');
    expect(screen.getByRole('link', { name: 'Inês Carvalho' })).toHaveAttribute('href', '/critics/ines-carvalho');
    expect(screen.getByText('13 reviews')).toBeInTheDocument();
  });
});

describe('lists, /lists and /lists/:slug', () => {
  it('shows a list: its introduction, then each film in order with the note', async () => {
    renderApp('/lists/a-season-of-revenge');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('A season of revenge, in five films');
    expect(screen.getByRole('link', { name: 'Daniel Okafor' })).toHaveAttribute('href', '/critics/daniel-okafor');
    expect(await screen.findByText(/Revenge is the plainest engine a film can have/)).toBeInTheDocument();
    expect(rows()).toHaveLength(5);
    expect(rows()[0]).toMatch(/^1\. Oldboy \(2003\)The one the others are measured against/);
    const data = await jsonLd();
    expect(data).toMatchObject({ '@type': 'ItemList', numberOfItems: 5 });
    expect((data.itemListElement as { position: number }[]).map((item) => item.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('lists every list at /lists, with its critic and size', async () => {
    renderApp('/lists');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Lists');
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
    const list = screen.getByRole('link', { name: 'A season of revenge, in five films' });
    expect(list).toHaveAttribute('href', '/lists/a-season-of-revenge');
    expect(list.closest('article')).toHaveTextContent(/By Daniel Okafor · 5 films ·/);
  });
});
