import type { QueryClient } from '@tanstack/react-query';
import type { PageRouter } from '@/lib/page-router/page-router';
import { PageRouterView } from '@/lib/page-router/page-router-view';
import { SiteLayout } from './layout';
import { AppProvider } from './provider';
import { routeError } from './router';

/** The app: the providers around the router's page, in its frame. Prerendering, the address never changes. */
export function App({
  queryClient,
  router,
  isStatic,
}: {
  queryClient: QueryClient;
  router: PageRouter;
  isStatic?: boolean;
}) {
  return (
    <AppProvider queryClient={queryClient}>
      <PageRouterView router={router} layout={SiteLayout} errorElement={routeError} isStatic={isStatic} />
    </AppProvider>
  );
}
