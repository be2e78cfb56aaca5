import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createPageRouter, NotFound, Redirect, resolvePage, type LoaderArgs, type PageRoute } from './page-router';

const View = () => null;

/** A page whose loader records what it was given and waits until the test lets it finish. */
function pausedPage(calls: string[]) {
  const waiting: (() => void)[] = [];
  const route = async () => ({
    Component: View,
    loader: async ({ request, params }: LoaderArgs) => {
      const url = new URL(request.url);
      calls.push(`${url.pathname}${url.search} ${JSON.stringify(params)}`);
      await new Promise<void>((resolve) => waiting.push(resolve));
      return url.search;
    },
  });
  return { route, finishNext: () => waiting.shift()?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function routes(extra: PageRoute[] = []): PageRoute[] {
  return [
    ...extra,
    {
      path: '/old/:slug',
      page: async () => ({
        Component: View,
        loader: ({ params }) => {
          throw new Redirect(`/reviews/${params.slug}`);
        },
      }),
    },
    {
      path: '/gone',
      page: async () => ({
        Component: View,
        loader: () => {
          throw new NotFound();
        },
      }),
    },
    { path: '/loop', page: async () => ({ Component: View, loader: () => Promise.reject(new Redirect('/loop')) }) },
    { path: '/broken', page: () => Promise.reject(new Error('The page’s code did not arrive')) },
    { path: '/reviews/:slug', page: async () => ({ Component: View, loader: ({ params }) => params.slug }) },
    { path: '*', page: async () => ({ Component: View }) },
  ];
}

function routerAt(path: string, table = routes(), basename = '/') {
  const history = createMemoryHistory({ initialEntries: [path] });
  return { history, router: createPageRouter(table, { history, basename }) };
}

describe('the page router', () => {
  it('loads the first page with its loader’s data before anything shows, and only once however often asked', async () => {
    const calls: string[] = [];
    const page = pausedPage(calls);
    const { router } = routerAt('/list?genre=drama', routes([{ path: '/list', page: page.route }]));
    expect(router.state.page).toBeUndefined();
    const first = router.initialize();
    const again = router.initialize();
    await settle();
    page.finishNext();
    await Promise.all([first, again]);
    expect(calls).toEqual(['/list?genre=drama {}']);
    expect(router.state.page).toMatchObject({ Component: View, data: '?genre=drama', status: 200 });
  });

  it('moves the address only once the new page’s loader has run, naming the address it is loading meanwhile', async () => {
    const calls: string[] = [];
    const page = pausedPage(calls);
    const { router, history } = routerAt('/reviews/alien', routes([{ path: '/list', page: page.route }]));
    await router.initialize();
    const seen: (string | undefined)[] = [];
    router.subscribe((state) => seen.push(state.pending?.search));
    const navigation = router.navigate('/list?rating=4');
    await settle();
    expect(history.location.pathname).toBe('/reviews/alien');
    expect(router.state.pending).toMatchObject({ pathname: '/list', search: '?rating=4' });
    page.finishNext();
    await navigation;
    expect(history.location).toMatchObject({ pathname: '/list', search: '?rating=4' });
    expect(router.state).toMatchObject({ action: 'PUSH', page: { data: '?rating=4' } });
    expect(router.state.pending).toBeUndefined();
    expect(seen).toEqual(['?rating=4', undefined]);
  });

  it('gives each entry of the history a key of its own, by which the reader’s place on it is kept', async () => {
    const { router } = routerAt('/reviews/alien');
    await router.initialize();
    const keys = [router.state.location.key];
    await router.navigate('/reviews/jaws');
    keys.push(router.state.location.key);
    await router.navigate('/reviews/heat', { replace: true });
    keys.push(router.state.location.key);
    expect(new Set(keys).size).toBe(3);
  });

  it('marks a page asked for with flushSync to be shown at once, from a link or the navigator alike', async () => {
    const { router } = routerAt('/reviews/alien');
    await router.initialize();
    await router.navigate('/reviews/jaws', { flushSync: true });
    expect(router.state.immediate).toBe(true);
    await router.navigate('/reviews/heat');
    expect(router.state.immediate).toBe(false);
    router.navigator.replace('/reviews/alien', undefined, { flushSync: true });
    await settle();
    expect(router.state).toMatchObject({ immediate: true, page: { data: 'alien' } });
  });

  it('drops a navigation a newer one overtook, whichever finishes first', async () => {
    const calls: string[] = [];
    const page = pausedPage(calls);
    const { router, history } = routerAt('/list', routes([{ path: '/list', page: page.route }]));
    const first = router.initialize();
    await settle();
    page.finishNext();
    await first;
    const slow = router.navigate('/list?genre=drama');
    await settle();
    const fast = router.navigate('/list?genre=horror', { replace: true });
    await settle();
    page.finishNext();
    page.finishNext();
    await Promise.all([slow, fast]);
    expect(history.location.search).toBe('?genre=horror');
    expect(history.index).toBe(0);
    expect(router.state.page?.data).toBe('?genre=horror');
  });

  it('follows a loader’s redirect in place of the address asked for, with the base path', async () => {
    const { router, history } = routerAt('/reel/old/alien', routes(), '/reel');
    await router.initialize();
    expect(history.location.pathname).toBe('/reel/reviews/alien');
    expect(history.index).toBe(0);
    expect(router.state.page?.data).toBe('alien');
    await router.navigate('/reel/old/jaws');
    expect(history.location.pathname).toBe('/reel/reviews/jaws');
    expect(history.index).toBe(1);
  });

  it('shows what went wrong: 404 for an address that names nothing, 500 for code that failed or redirects without end', async () => {
    const statuses = async (path: string) => {
      const { router } = routerAt(path);
      await router.initialize();
      return router.state.page;
    };
    expect(await statuses('/gone')).toMatchObject({ status: 404, error: expect.any(NotFound) });
    expect(await statuses('/broken')).toMatchObject({
      status: 500,
      error: new Error('The page’s code did not arrive'),
    });
    expect(await statuses('/loop')).toMatchObject({ status: 500, error: new Error('Too many redirects at /loop') });
  });

  it('runs the page’s loader again on Back, once the history has moved', async () => {
    const { router, history } = routerAt('/reviews/alien');
    await router.initialize();
    await router.navigate('/reviews/jaws');
    await router.navigate(-1);
    await settle();
    await settle();
    expect(history.location.pathname).toBe('/reviews/alien');
    expect(router.state).toMatchObject({ action: 'POP', page: { data: 'alien' } });
  });

  it('fetches a page’s code once it has arrived, and asks again for code that failed to arrive', async () => {
    let fetched = 0;
    let loads = 0;
    const page = async () => {
      fetched += 1;
      if (fetched === 1) throw new Error('offline');
      return { Component: View, loader: () => (loads += 1) };
    };
    const { router } = routerAt('/list', routes([{ path: '/list', page }]));
    await router.initialize();
    expect(router.state.page?.status).toBe(500);
    await router.navigate('/list?genre=drama');
    await router.navigate('/list?genre=horror');
    expect({ fetched, loads }).toEqual({ fetched: 2, loads: 2 });
  });

  it('keeps the page, and does not run its loader again, for a jump within it (#main) and back', async () => {
    let loads = 0;
    const page = async () => ({ Component: View, loader: () => (loads += 1) });
    const { router, history } = routerAt('/list', routes([{ path: '/list', page }]));
    await router.initialize();
    const shown = router.state.page;
    history.push('/list#main');
    await router.navigate(-1);
    await settle();
    expect(history.location.hash).toBe('');
    expect(router.state).toMatchObject({ action: 'POP', location: { hash: '' } });
    expect(router.state.page).toBe(shown);
    expect(loads).toBe(1);
  });

  it('resolves a page for the prerenderer without moving anything: a redirect is returned, not followed', async () => {
    const history = createMemoryHistory({ initialEntries: ['/old/alien'] });
    expect(await resolvePage(routes(), history.location, history)).toEqual(new Redirect('/reviews/alien'));
    const outside = createMemoryHistory({ initialEntries: ['/elsewhere'] });
    expect(await resolvePage(routes(), outside.location, outside, '/reel')).toMatchObject({ status: 404 });
  });
});
