import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { readApiFile, sampleBuild } from '../mocks/handlers';
import { server } from '../mocks/server';
import { expectListed, listed, openFilters } from '../list-helpers';
import { renderApp } from '../render-app';
import { cardName, newestFirst, sampleReviews } from '../sample-content';

// The suite shares two cores with other files, and each page's code loads on first use: give slow moments room.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const reviews = [...sampleReviews()].sort(newestFirst);
const everything = reviews.map(cardName);
const { build, read } = sampleBuild();
const page = read('pages/all.json') as { total: number; ids: number[]; cards: { slug: string }[] };
/** A review on the first page, and its id. */
const ballerina = {
  slug: 'ballerina-2023',
  id: page.ids[page.cards.findIndex((card) => card.slug === 'ballerina-2023')]!,
};
const withoutBallerina = everything.filter((name) => name !== 'Ballerina (2023)');

/** The first page of all reviews, with Ballerina's card broken (a rating of "seven"). */
const brokenPage = () =>
  HttpResponse.json({
    ...page,
    cards: page.cards.map((card) => (card.slug === ballerina.slug ? { ...card, rating: 'seven' } : card)),
  });

describe('a list when the network or the server fails', () => {
  it('shows an error with a Retry that works once the server recovers', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/api/v2/index.json', () => new HttpResponse('Server error', { status: 500 })));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/couldn’t load the reviews/i);
    await waitFor(() => expect(alert).toHaveTextContent(/server had a problem/i));
    expect(listed()).toEqual([]);

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectListed(everything.slice(0, 24));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('retries the first page itself when the connection failed for it', async () => {
    const user = userEvent.setup();
    server.use(http.get(`*/api/v2/builds/${build}/pages/all.json`, () => HttpResponse.error()));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(/connection failed/i));
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectListed(everything.slice(0, 24));
  });

  it('retries the cards of a filtered list when the connection failed for them', async () => {
    const user = userEvent.setup();
    server.use(http.get(`*/api/v2/builds/${build}/cards/:id`, () => HttpResponse.error()));
    renderApp('/?genre=western');
    const alert = await screen.findByRole('alert');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectListed(['Unforgiven (1992)', 'The Good, the Bad and the Ugly (1966)']);
  });

  it('keeps the first page when the rest of the index cannot load, with a notice and a Retry', async () => {
    const user = userEvent.setup();
    server.use(http.get(`*/api/v2/builds/${build}/blocks/*`, () => new HttpResponse(null, { status: 503 })));
    renderApp('/');
    await expectListed(everything.slice(0, 24));
    const notice = await screen.findByText(/couldn’t refresh the reviews/);
    expect(notice).toHaveTextContent('you are seeing what was already loaded');
    server.resetHandlers();
    await user.click(within(notice).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByText(/couldn’t refresh the reviews/)).not.toBeInTheDocument());
    // Once the index is in, the genre counts are known.
    const filters = await openFilters(user);
    expect(await filters.findByRole('checkbox', { name: /^Western\s*\(2\)$/ })).toBeInTheDocument();
  });

  it('says when the server sends a web page instead of data, with a Retry (it may be a Wi-Fi sign-in page)', async () => {
    const user = userEvent.setup();
    server.use(http.get(`*/api/v2/builds/${build}/pages/all.json`, () => HttpResponse.html('<!doctype html><p>Hi')));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(/web page where review data should be/));
    expect(alert).toHaveTextContent(/couldn’t read the reviews/i);
    expect(alert).toHaveTextContent(/If you are on Wi-Fi that asks you to sign in/);
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectListed(everything.slice(0, 24));
  });

  it('says when the network answers with its sign-in page (a captive portal), and Retry works once signed in', async () => {
    const user = userEvent.setup();
    server.use(
      http.get('*/api/v2/index.json', () => HttpResponse.html('<!doctype html><form>Accept and connect</form>')),
    );
    renderApp('/');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(/The network answered with a web page instead of review data/));
    expect(alert).toHaveTextContent(/couldn’t load the reviews/i);
    expect(alert).toHaveTextContent(/sign in, then retry/);
    // The reader signs in to the Wi-Fi.
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectListed(everything.slice(0, 24));
  });
});

describe('a list with broken data', () => {
  it('has a review of the first page to break', () => {
    expect(page.ids).toContain(ballerina.id);
    expect(everything.slice(0, 24)).toContain('Ballerina (2023)');
  });

  it('leaves out a broken card, says so, and shows the rest', async () => {
    server.use(
      http.get(`*/api/v2/builds/${build}/pages/all.json`, brokenPage),
      http.get(`*/api/v2/builds/${build}/cards/${ballerina.id}.json`, () =>
        HttpResponse.json({ ...(read(`cards/${ballerina.id}.json`) as object), rating: 'seven' }),
      ),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderApp('/');
    await expectListed(withoutBallerina.slice(0, 23));
    expect(
      await screen.findByText(`Showing 23 of ${page.total} reviews · 1 review could not be shown`),
    ).toBeInTheDocument();
  });

  it('leaves out a broken card of a filtered list, says so, and shows the rest', async () => {
    server.use(
      http.get(`*/api/v2/builds/${build}/cards/${ballerina.id}.json`, () =>
        HttpResponse.json({ ...(read(`cards/${ballerina.id}.json`) as object), film: null }),
      ),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderApp('/?genre=action');
    const action = reviews.filter((review) => review.film.genres.includes('action')).map(cardName);
    await expectListed(action.filter((name) => name !== 'Ballerina (2023)'));
    expect(await screen.findByText(/1 review could not be shown/)).toBeInTheDocument();
  });

  it('counts a broken card of the page file at once, before the rest of the index arrives', async () => {
    server.use(
      http.get(`*/api/v2/builds/${build}/pages/all.json`, brokenPage),
      http.get(`*/api/v2/builds/${build}/blocks/*`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderApp('/');
    await expectListed(withoutBallerina.slice(0, 23));
    expect(await screen.findByText(/1 review could not be shown/, {}, { timeout: 1_500 })).toBeInTheDocument();
  });

  it('says which list cannot be read when the entry is broken', async () => {
    server.use(
      http.get('*/api/v2/index.json', () =>
        HttpResponse.json({ ...(readApiFile('index.json') as object), genres: { Drama: 3 } }),
      ),
    );
    renderApp('/');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(/not in the expected format/));
    expect(alert).toHaveTextContent(/couldn’t read the reviews/i);
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});
