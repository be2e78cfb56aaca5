import { configure, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectListed } from '../list-helpers';
import { renderApp } from '../render-app';

// The suite shares two cores with other files, and each page's code loads on first use: give slow moments room.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

/** Where the app ends up, and the page's heading there. */
async function landing(url: string, heading: string | RegExp) {
  const { router } = renderApp(url);
  expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  await waitFor(() => expect(router.state.pending).toBeUndefined());
  const { pathname, search } = router.state.location;
  return `${pathname}${search}`;
}

describe('addresses spelled another way go to their canonical address', () => {
  it.each([
    ['/genres/Action', '/genres/action', 'Action reviews'],
    ['/genres/ACTION', '/genres/action', 'Action reviews'],
    ['/genres/Science%20Fiction', '/genres/science-fiction', 'Science fiction reviews'],
    ['/genres/science_fiction?genre=drama', '/genres/science-fiction?genre=drama', 'Science fiction reviews'],
    ['/ratings/4.5', '/ratings/4', '4-star reviews'],
    ['/ratings/04', '/ratings/4', '4-star reviews'],
    ['/ratings/3?rating=4&genre=drama', '/ratings/3?genre=drama', '3-star reviews'],
    ['/reviews/Ballerina-2023', '/reviews/ballerina-2023', /Ballerina/],
  ])('%s goes to %s', async (url, canonical, heading) => {
    expect(await landing(url, heading)).toBe(canonical);
  });

  it.each([
    ['/?sort=newest', '/'],
    ['/?rating=abc', '/'],
    ['/?rating=abc&utm_source=x', '/?utm_source=x'],
    ['/?genre=war&genre=action&utm_source=x', '/?genre=action&genre=war&utm_source=x'],
    ['/?genre=nope&q=%20%20wick%20%20&sort=best', '/?q=wick'],
    ['/?genre=WAR,Drama&rating=4.2', '/?genre=drama&genre=war&rating=4'],
  ])('%s goes to %s', async (url, canonical) => {
    expect(await landing(url, 'Latest reviews')).toBe(canonical);
  });

  it('keeps parameters that are not filters exactly as they were on a genre page', async () => {
    expect(await landing('/genres/War?utm_campaign=a%20b&genre=war&fbclid=1', 'War reviews')).toBe(
      '/genres/war?utm_campaign=a+b&fbclid=1',
    );
  });

  it('leaves a canonical address as it is, unknown parameters and all', async () => {
    for (const url of ['/', '/?utm_source=x', '/genres/war?genre=drama&sort=title', '/ratings/5?q=kim']) {
      const { router, unmount } = renderApp(url);
      expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
      expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(url);
      unmount();
    }
  });

  it('shows the filters of the canonical address', async () => {
    const { router } = renderApp('/genres/ACTION?q=Wick&sort=nope');
    await expectListed(['John Wick (2014)']);
    expect(router.state.location.pathname).toBe('/genres/action');
    expect(router.state.location.search).toBe('?q=Wick');
    expect(await screen.findByLabelText('Search')).toHaveValue('Wick');
  });
});
