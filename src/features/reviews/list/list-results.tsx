import { lazy, Suspense, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { QueryState, type LoadState } from '@/components/query-state';
import { ReviewCard } from '../components/review-card';
import { ReviewCardSkeleton } from '../components/review-card-skeleton';
import { reviewCount } from '../count';
import { PAGE_SIZE, type ListScope } from '../format/archive-layout';
import type { ListFilters } from './filters';
import type { ReviewList } from './use-review-list';
import grid from '../components/card-grid.module.css';
import styles from './review-list-view.module.css';

const NoResults = lazy(async () => ({ default: (await import('./no-results')).NoResults }));

interface ListResultsProps {
  list: LoadState<ReviewList>;
  shown: number;
  filters: ListFilters;
  scope: ListScope;
  clear: () => void;
}

/** The results of a list: how many, the cards, "Show more", or why there are none. */
export function ListResults({ list, shown, filters, scope, clear }: ListResultsProps) {
  return (
    <QueryState
      state={list}
      what="the reviews"
      skeleton={
        <div className={grid.grid}>
          {Array.from({ length: 6 }, (_, index) => (
            <ReviewCardSkeleton key={index} />
          ))}
        </div>
      }
    >
      {(data) =>
        data.count === 0 ? (
          <Suspense fallback={<p className={grid.count}>{reviewCount(0)}</p>}>
            <NoResults scope={scope} filters={filters} clear={clear} />
          </Suspense>
        ) : (
          <ResultCards list={data} shown={shown} />
        )
      }
    </QueryState>
  );
}

/** "Showing 24 of 1,204 reviews"; while the index loads, "Showing 24 of at least 96 reviews". */
function countLine(list: ReviewList): string {
  const total = `${list.exact ? '' : 'at least '}${reviewCount(list.count)}`;
  const shown = list.cards.length < list.count ? `Showing ${list.cards.length} of ${total}` : total;
  return list.rejected > 0 ? `${shown} · ${reviewCount(list.rejected)} could not be shown` : shown;
}

/**
 * Where focus goes next in a list, kept outside the cards: the engine's list
 * replaces the one drawn from the published page file (the same markup, new
 * elements) when its code arrives, and a reader's focus must survive that.
 * `index` is a card's place in the list, or -1 for "Show more"; `scroll`
 * brings it into view (the new cards after "Show more"), where a focus put
 * back leaves the scroll position alone.
 */
let pendingFocus: { address: string; index: number; scroll: boolean } | null = null;

function ResultCards({ list, shown }: { list: ReviewList; shown: number }) {
  const location = useLocation();
  const navigate = useNavigate();
  const listRef = useRef<HTMLOListElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  const address = location.pathname + location.search;

  useLayoutEffect(() => {
    if (!pendingFocus) return;
    // Meant for another list: the reader has moved on.
    if (pendingFocus.address !== address) return void (pendingFocus = null);
    const { index, scroll } = pendingFocus;
    const target = index < 0 ? moreRef.current : listRef.current?.children[index]?.querySelector('a');
    target?.focus({ preventScroll: !scroll });
    // Not there yet (the next cards still loading, the button disabled meanwhile): on a later render.
    if (target && document.activeElement === target) pendingFocus = null;
  });
  // Unmounting with focus inside, as the engine's list takes over: the list mounted in its place, in the same
  // commit, puts it back. Only then: a reader who opened a card and comes back later starts at the page's top.
  useLayoutEffect(() => {
    const cardList = listRef.current;
    const more = moreRef.current;
    return () => {
      const focused = document.activeElement;
      if (!focused || pendingFocus) return;
      const item = cardList?.contains(focused) ? focused.closest('li') : null;
      const index = focused === more ? -1 : item ? [...cardList!.children].indexOf(item) : null;
      if (index === null) return;
      const restore = (pendingFocus = { address, index, scroll: false });
      setTimeout(() => pendingFocus === restore && (pendingFocus = null));
    };
  }, [address]);

  const remaining = list.count - list.cards.length - list.rejected;
  const showMore = () => {
    // After "Show more", focus moves to the first new review, as if the reader had scrolled there.
    pendingFocus = { address, index: list.cards.length, scroll: true };
    // How many are shown lives in this history entry, so Back returns to the same length and scroll.
    void navigate(location, { replace: true, preventScrollReset: true, state: { shown: shown + PAGE_SIZE } });
  };
  return (
    <>
      <p className={grid.count}>
        {countLine(list)}
        {list.indexProgress && <span className={grid.counting}> · counting the rest…</span>}
      </p>
      <ol ref={listRef} className={grid.grid} aria-busy={list.updating}>
        {list.cards.map((card) => (
          <li key={card.slug}>
            <ReviewCard review={card} />
          </li>
        ))}
      </ol>
      {(remaining > 0 || list.loadingMore) && (
        <button
          ref={moreRef}
          type="button"
          className={`button ${styles.more}`}
          onClick={showMore}
          disabled={list.loadingMore}
        >
          {list.loadingMore ? 'Loading more reviews…' : `Show ${Math.min(PAGE_SIZE, remaining)} more`}
        </button>
      )}
    </>
  );
}
