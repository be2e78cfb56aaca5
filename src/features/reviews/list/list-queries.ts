import type { QueryClient } from '@tanstack/react-query';
import { entryQuery } from '../api/review-queries';
import { pageQuery } from './page-queries';
import type { ListScope } from '../format/archive-layout';
import { isDefaultFilters, type ListFilters } from './filters';

/**
 * Everything a list's first screen needs, started (or, with `wait`, awaited):
 * the entry, then the first page and its cards, or for a search the name
 * matches and the whole index. Loaders call this; the view reads the same queries.
 */
export async function loadList(
  client: QueryClient,
  scope: ListScope,
  filters: ListFilters,
  { wait }: { wait: boolean },
): Promise<void> {
  const load = async () => {
    const entry = await client.ensureQueryData(entryQuery());
    if (isDefaultFilters(filters)) {
      await client.ensureQueryData(pageQuery(entry.build, scope));
      return;
    }
    const { cardsQuery, filterIndexQuery, firstPageQuery, nameSearchQuery } = await import('./engine-queries');
    // With the whole index in memory, the view works out any list at once: nothing to start here.
    if (client.getQueryData(filterIndexQuery(entry).queryKey)) return;
    if (filters.query) {
      await Promise.all([
        client.ensureQueryData(nameSearchQuery(entry.build, filters.query)),
        client.ensureQueryData(filterIndexQuery(entry)),
      ]);
      return;
    }
    // "Not read yet" needs this device's reading list: the view starts it.
    if (filters.unread) return;
    const page = await client.ensureQueryData(firstPageQuery(entry, scope, filters, []));
    await client.ensureQueryData(cardsQuery(client, entry.build, page.ids));
  };
  if (wait) await load();
  // In the browser the view shows its skeleton at once and reads these queries as they land;
  // a failure here is shown by the view, which asks again.
  else void load().catch(() => undefined);
}
