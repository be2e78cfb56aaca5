import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../mocks/server';
import { renderApp } from '../render-app';
import { sampleReviews } from '../sample-content';

// The suite shares two cores with other files, and each page's code loads on first use: give slow moments room.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const reviews = sampleReviews();
const countLabel = (count: number) => `${count} ${count === 1 ? 'review' : 'reviews'}`;

/** The links of the page's main content, as [accessible name, href]. */
function mainLinks() {
  return within(screen.getByRole('main'))
    .getAllByRole('link')
    .map((link) => ({ name: link.textContent ?? '', href: link.getAttribute('href') }));
}

describe('the genres, /genres', () => {
  it('lists every genre reviewed, with how many reviews each has', async () => {
    renderApp('/genres');
    expect(await screen.findByRole('heading', { level: 1, name: 'Genres' })).toBeInTheDocument();
    const action = await screen.findByRole('link', { name: /^Action\s*11 reviews$/ });
    expect(action).toHaveAttribute('href', '/genres/action');

    const counts = new Map<string, number>();
    for (const review of reviews)
      for (const genre of review.film.genres) counts.set(genre, (counts.get(genre) ?? 0) + 1);
    const genreLinks = mainLinks().filter((link) => link.href?.startsWith('/genres/'));
    expect(genreLinks.map((link) => link.href).sort()).toEqual([...counts.keys()].map((g) => `/genres/${g}`).sort());
    for (const link of genreLinks) {
      const genre = link.href!.slice('/genres/'.length);
      expect(link.name).toMatch(new RegExp(`${countLabel(counts.get(genre)!)}$`));
    }
    // Genres nobody has reviewed yet are not offered.
    expect(screen.queryByRole('link', { name: /^Noir/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Documentary\s*1 review$/ })).toBeInTheDocument();
  });

  it('lists the decades, newest first, and the countries, the most reviewed first, each linking to its list', async () => {
    renderApp('/genres');
    const decades = within(
      (await screen.findByRole('heading', { level: 2, name: 'Decades' })).nextElementSibling as HTMLElement,
    );
    const decadeLinks = decades.getAllByRole('link');
    expect(decadeLinks.map((link) => link.getAttribute('href'))).toEqual(
      ['2020', '2010', '2000', '1990', '1980', '1970', '1960', '1950', '1940'].map((decade) => `/?decade=${decade}s`),
    );
    const in2020s = reviews.filter((review) => review.film.year >= 2020).length;
    expect(decadeLinks[0]).toHaveTextContent(new RegExp(`^2020s\\s*${countLabel(in2020s)}$`));
    const countries = within(
      screen.getByRole('heading', { level: 2, name: 'Countries' }).nextElementSibling as HTMLElement,
    );
    const [first, ...rest] = countries.getAllByRole('link');
    expect(first).toHaveAccessibleName(/^United States\s*20 reviews$/);
    expect(first).toHaveAttribute('href', '/?country=US');
    expect(rest.map((link) => link.getAttribute('href'))).toContain('/?country=KR');
    expect(countries.getByRole('link', { name: /^South Korea\s*4 reviews$/ })).toBeInTheDocument();
  });

  it('opens a genre’s reviews from its link', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/genres');
    await user.click(await screen.findByRole('link', { name: /^Western\s*2 reviews$/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Western reviews' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/genres/western');
    await waitFor(() =>
      expect(
        within(screen.getByRole('main'))
          .queryAllByRole('link', { name: /\(\d{4}\)$/ })
          .map((link) => link.textContent),
      ).toEqual(['Unforgiven (1992)', 'The Good, the Bad and the Ugly (1966)']),
    );
  });

  it('says so, with a Retry, when the counts cannot be loaded', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/api/v2/index.json', () => HttpResponse.error()));
    renderApp('/genres');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/couldn’t load the genres/i);
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: /^Action\s*11 reviews$/ })).toBeInTheDocument();
  });
});

describe('the ratings, /ratings', () => {
  it('links to the five star ratings, best first, with how many reviews each has', async () => {
    renderApp('/ratings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ratings' })).toBeInTheDocument();
    await screen.findByRole('link', { name: /5 out of 5 stars/ });
    const ratingLinks = mainLinks().filter((link) => link.href?.startsWith('/ratings/'));
    expect(ratingLinks.map((link) => link.href)).toEqual([
      '/ratings/5',
      '/ratings/4',
      '/ratings/3',
      '/ratings/2',
      '/ratings/1',
    ]);
    for (const stars of [5, 4, 3, 2, 1]) {
      const count = reviews.filter((review) => Math.max(1, Math.floor(review.rating)) === stars).length;
      const link = screen.getByRole('link', { name: new RegExp(`^${stars} out of 5 stars\\s*${countLabel(count)}$`) });
      expect(link).toHaveAttribute('href', `/ratings/${stars}`);
    }
  });
});

describe('pages that do not exist', () => {
  it.each([
    ['/reviews/no-such-review', /couldn’t find that review/],
    ['/genres/nope', /couldn’t find that/],
    ['/ratings/6', /couldn’t find that/],
    ['/ratings/zero', /couldn’t find that/],
    ['/reviews/not_a%20slug!', /couldn’t find that/],
    ['/nope', /couldn’t find that page/],
    ['/reviews/ballerina-2023/extra', /couldn’t find that page/],
  ])('%s says it was not found, with a link home', async (url, heading) => {
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the latest reviews' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toMatch(/not found/i));
  });
});
