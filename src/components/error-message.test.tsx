import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiErrorKind } from '@/lib/api-error';
import { ErrorMessage, isRetryable } from './error-message';

const URL = 'https://api.example.test/v2/index.json';

/**
 * Each kind of failure, as the reader is told it: the heading, what probably
 * happened, and whether Retry is offered (only where asking again can help).
 */
const CASES: [ApiErrorKind, status: number | undefined, heading: string, says: RegExp, retry: boolean][] = [
  ['offline', undefined, 'You’re offline: the reviews', /load when your connection returns/, true],
  ['network', undefined, 'We couldn’t load the reviews', /connection failed/, true],
  ['timeout', undefined, 'We couldn’t load the reviews', /took too long/, true],
  ['http', 503, 'We couldn’t load the reviews', /server had a problem/, true],
  ['http', 429, 'We couldn’t load the reviews', /server had a problem/, true],
  ['not-json', undefined, 'We couldn’t read the reviews', /not review data/, true],
  [
    'html-instead-of-json',
    undefined,
    'We couldn’t read the reviews',
    /web page where review data should be: the file is probably missing\. If you are on Wi-Fi that asks you to sign in/,
    true,
  ],
  [
    'sign-in-page',
    undefined,
    'We couldn’t load the reviews',
    /^The network answered with a web page instead of review data\. If you are on Wi-Fi that asks you to sign in \(a hotel, a train\), sign in, then retry\.$/,
    true,
  ],
  ['not-found', 404, 'We couldn’t find the reviews', /moved or been taken down/, false],
  ['too-large', undefined, 'We couldn’t read the reviews', /far more data than expected/, false],
  ['invalid', undefined, 'We couldn’t read the reviews', /not in the expected format/, false],
];

describe('ErrorMessage', () => {
  it.each(CASES)(
    'tells of %s %s: "%s", why, and Retry only if it can help',
    async (kind, status, heading, says, retry) => {
      const error = new ApiError(kind, URL, 'detail', status);
      const onRetry = vi.fn();
      render(<ErrorMessage what="the reviews" error={error} onRetry={isRetryable(error) ? onRetry : undefined} />);
      const alert = screen.getByRole('alert');
      expect(await within(alert).findByRole('heading', { name: heading })).toBeInTheDocument();
      expect(within(alert).getByText(says)).toBeInTheDocument();
      expect(isRetryable(error)).toBe(retry);
      if (retry) await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
      else expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
      expect(onRetry).toHaveBeenCalledTimes(retry ? 1 : 0);
    },
  );

  it('says something different for each kind, so no failure is passed off as another', async () => {
    const said = new Set<string>();
    for (const [kind, status] of CASES) {
      const { unmount } = render(<ErrorMessage what="the reviews" error={new ApiError(kind, URL, 'detail', status)} />);
      await screen.findByRole('heading', { name: /reviews/ });
      said.add(screen.getByRole('alert').textContent ?? '');
      unmount();
    }
    // Two HTTP statuses share their words.
    expect(said.size).toBe(CASES.length - 1);
  });

  it('offers Retry for an error that is not the API’s, with a plain message', async () => {
    render(<ErrorMessage what="the reviews" error={new TypeError('x is undefined')} onRetry={() => {}} />);
    expect(
      await screen.findByRole('heading', { name: 'Something went wrong showing the reviews' }),
    ).toBeInTheDocument();
    expect(isRetryable(new TypeError('x is undefined'))).toBe(true);
  });
});
