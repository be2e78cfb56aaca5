import { QueryClient } from '@tanstack/react-query';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoaderArgs } from '@/lib/page-router/page-router';
import { server } from '../../../tests/mocks/server';
import { genresLoader } from './genres-loader';
import { listLoader } from './list-loader';
import type { LoaderContext } from './loader-context';
import { reviewLoader } from './review-loader';
import { totalsLoader } from './totals-loader';

/**
 * A prerendered page's loaders wait for their data while it hydrates, and
 * share their context with every loader made later. Once hydrated, they must
 * not wait: a filter change or a link followed on a slow link shows its new
 * page (its loading state, its sketched list) at once, not after the network answers.
 */
const args = (path: string, params: Record<string, string> = {}) =>
  ({ request: new Request(`https://reviews.example${path}`), params }) as LoaderArgs;

/** Each loader made once, then called again: the context it was made with may change in between. */
const LOADERS: Record<string, (context: LoaderContext) => () => Promise<unknown>> = {
  'a list': (context: LoaderContext) => {
    const loader = listLoader('all', context);
    return () => loader(args('/?genre=drama&sort=title'));
  },
  '/genres': (context: LoaderContext) => genresLoader(context),
  '/ratings': (context: LoaderContext) => totalsLoader(context),
  'a review': (context: LoaderContext) => {
    const loader = reviewLoader(context);
    return () => loader(args('/reviews/parasite-2019', { slug: 'parasite-2019' }));
  },
};

/** Settles with the value, or with "still waiting" after a while. */
const within = <T>(promise: Promise<T>, ms = 1_000) =>
  Promise.race([promise, new Promise<'still waiting'>((done) => setTimeout(() => done('still waiting'), ms))]);

afterEach(() => server.resetHandlers());

describe.each(Object.entries(LOADERS))('the loader of %s', (_, make) => {
  it('waits for its data while the page hydrates', async () => {
    server.use(http.get('*', () => new Promise<never>(() => {})));
    const context: LoaderContext = { queryClient: new QueryClient(), wait: true };
    expect(await within(make(context)())).toBe('still waiting');
  });

  it('made while the page hydrated, no longer waits once it has', async () => {
    server.use(http.get('*', () => new Promise<never>(() => {})));
    const context: LoaderContext = { queryClient: new QueryClient(), wait: true };
    const load = make(context);
    context.wait = false;
    expect(await within(load())).not.toBe('still waiting');
  });
});
