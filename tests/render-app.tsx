import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { QueryClient } from '@tanstack/react-query';
import { AppProvider } from '@/app/provider';
import { createRoutes } from '@/app/router';

/**
 * Renders the whole app at a URL, with the real routes and a fresh query
 * client that does not retry, so each test starts cold and fails fast.
 */
export function renderApp(url: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  });
  const router = createMemoryRouter(createRoutes({ queryClient, wait: false }) as RouteObject[], {
    initialEntries: [url],
  });
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, queryClient };
}
