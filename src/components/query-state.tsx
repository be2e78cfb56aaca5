import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Progress } from '@/lib/progress';
import { ErrorMessage, isRetryable } from './error-message';
import { loadingLine } from './loading-line';
import styles from './query-state.module.css';

/**
 * The state of data a view waits for, whatever it is made of: one query, or
 * several read together (see fromQuery). Every view shows it with QueryState,
 * so loading, offline, failure and "couldn't refresh" look and behave the
 * same everywhere.
 */
export interface LoadState<T> {
  data: T | undefined;
  /** Why there is no data (or why a refresh failed), when something went wrong. */
  error: unknown;
  /** Waiting for a connection: the request will go out when the reader is back online. */
  isPaused: boolean;
  /** The data is on screen, but getting a newer copy (or the rest of it) failed. */
  isRefreshError: boolean;
  retry: () => void;
  retrying: boolean;
  /** How far a long download has got. */
  progress?: Progress | undefined;
}

export function fromQuery<T>(query: UseQueryResult<T>): LoadState<T> {
  return {
    data: query.data,
    error: query.error,
    isPaused: query.fetchStatus === 'paused',
    isRefreshError: query.isRefetchError,
    retry: () => void query.refetch(),
    retrying: query.isFetching,
  };
}

interface QueryStateProps<T> {
  state: LoadState<T>;
  /** What is loading, for the messages: "the reviews", "the review of ‘Ballerina’ (2023)". */
  what: string;
  /** The same shape as the content, empty, so nothing jumps when it lands. */
  skeleton: ReactNode;
  /** The content, once the data is here. */
  children: (data: T) => ReactNode;
  /** A way forward besides retrying, such as a link home. */
  actions?: ReactNode;
}

/** Shows the content, or why it is not here yet, with a Retry that works. */
export function QueryState<T>({ state, what, skeleton, children, actions }: QueryStateProps<T>) {
  if (state.data !== undefined) {
    return (
      <>
        {state.isRefreshError && (
          <p className={styles.notice} role="status">
            We couldn’t refresh {what}: you are seeing what was already loaded.{' '}
            <button type="button" className="button" onClick={state.retry} disabled={state.retrying}>
              {state.retrying ? 'Trying again…' : 'Retry'}
            </button>
          </p>
        )}
        {children(state.data)}
      </>
    );
  }
  if (state.error) {
    return (
      <ErrorMessage
        what={what}
        error={state.error}
        onRetry={isRetryable(state.error) ? state.retry : undefined}
        retrying={state.retrying}
      >
        {actions}
      </ErrorMessage>
    );
  }
  return (
    <>
      {state.isPaused ? (
        <p className={styles.status} role="status">
          You’re offline: {what} will load when your connection returns.
        </p>
      ) : (
        <LoadingStatus what={what} progress={state.progress} />
      )}
      {skeleton}
    </>
  );
}

/** "Loading the reviews…", and past a second (the stylesheet waits), how far it has got. */
export function LoadingStatus({ what, progress }: { what: string; progress?: Progress | undefined }) {
  return (
    <div className={styles.status} role="status">
      <span>{loadingLine(what)}</span>
      <span className={styles.slow}>
        {progress && `${Math.round((progress.done / progress.total) * 100)}%`}
        <progress
          className={styles.progress}
          max={progress?.total}
          value={progress?.done}
          aria-label={`Loading ${what}`}
        />
      </span>
    </div>
  );
}
