import { render } from '@testing-library/react';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router-dom';
import { QueryClient } from '@tanstack/react-query';
import { App } from '@/app/app';
import { createRoutes } from '@/app/router';
import { createPageRouter } from '@/lib/page-router/page-router';

/**
 * Renders the whole app at a URL, with the real routes and a fresh query
 * client that does not retry, so each test starts cold and fails fast.
 */
export function renderApp(url: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  });
  const router = createPageRouter(createRoutes({ queryClient, wait: false }), {
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  void router.initialize();
  const view = render(<App queryClient={queryClient} router={router} />);
  return { ...view, router, queryClient };
}
