import { lazy, Suspense, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { QueryState, type LoadState } from '@/components/query-state';
import { ReviewCard } from '../../components/review-card';
import { ReviewCardSkeleton, ReviewCardSketch } from '../../components/review-card-skeleton';
import { reviewCount } from '../../count';
import { PAGE_SIZE, type ListScope } from '@/format/archive-layout';
import type { ListFilters } from '../address/filters';
import { describeList } from '../address/list-summary';
import type { ReviewList } from '../data/use-review-list';
import grid from '../../components/card-grid.module.css';
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
      what={describeList(scope, filters)}
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

/**
 * "Showing 24 of 1,204 reviews"; while the index loads, "Showing 24 of at least 96 reviews". Cards still
 * arriving count as shown, so the line stays the same while they fill their places.
 */
function countLine(list: ReviewList): string {
  const total = `${list.exact ? '' : 'at least '}${reviewCount(list.count)}`;
  const onPage = list.cards.length + list.arriving;
  const shown = onPage < list.count ? `Showing ${onPage} of ${total}` : total;
  return list.rejected > 0 ? `${shown} · ${reviewCount(list.rejected)} could not be shown` : shown;
}

/**
 * After "Show more", focus moves to the first new review, as if the reader had
 * scrolled there. Kept outside the cards: the list that shows more is the
 * engine's, which can replace the published page's list (new elements).
 */
let focusAfterMore: { address: string; index: number; focused: boolean } | null = null;

function ResultCards({ list, shown }: { list: ReviewList; shown: number }) {
  const location = useLocation();
  const navigate = useNavigate();
  const listRef = useRef<HTMLOListElement>(null);
  const address = location.pathname + location.search;

  const loadingMore = list.loadingMore || list.arriving > 0;
  useLayoutEffect(() => {
    if (focusAfterMore?.address !== address) return;
    // Until the new cards arrive, there is nothing to focus: a later render does it.
    const link = listRef.current?.children[focusAfterMore.index]?.querySelector('a');
    if (!link) return;
    // Once; and again while the rest of the page lands, if the card's link was built anew (focus fell to the body).
    if (!focusAfterMore.focused || document.activeElement === document.body) link.focus();
    focusAfterMore.focused = true;
    if (!loadingMore) focusAfterMore = null;
  });

  const remaining = list.count - list.cards.length - list.arriving - list.rejected;
  const showMore = () => {
    focusAfterMore = { address, index: list.cards.length, focused: false };
    // How many are shown lives in this history entry, so Back returns to the same length and scroll.
    void navigate(location, { replace: true, preventScrollReset: true, state: { shown: shown + PAGE_SIZE } });
  };
  return (
    <>
      <p className={grid.count}>
        {countLine(list)}
        {list.indexProgress && <span className={grid.counting}> · counting the rest…</span>}
      </p>
      <ol
        ref={listRef}
        className={list.updating ? `${grid.grid} ${grid.stale}` : grid.grid}
        aria-busy={list.updating || list.arriving > 0}
      >
        {/* Keyed by place: a new filter's cards take over the elements of the cards before them, so a change
            updates words and links rather than building the list again (a photo is keyed by its file, the
            Save button by its review). */}
        {list.cards.map((card, place) => (
          <li key={place}>
            <ReviewCard review={card} />
          </li>
        ))}
        {/* The places of the cards still arriving, so nothing below them moves when they land: sketched, when the
            titles are in memory. */}
        {Array.from({ length: list.arriving }, (_, index) => {
          const sketch = list.sketches[index];
          return (
            <li key={sketch ? `sketch-${sketch.id}` : `arriving-${index}`} aria-hidden="true">
              {sketch ? (
                <ReviewCardSketch title={sketch.title} year={sketch.year} rating={sketch.rating} />
              ) : (
                <ReviewCardSkeleton />
              )}
            </li>
          );
        })}
      </ol>
      {(remaining > 0 || loadingMore) && (
        <button type="button" className={`button ${styles.more}`} onClick={showMore} disabled={loadingMore}>
          {loadingMore ? 'Loading more reviews…' : `Show ${Math.min(PAGE_SIZE, remaining)} more`}
        </button>
      )}
    </>
  );
}
