import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useAnnouncer } from '@/components/announcer';
import { PageMeta } from '@/components/page-meta';
import { QueryState } from '@/components/query-state';
import { SearchBox } from './search-box';
import { RESULTS_PAGE } from './search-location';
import { startSearch } from './search-queries';
import { countMessage, SearchResults, SearchResultsSkeleton } from './search-results';
import { useTextSearch } from './use-text-search';
import styles from './search.module.css';

/**
 * The search inside reviews, `/search?q=…`: a search box, and the reviews
 * whose text has every word (and every phrase in quotes), best first, each
 * with the passage that matches. Up and Down move between the search box and
 * the results; Tab moves through the results as links.
 */
export function SearchView({ query }: { query: string }) {
  const location = useLocation();
  const navigate = useNavigate();
  // How many are shown lives in the history entry, so Back returns to the same length.
  const shown = Math.max(RESULTS_PAGE, Number((location.state as { shown?: unknown } | null)?.shown) || 0);
  const search = useTextSearch(query, shown);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  useAnnounceCount(query, search.updating ? undefined : search.state.data);
  // A prerendered page's loader starts nothing: the engine and the index's keys load once it is here.
  const queryClient = useQueryClient();
  useEffect(() => startSearch(queryClient), [queryClient]);

  /** Up and Down: from the box to the first result, between results, from the first back to the box. */
  const moveFocus = (event: KeyboardEvent<HTMLElement>, from: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    const links = Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>(':scope > li h2 a') ?? []);
    if (!step || !links.length || (from === -1 && step === -1)) return;
    event.preventDefault();
    const to = from + step;
    if (to === -1) inputRef.current?.focus();
    else links[Math.min(to, links.length - 1)]!.focus();
  };

  return (
    <>
      <PageMeta
        title={query ? `“${query}”: search inside reviews` : 'Search inside reviews'}
        description="Search inside every film review on Reel Notes: any words, or a phrase in quotes."
      />
      <h1>Search reviews</h1>
      <SearchBox query={query} inputRef={inputRef} onKeyDown={(event) => moveFocus(event, -1)} />
      <div className={styles.body}>
        {query ? (
          <QueryState state={search.state} what="the search results" skeleton={<SearchResultsSkeleton />}>
            {(results) => (
              <SearchResults
                results={results}
                updating={search.updating}
                loadingMore={search.loadingMore}
                listRef={listRef}
                onKeyDown={moveFocus}
                showMore={() =>
                  void navigate(location, {
                    replace: true,
                    preventScrollReset: true,
                    state: { shown: shown + RESULTS_PAGE },
                  })
                }
              />
            )}
          </QueryState>
        ) : (
          <p className={styles.intro}>
            Find words and phrases in the text of every review. Spoilers are never searched, and never shown.
          </p>
        )}
      </div>
    </>
  );
}

/** Says how many reviews a new query found, without moving focus, once its first results are in. */
function useAnnounceCount(query: string, results: Parameters<typeof countMessage>[0] | undefined) {
  const { announce } = useAnnouncer();
  const announced = useRef<string | null>(null);
  const message = results?.query === query ? countMessage(results) : null;
  useEffect(() => {
    if (message === null || announced.current === query) return;
    const timer = setTimeout(() => {
      announced.current = query;
      announce(message);
    }, 300);
    return () => clearTimeout(timer);
  }, [query, message, announce]);
}
