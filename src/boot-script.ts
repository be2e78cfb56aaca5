/**
 * The boot script: inlined at the top of every built page's <head> (compiled
 * by scripts/lib/boot-script.ts, allowed by its hash in the CSP), so it runs
 * before the first paint, however slow the link.
 *
 * An address with filters (which the HTML could not know) gets
 * html[data-client-list]: the stylesheet hides the page's prerendered list and
 * shows, in its place, the list's loading line and skeleton cards, with the
 * words the app's loading state uses (--list-loading), until the app has drawn
 * the right list (src/main.tsx).
 *
 * It also starts the app on a prerendered page, whose modules are named in
 * `<meta name="app-modules">` (scripts/prerender/page-html.ts) instead of
 * script tags: once the page's first paint is reported, so that on a slow link
 * the page's words and the stylesheet get the bandwidth first, not 120 kB of
 * JavaScript; at once for an address with filters, whose list only the app can
 * draw, with the modules such a list needs besides (`<meta
 * name="filtered-list-modules">`). (A browser that reports no paint starts it
 * after half a second.)
 *
 * And it decides the type: the body font is preloaded, so it usually arrives
 * before the first paint, unless the reader saves data or is on 3G or slower.
 * There the page keeps the local serif matched to the font's metrics
 * (html[data-less-data], src/styles/global.css): 40 kB of fonts would
 * otherwise share the link with the page's words, code and data.
 */
import { loadingLine } from './components/loading-line';
import type { ListScope } from './format/archive-layout';
import { DEFAULT_FILTERS, FILTER_PARAMS, parseFilters } from './features/reviews/list/address/filters';
import { readScope } from './features/reviews/list/address/list-location';
import { describeList } from './features/reviews/list/address/list-summary';
import { prefersLessData } from './lib/connection';

if (prefersLessData()) document.documentElement.setAttribute('data-less-data', '');
else preloadBodyFont();

const params = new URLSearchParams(location.search);
const filtered = [...params.keys()].some((key) => FILTER_PARAMS.has(key));
if (filtered) {
  const root = document.documentElement;
  root.setAttribute('data-client-list', '');
  // Through the CSSOM, which the CSP allows (a style attribute it would not), and as a CSS string: never markup.
  root.style.setProperty('--list-loading', cssString(loadingLine(listWords())));
}
document.addEventListener('DOMContentLoaded', () => {
  const modules = document.querySelector<HTMLMetaElement>('meta[name="app-modules"]');
  if (!modules) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const [entry, ...others] = modules.content.split(' ');
    const script = document.createElement('script');
    script.crossOrigin = '';
    script.type = 'module';
    script.src = entry!;
    document.head.appendChild(script);
    others.forEach(preloadModule);
  };
  if (filtered) {
    start();
    // What only an address with filters needs (the list engine, its schemas): fetched with the entry, not after it.
    document
      .querySelector<HTMLMetaElement>('meta[name="filtered-list-modules"]')
      ?.content.split(' ')
      .forEach(preloadModule);
    return;
  }
  try {
    new PerformanceObserver(() => setTimeout(start)).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing in this browser: the timeout below starts the app.
  }
  setTimeout(start, 500);
});

function preloadModule(url: string): void {
  const link = document.createElement('link');
  link.crossOrigin = '';
  link.rel = 'modulepreload';
  link.href = url;
  document.head.appendChild(link);
}

/** Starts the download of the font file the build named in `<meta name="body-font">`, which comes before this script. */
function preloadBodyFont(): void {
  const href = document.querySelector<HTMLMetaElement>('meta[name="body-font"]')?.content;
  if (!href) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'font';
  link.type = 'font/woff2';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.appendChild(link);
}

/** What the list at this address will hold, read as the app reads it; "the reviews" on any other page. */
function listWords(): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) || '/' : location.pathname;
  // The list routes of src/app/router.tsx: `/`, `/genres/:genre`, `/ratings/:stars`.
  const match = /^\/(?:(genres|ratings)\/([^/]+)\/?)?$/i.exec(path);
  let scope: ListScope | null = null;
  try {
    const kind = match?.[1]?.toLowerCase();
    if (match)
      scope = readScope(kind === 'genres' ? 'genre' : kind ? 'stars' : 'all', decodeURIComponent(match[2] ?? ''));
  } catch {
    // Broken percent-encoding: the router finds no page there either.
  }
  return scope ? describeList(scope, parseFilters(params, scope)) : describeList({ kind: 'all' }, DEFAULT_FILTERS);
}

/** Text as a quoted CSS string: quotes, backslashes and line breaks escaped. */
function cssString(text: string): string {
  return `"${text.replace(/["\\\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}
