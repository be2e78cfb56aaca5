import type { ReactNode } from 'react';
import { isApiError } from '@/lib/api-error';
import styles from './error-message.module.css';

interface ErrorMessageProps {
  /** What could not be shown, e.g. "the reviews". */
  what: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  /** A way forward besides retrying, such as a link home. */
  children?: ReactNode;
}

/** A calm message that says what failed and why, in the reader's terms, with a Retry that works. */
export function ErrorMessage({ what, error, onRetry, retrying = false, children }: ErrorMessageProps) {
  const { title, detail } = explain(what, error);
  return (
    <div className={styles.message} role="alert">
      <h2 className={styles.title}>{title}</h2>
      <p>{detail}</p>
      <div className={styles.actions}>
        {onRetry && (
          <button type="button" className="button button-primary" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Trying again…' : 'Retry'}
          </button>
        )}
        {children}
      </div>
    </div>
  );
}

/** Whether Retry can help: it cannot fix data that is broken or missing. */
export function isRetryable(error: unknown): boolean {
  return !isApiError(error) || error.isTransient || error.kind === 'http';
}

function explain(what: string, error: unknown): { title: string; detail: string } {
  if (!isApiError(error)) {
    return { title: `Something went wrong showing ${what}`, detail: 'Please try again.' };
  }
  switch (error.kind) {
    case 'offline':
      return {
        title: 'You’re offline',
        detail: `We can’t load ${what} without a connection. We’ll try again when you’re back online, or you can retry now.`,
      };
    case 'network':
    case 'timeout':
      return {
        title: `We couldn’t load ${what}`,
        detail: 'The connection failed or took too long. Check your connection and try again.',
      };
    case 'http':
      return {
        title: `We couldn’t load ${what}`,
        detail: `The server had a problem (error ${error.status}). It is usually brief: try again in a moment.`,
      };
    case 'not-found':
      return { title: `We couldn’t find ${what}`, detail: 'It may have moved or been taken down.' };
    case 'not-json':
    case 'html-instead-of-json':
      return {
        title: `We couldn’t read ${what}`,
        detail:
          error.kind === 'not-json'
            ? 'The server sent something that is not valid review data.'
            : 'The server sent a web page where review data should be: the file is probably missing.',
      };
    case 'invalid':
      return {
        title: `We couldn’t read ${what}`,
        detail: 'The review data is not in the expected format, so we won’t show it half-broken.',
      };
  }
}
