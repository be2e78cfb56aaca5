import type { ReactNode } from 'react';
import { isApiError, type ApiErrorKind } from '@/lib/api-error';
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

const CANT_LOAD = 'We couldn’t load';
const CANT_READ = 'We couldn’t read';

/** What the reader is told for each kind of failure: what happened, and what to do. */
const EXPLANATIONS: Record<ApiErrorKind | 'unknown', [title: string, detail: string]> = {
  offline: ['You’re offline:', 'It will load when your connection returns, or you can retry now.'],
  network: [CANT_LOAD, 'The connection failed. Check it and try again.'],
  timeout: [CANT_LOAD, 'The server took too long to answer. Try again in a moment.'],
  http: [CANT_LOAD, 'The server had a problem. It is usually brief: try again in a moment.'],
  'not-found': ['We couldn’t find', 'It may have moved or been taken down.'],
  'too-large': [CANT_READ, 'The server sent far more data than expected, so we stopped reading it.'],
  'not-json': [CANT_READ, 'The server sent something that is not review data.'],
  'html-instead-of-json': [
    CANT_READ,
    'The server sent a web page where review data should be: the file is probably missing.',
  ],
  invalid: [CANT_READ, 'The review data is not in the expected format, so we won’t show it half-broken.'],
  unknown: ['Something went wrong showing', 'Please try again.'],
};

function explain(what: string, error: unknown): { title: string; detail: string } {
  const [title, detail] = EXPLANATIONS[isApiError(error) ? error.kind : 'unknown'];
  return { title: `${title} ${what}`, detail };
}
