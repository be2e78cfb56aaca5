import { afterEach, describe, expect, it, vi } from 'vitest';

/** Runs the boot script at an address, as the page's first script, and says what it left on <html>. */
async function bootAt(address: string) {
  history.replaceState(null, '', address);
  vi.resetModules();
  await import('./boot-script');
  const root = document.documentElement;
  return { marked: root.hasAttribute('data-client-list'), words: root.style.getPropertyValue('--list-loading') };
}

afterEach(() => {
  document.documentElement.removeAttribute('data-client-list');
  document.documentElement.removeAttribute('data-less-data');
  document.head.replaceChildren();
  Reflect.deleteProperty(navigator, 'connection');
  document.documentElement.removeAttribute('style');
  history.replaceState(null, '', '/');
});

describe('the boot script', () => {
  it('marks an address with filters and words what is loading, as a CSS string', async () => {
    expect(await bootAt('/?genre=drama&rating=4&sort=title')).toEqual({
      marked: true,
      words: '"Loading drama reviews, 4 stars or more, by title…"',
    });
    expect((await bootAt('/genres/Science_Fiction?rating=4.5&unread=1')).words).toBe(
      '"Loading science fiction reviews, 4.5 stars or more, not read yet…"',
    );
    expect((await bootAt('/ratings/4?genre=war')).words).toBe('"Loading 4-star war reviews…"');
  });

  it('leaves a page without filters as it is', async () => {
    expect(await bootAt('/?utm_source=x')).toEqual({ marked: false, words: '' });
    expect(await bootAt('/genres/drama')).toEqual({ marked: false, words: '' });
  });

  it('reads nonsense as the app does, and quotes markup as text', async () => {
    expect((await bootAt('/?genre=nope&rating=99&sort=evil')).words).toBe('"Loading the reviews…"');
    expect((await bootAt('/?q=%22%5C%3C%2Fstyle%3E%3Cscript%3E')).words).toBe(
      '"Loading reviews, matching “\\22 \\5c </style><script>”…"',
    );
    // Not a list (or a genre that is none, or broken percent-encoding): the words of any list.
    for (const address of ['/genres/nope?rating=4', '/genres/%E0%A4%A?rating=4', '/search?q=kim'])
      expect(await bootAt(address), address).toEqual({ marked: true, words: '"Loading the reviews…"' });
  });
});

describe('the body font', () => {
  const FONT = '/assets/source-serif-4-latin-400-normal-abc123.woff2';

  /** Boots a page whose build named its font, on a connection as the Network Information API reports it. */
  async function bootOn(connection: { saveData?: boolean; effectiveType?: string } | undefined) {
    document.head.innerHTML = `<meta name="body-font" content="${FONT}" />`;
    Object.defineProperty(navigator, 'connection', { value: connection, configurable: true });
    await bootAt('/');
    const preloads = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];
    return {
      lessData: document.documentElement.hasAttribute('data-less-data'),
      preloads: preloads.map((link) => [link.as, link.type, link.crossOrigin, link.getAttribute('href')]),
    };
  }

  it('is preloaded at once on a fast connection, or where the browser does not say', async () => {
    const preloaded = { lessData: false, preloads: [['font', 'font/woff2', 'anonymous', FONT]] };
    expect(await bootOn({ effectiveType: '4g' })).toEqual(preloaded);
    expect(await bootOn(undefined)).toEqual(preloaded);
  });

  it('is never fetched on Save-Data or 3G and slower: the page keeps its local serif', async () => {
    for (const connection of [
      { saveData: true, effectiveType: '4g' },
      { effectiveType: '3g' },
      { effectiveType: '2g' },
    ])
      expect(await bootOn(connection), JSON.stringify(connection)).toEqual({ lessData: true, preloads: [] });
  });

  it('is left alone where the build named none (the dev server)', async () => {
    document.head.innerHTML = '';
    await bootAt('/');
    expect(document.head.querySelector('link')).toBeNull();
  });
});

describe('starting the app on a prerendered page', () => {
  /** Boots a prerendered list page at an address, then runs what it does once the document is parsed. */
  async function startAt(address: string, { after }: { after: number }) {
    document.body.innerHTML =
      '<meta name="app-modules" content="/assets/index.js /assets/list.js" />' +
      '<meta name="filtered-list-modules" content="/assets/engine.js /assets/schemas.js" />';
    // The listener of this run of the script only (earlier runs in this file added theirs to the same document).
    const listen = vi.spyOn(document, 'addEventListener');
    await bootAt(address);
    const parsed = listen.mock.calls.find(([type]) => type === 'DOMContentLoaded')?.[1] as () => void;
    listen.mockRestore();
    vi.useFakeTimers();
    parsed();
    vi.advanceTimersByTime(after);
    vi.useRealTimers();
    const scripts = [...document.head.querySelectorAll('script')].map((script) => script.getAttribute('src'));
    const preloads = [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) =>
      link.getAttribute('href'),
    );
    document.body.innerHTML = '';
    return { scripts, preloads };
  }

  it('on an address with filters, at once, with what such a list needs besides', async () => {
    expect(await startAt('/?genre=drama&rating=4', { after: 0 })).toEqual({
      scripts: ['/assets/index.js'],
      preloads: ['/assets/list.js', '/assets/engine.js', '/assets/schemas.js'],
    });
  });

  it('on any other address, after the first paint (or half a second), with the page’s own modules only', async () => {
    expect(await startAt('/', { after: 0 })).toEqual({ scripts: [], preloads: [] });
    expect(await startAt('/genres/drama', { after: 500 })).toEqual({
      scripts: ['/assets/index.js'],
      preloads: ['/assets/list.js'],
    });
  });
});
