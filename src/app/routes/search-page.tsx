import { useLoaderData } from 'react-router-dom';
import { SearchView } from '@/features/reviews/search/search-view';
import type { SearchLoaderData } from './search-loader';

/** `/search`: the search inside reviews. */
export function SearchPage() {
  const { query } = useLoaderData() as SearchLoaderData;
  return <SearchView query={query} />;
}
