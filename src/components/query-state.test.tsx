import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { QueryState, type LoadState } from './query-state';

/** QueryState, as every view shows its data: loading, offline, failed, or here (perhaps stale). */
const URL = 'https://api.example.test/v2/index.json';

function state(overrides: Partial<LoadState<string[]>>): LoadState<string[]> {
  return {
    data: undefined,
    error: null,
    isPaused: false,
    isRefreshError: false,
    retry: () => {},
    retrying: false,
    ...overrides,
  };
}

function show(load: LoadState<string[]>) {
  return render(
    <QueryState
      state={load}
      what="the reviews"
      skeleton={<div data-testid="skeleton" />}
      actions={<a href="/">Home</a>}
    >
      {(data) => (
        <ul>
          {data.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </QueryState>,
  );
}

afterEach(() => void vi.useRealTimers());

describe('QueryState', () => {
  it('shows the content once the data is here', () => {
    show(state({ data: ['Ballerina', 'Jaws'] }));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Ballerina', 'Jaws']);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByTestId('skeleton')).not.toBeInTheDocument();
  });

  // The stylesheet shows the progress only after a second (an animation delay), which jsdom does not run.
  it('says it is loading, with the skeleton, and how far it has got', () => {
    show(state({ progress: { done: 3, total: 12 } }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading the reviews…\s*25%$/);
    expect(screen.getByTestId('skeleton')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Loading the reviews' })).toHaveAttribute('value', '3');
  });

  it('says the reader is offline while a request waits for the connection', () => {
    show(state({ isPaused: true }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'You’re offline: the reviews will load when your connection returns.',
    );
    expect(screen.getByTestId('skeleton')).toBeInTheDocument();
  });

  it('shows a failure with a Retry that asks again, and the other ways on', async () => {
    const retry = vi.fn();
    show(state({ error: new ApiError('http', URL, 'status 503', 503), retry }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/couldn’t load the reviews/);
    expect(within(alert).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('says it is trying again while a retry is on its way', () => {
    show(state({ error: new ApiError('network', URL, 'unreachable'), retrying: true }));
    expect(screen.getByRole('button', { name: 'Trying again…' })).toBeDisabled();
  });

  it.each([
    ['broken data', new ApiError('invalid', URL, 'rating: Invalid')],
    ['a missing file', new ApiError('not-found', URL, 'not found', 404)],
    ['a file far too large', new ApiError('too-large', URL, 'larger than the limit')],
  ])('offers no Retry for %s, which asking again cannot fix', (_, error) => {
    show(state({ error }));
    expect(within(screen.getByRole('alert')).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it.each([
    ['a web page where data should be (a missing file, or a network’s sign-in page)', 'html-instead-of-json'],
    ['a network’s sign-in page', 'sign-in-page'],
  ] as const)('offers Retry for %s: once signed in, asking again works', async (_, kind) => {
    const retry = vi.fn();
    show(state({ error: new ApiError(kind, URL, 'a web page'), retry }));
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('keeps the data on screen when a refresh fails, with a notice and a Retry', async () => {
    const retry = vi.fn();
    show(
      state({ data: ['Ballerina'], error: new ApiError('network', URL, 'unreachable'), isRefreshError: true, retry }),
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('Ballerina');
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('We couldn’t refresh the reviews: you are seeing what was already loaded.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(within(notice).getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
