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

const ballerina = readApiFile('reviews/ballerina-2023.json') as Record<string, unknown>;

/** The film's facts: a chunk of their own, loaded after the review's text has painted. */
const factsPanel = () => screen.findByRole('complementary', { name: 'The film' });

/** What the fact list says: each term ("Director") with its description ("Lee Chung-hyun"). */
async function facts(): Promise<Record<string, string>> {
  const aside = await factsPanel();
  return Object.fromEntries(
    within(aside)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']),
  );
}

function jsonLd(): Record<string, unknown> {
  const script = document.querySelector('script[type="application/ld+json"]');
  expect(script).not.toBeNull();
  return JSON.parse(script!.textContent ?? '') as Record<string, unknown>;
}

describe('a review, /reviews/ballerina-2023', () => {
  it('shows the headline, rating, byline and standfirst', async () => {
    renderApp('/reviews/ballerina-2023');
    const headline = await screen.findByRole('heading', { level: 1 });
    expect(headline).toHaveTextContent(
      '‘Ballerina’ review — a neon-lit revenge thriller that borrows freely and hits very hard',
    );
    const header = within(headline.parentElement!);
    expect(header.getByRole('img', { name: '4 out of 5 stars' })).toBeInTheDocument();
    expect(screen.getByText('Daniel Okafor').closest('p')).toHaveTextContent(/^By Daniel Okafor\s*·\s*9 October 2023/);
    expect(screen.getByText(/Lee Chung-hyun’s second feature sends Jeon Jong-seo/)).toBeInTheDocument();
    expect(screen.getByText(/^Derivative by design and clumsy in the middle/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toContain('Ballerina'));
  });

  it('lists the facts of the film, with the cast and their characters', async () => {
    renderApp('/reviews/ballerina-2023');
    await screen.findByRole('heading', { level: 1 });
    expect(await facts()).toMatchObject({
      Title: 'Ballerina (발레리나)',
      Year: '2023',
      Director: 'Lee Chung-hyun',
      Country: 'South Korea',
      Language: 'Korean',
      Genres: 'Action, Thriller',
    });
    expect((await facts())['Running time']).toMatch(/^1 ?h(our)? 33 ?m(in|inutes)?$|^93 min/);
    const cast = within(await factsPanel())
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(cast).toEqual(
      expect.arrayContaining([
        'Jeon Jong-seo as Jang Ok-ju',
        'Kim Ji-hoon as Choi Pro',
        'Park Yu-rim as Choi Min-hee',
        'Shin Se-hwi',
      ]),
    );
    const aside = within(await factsPanel());
    expect(aside.getByRole('link', { name: 'Action' })).toHaveAttribute('href', '/genres/action');
    expect(aside.getByRole('link', { name: 'Thriller' })).toHaveAttribute('href', '/genres/thriller');
    // The year, the country and the language lead to the latest reviews of that decade, from there, in that language.
    expect(aside.getByRole('link', { name: '2023' })).toHaveAttribute('href', '/?decade=2020s');
    expect(aside.getByRole('link', { name: 'South Korea' })).toHaveAttribute('href', '/?country=KR');
    expect(aside.getByRole('link', { name: 'Korean' })).toHaveAttribute('href', '/?language=ko');
  });

  it('says where to watch it, in a new tab, safely', async () => {
    renderApp('/reviews/ballerina-2023');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('heading', { name: 'Where to watch' })).toBeInTheDocument();
    const netflix = screen.getByRole('link', { name: /^Netflix\s*\(opens in a new tab\)$/ });
    expect(netflix).toHaveAttribute('href', 'https://www.netflix.com/');
    expect(netflix).toHaveAttribute('target', '_blank');
    expect(netflix.getAttribute('rel')).toMatch(/\bnoopener\b/);
  });

  it('links the films it mentions to their reviews', async () => {
    renderApp('/reviews/ballerina-2023');
    const mentions = within(await screen.findByRole('region', { name: 'Films this review mentions' }));
    expect(mentions.getByRole('link', { name: 'Taken (2008)' })).toHaveAttribute('href', '/reviews/taken-2008');
    expect(mentions.getByRole('link', { name: 'John Wick (2014)' })).toHaveAttribute('href', '/reviews/john-wick-2014');
    expect(mentions.getByRole('link', { name: 'Hard Boiled (1992)' })).toHaveAttribute(
      'href',
      '/reviews/hard-boiled-1992',
    );
    expect(mentions.getByRole('link', { name: 'The Call (2020)' })).toHaveAttribute('href', '/reviews/the-call-2020');
  });

  it('shows related reviews as cards that link to them', async () => {
    renderApp('/reviews/ballerina-2023');
    const related = within(await screen.findByRole('region', { name: 'Related reviews' }));
    const expected = (ballerina.related as { slug: string; film: { title: string; year: number } }[]).map((summary) => [
      `${summary.film.title} (${summary.film.year})`,
      `/reviews/${summary.slug}`,
    ]);
    expect(expected.length).toBeGreaterThan(0);
    const links = related.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual(expected);
    expect(links.map(([, href]) => href)).not.toContain('/reviews/ballerina-2023');
  });

  it('describes itself to search engines as a Review of a Movie', async () => {
    renderApp('/reviews/ballerina-2023');
    await screen.findByRole('heading', { level: 1 });
    const data = jsonLd();
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Review',
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5 },
      author: { '@type': 'Person', name: 'Daniel Okafor' },
      datePublished: '2023-10-09',
      image: {
        '@type': 'ImageObject',
        url: expect.stringMatching(/^https?:\/\/[^/]+\/api\/v2\/images\/[0-9a-f]+-\d+\.jpg$/),
        width: expect.any(Number),
        height: expect.any(Number),
        caption: expect.stringMatching(/^An abstract illustration for Ballerina/),
        creditText: 'Illustration generated for Reel Notes',
      },
      itemReviewed: {
        '@type': 'Movie',
        name: 'Ballerina',
        director: [{ '@type': 'Person', name: 'Lee Chung-hyun' }],
      },
    });
  });

  it('keeps hostile text inert: shown as text, never as markup or a way out of the JSON-LD', async () => {
    const hostile = '<img src=x onerror=alert(1)></script><script>alert(1)</script>';
    server.use(
      http.get('*/api/v2/reviews/ballerina-2023.json', () =>
        HttpResponse.json({ ...ballerina, headline: hostile, verdict: `\u202E${hostile}` }),
      ),
    );
    renderApp('/reviews/ballerina-2023');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(hostile);
    // The lead image is the page's one picture: the headline made none.
    expect(document.querySelector('main img[src="x"], [onerror]')).toBeNull();
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(jsonLd().headline).toBe(hostile);
    // Escaped, so the JSON-LD stays inert in pre-rendered HTML too.
    expect(document.querySelector('script[type="application/ld+json"]')!.textContent).not.toMatch(/<\/script/i);
    expect(document.body.textContent).not.toContain('\u202E');
  });

  it('says which review cannot be shown when its data fails validation, with a way back', async () => {
    server.use(http.get('*/api/v2/reviews/ballerina-2023.json', () => HttpResponse.json({ ...ballerina, rating: 7 })));
    renderApp('/reviews/ballerina-2023');
    expect(await screen.findByRole('heading', { level: 1, name: 'This review can’t be shown' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t load the review of ‘Ballerina’ (2023)');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the latest reviews' })).toHaveAttribute('href', '/');
    expect(document.querySelector('script[type="application/ld+json"]')).toBeNull();
  });

  it.each([
    [
      'not JSON',
      () => new HttpResponse('{"slug": "ballerina-2023", "headl', { headers: { 'Content-Type': 'application/json' } }),
      /not review data/,
      // A file cut short on its way may arrive whole next time.
      true,
    ],
    [
      'a web page',
      () => HttpResponse.html('<!doctype html><title>Reel Notes</title>'),
      /web page where review data should be/,
      // A missing file, or a network's sign-in page: once signed in, asking again works.
      true,
    ],
  ])('says the review cannot be read when its file is %s', async (_, resolver, detail, retry) => {
    server.use(http.get('*/api/v2/reviews/ballerina-2023.json', resolver));
    renderApp('/reviews/ballerina-2023');
    expect(await screen.findByRole('heading', { level: 1, name: 'This review can’t be shown' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(detail));
    expect(alert).toHaveTextContent('We couldn’t read the review of ‘Ballerina’ (2023)');
    expect(within(alert).queryAllByRole('button', { name: 'Retry' })).toHaveLength(retry ? 1 : 0);
    await waitFor(() => expect(document.title).toMatch(/^Review unavailable/));
  });

  it('shows the not-found page for a review that is not published', async () => {
    renderApp('/reviews/ballerina-2024');
    expect(await screen.findByRole('heading', { level: 1, name: 'We couldn’t find that review' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the latest reviews' })).toHaveAttribute('href', '/');
  });

  it('offers a Retry after a server error, which works once the server recovers', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/api/v2/reviews/ballerina-2023.json', () => new HttpResponse(null, { status: 503 })));
    renderApp('/reviews/ballerina-2023');
    expect(await screen.findByRole('heading', { level: 1, name: 'This review can’t be shown' })).toBeInTheDocument();
    server.resetHandlers();
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: /neon-lit revenge thriller/ })).toBeInTheDocument();
  });

  it('names a slow review by its film: with its card’s header at once when a related review was clicked', async () => {
    const user = userEvent.setup();
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    server.use(
      http.get('*/api/v2/reviews/john-wick-2014.json', async () => {
        await arrived;
        return HttpResponse.json(readApiFile('reviews/john-wick-2014.json') as Record<string, unknown>);
      }),
    );
    renderApp('/reviews/ballerina-2023');
    const related = within(await screen.findByRole('region', { name: 'Related reviews' }));
    await user.click(related.getByRole('link', { name: 'John Wick (2014)' }));
    // Before the review's file has arrived: its film named, its headline shown, and never its slug.
    expect(await screen.findByText('Loading the review of ‘John Wick’ (2014)…')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^‘John Wick’ review — a grieving hitman/);
    expect(screen.getByRole('main')).not.toHaveTextContent('john-wick-2014');
    arrive();
    expect(await factsPanel()).toHaveTextContent('Chad Stahelski');
  });

  it('names a slow review it knows nothing of by a title read from its address', async () => {
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    server.use(
      http.get('*/api/v2/reviews/the-call-2020.json', async () => {
        await arrived;
        return HttpResponse.json(readApiFile('reviews/the-call-2020.json') as Record<string, unknown>);
      }),
    );
    renderApp('/reviews/the-call-2020');
    expect(await screen.findByText('Loading the review of ‘The Call’ (2020)…')).toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveTextContent('the-call-2020');
    arrive();
    expect(await screen.findByRole('heading', { level: 1, name: /^‘The Call’ review/ })).toBeInTheDocument();
  });

  it('opens a mentioned film’s review from its link', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/reviews/ballerina-2023');
    const mentions = within(await screen.findByRole('region', { name: 'Films this review mentions' }));
    await user.click(mentions.getByRole('link', { name: 'Taken (2008)' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/reviews/taken-2008'));
    await waitFor(() => expect(document.title).toContain('Taken'));
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent(/Ballerina/);
    await waitFor(async () => expect((await facts()).Director).toBe('Pierre Morel'));
  });
});
