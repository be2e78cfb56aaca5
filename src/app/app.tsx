import type { QueryClient } from '@tanstack/react-query';
import { RouterProvider, type RouterProviderProps } from 'react-router-dom';
import { AppProvider } from './provider';

/** The app in the browser: the providers around the router. */
export function App({ queryClient, router }: { queryClient: QueryClient; router: RouterProviderProps['router'] }) {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
