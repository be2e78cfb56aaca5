import { lazy, Suspense, type ReactNode } from 'react';
import { isApiError } from '@/lib/api-error';
import styles from './error-message.module.css';

// The words for each kind of failure arrive when first needed; until then (or if they cannot), a plain title.
const Explanation = lazy(async () => ({ default: (await import('./error-explanation')).Explanation }));

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
  return (
    <div className={styles.message} role="alert">
      <Suspense fallback={<h2 className={styles.title}>We couldn’t load {what}</h2>}>
        <Explanation what={what} error={error} />
      </Suspense>
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

/**
 * Whether Retry can help: it cannot bring back a missing file, nor fix data
 * of the wrong shape or size; anything else may be gone on the next try (a
 * file cut short on its way, a network's sign-in page once the reader has
 * signed in, a web page that may be one).
 */
export function isRetryable(error: unknown): boolean {
  return !isApiError(error) || !['not-found', 'invalid', 'too-large'].includes(error.kind);
}
