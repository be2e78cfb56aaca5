import type { LoaderContext } from './loader-context';

// Each page's loader and view come in a chunk of their own (scripts/lib/route-chunks.ts): a person's page never loads a critic's code.
const ROUTES = {
  person: async () => {
    const { personLoader, PersonPage } = await import('./person-page');
    return [personLoader, PersonPage] as const;
  },
  critics: async () => {
    const { criticsLoader, CriticsPage } = await import('./critics-page');
    return [criticsLoader, CriticsPage] as const;
  },
  critic: async () => {
    const { criticLoader, CriticPage } = await import('./critic-page');
    return [criticLoader, CriticPage] as const;
  },
  lists: async () => {
    const { listsLoader, ListsPage } = await import('./lists-page');
    return [listsLoader, ListsPage] as const;
  },
  list: async () => {
    const { criticListLoader, CriticListPage } = await import('./critic-list-page');
    return [criticListLoader, CriticListPage] as const;
  },
};

export type DirectoryRoute = keyof typeof ROUTES;

/**
 * The loader and view of a page about people, critics or lists. The route
 * table imports this module from one place: each import site there costs
 * every page's first load a few bytes.
 */
export async function directoryRoute(route: DirectoryRoute, context: LoaderContext) {
  const [loader, Component] = await ROUTES[route]();
  return { loader: loader(context), Component };
}
