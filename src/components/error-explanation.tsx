import { isApiError, type ApiErrorKind } from '@/lib/api-error';
import styles from './error-message.module.css';

const CANT_LOAD = 'We couldn’t load';
const CANT_READ = 'We couldn’t read';
const SIGN_IN = 'If you are on Wi-Fi that asks you to sign in (a hotel, a train), sign in, then retry.';

/** What the reader is told for each kind of failure: what happened, and what to do. */
const EXPLANATIONS: Record<ApiErrorKind | 'unknown', [title: string, detail: string]> = {
  offline: ['You’re offline:', 'It will load when your connection returns, or you can retry now.'],
  // On HTTPS a network's sign-in page shows as a failed connection: its certificate, or its redirect, is refused.
  network: [CANT_LOAD, `The connection failed. Check it and try again. ${SIGN_IN}`],
  timeout: [CANT_LOAD, 'The server took too long to answer. Try again in a moment.'],
  http: [CANT_LOAD, 'The server had a problem. It is usually brief: try again in a moment.'],
  'not-found': ['We couldn’t find', 'It may have moved or been taken down.'],
  'too-large': [CANT_READ, 'The server sent far more data than expected, so we stopped reading it.'],
  'not-json': [CANT_READ, 'The server sent something that is not review data.'],
  'html-instead-of-json': [
    CANT_READ,
    `The server sent a web page where review data should be: the file is probably missing. ${SIGN_IN}`,
  ],
  'sign-in-page': [CANT_LOAD, `The network answered with a web page instead of review data. ${SIGN_IN}`],
  invalid: [CANT_READ, 'The review data is not in the expected format, so we won’t show it half-broken.'],
  unknown: ['Something went wrong showing', 'Please try again.'],
};

/** What failed and why, in the reader's terms: the heading and the paragraph of an ErrorMessage. */
export function Explanation({ what, error }: { what: string; error: unknown }) {
  const [title, detail] = EXPLANATIONS[isApiError(error) ? error.kind : 'unknown'];
  return (
    <>
      <h2 className={styles.title}>
        {title} {what}
      </h2>
      <p>{detail}</p>
    </>
  );
}
