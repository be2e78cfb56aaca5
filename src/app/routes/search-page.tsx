import { usePageData } from '@/lib/page-router/page-router-view';
import { SearchView } from '@/features/reviews/search/search-view';
import type { SearchLoaderData } from './search-loader';

/** `/search`: the search inside reviews. */
export function SearchPage() {
  const { query } = usePageData<SearchLoaderData>();
  return <SearchView query={query} />;
}
