/**
 * One prerendered page: the built index.html with the page's head (title,
 * description and canonical from React; share tags derived from them), its
 * HTML in the root, the data it was rendered from as JSON (never executed),
 * and the app's modules named for the boot script to start after the page's
 * first paint (vite.config.ts, bootScript), instead of the script tag and
 * preloads that would start them at once. Every value goes in through
 * ./html.ts: escaped, and never read as a pattern.
 */
import { decodeHtml, fillSlots, voidElement } from './html';

export interface PageParts {
  /** React's output: hoisted <title>, <meta> and <link> elements first, then the page. */
  html: string;
  path: string;
  documents: Record<string, string>;
  /** Script files to preload: the page's route chunk. */
  modules: string[];
  /** Script files to preload as well on an address with filters, which only the app can draw (list pages). */
  filteredModules: string[];
  share: { image: string; imageAlt: string; type: 'article' | 'website'; published?: string };
  /** The page's lead image, fetched at once and first: the same files and sizes as its <img> (lead-image.tsx). */
  preloadImage?: { href: string; srcSet?: string; sizes?: string; type?: string };
  site: { name: string; url: string; feeds: { atom: string; json: string } };
}

const ENTRY_SCRIPT = /<script type="module" crossorigin src="[^"]+"><\/script>/;
const ENTRY_SOURCE = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const ARCHIVE_PRELOAD = /\s*<link rel="preload" href="[^"]*index\.json" as="fetch" crossorigin="anonymous" \/>/;
// React escapes "<" and ">" in text and attributes, so none of these can end inside a value.
const HOISTED = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)+/;

export function pageHtml(template: string, page: PageParts): string {
  const hoisted = HOISTED.exec(page.html)?.[0] ?? '';
  const body = page.html.slice(hoisted.length);
  const read = (pattern: RegExp) => {
    const match = pattern.exec(hoisted)?.[1];
    return match === undefined ? undefined : decodeHtml(match);
  };
  const title = read(/<title>([^<]*)<\/title>/) ?? page.site.name;
  const description = read(/<meta name="description" content="([^"]*)"\/>/) ?? '';
  const canonical = read(/<link rel="canonical" href="([^"]*)"\/>/) ?? `${page.site.url}${page.path}`;
  const property = (name: string, content: string | undefined) =>
    content === undefined ? [] : [voidElement('meta', { property: name, content })];
  const named = (name: string, content: string) => voidElement('meta', { name, content });
  const image = page.preloadImage;
  const head = [
    // React's own elements, escaped by React: one a line, as in the rest of the head.
    ...(hoisted.match(/<[^>]*>[^<]*(?:<\/title>)?/g) ?? []).map((element) => element.replace(/"\/>$/, '" />')),
    ...(image
      ? [
          voidElement('link', {
            rel: 'preload',
            as: 'image',
            href: image.href,
            imagesrcset: image.srcSet,
            imagesizes: image.sizes,
            type: image.type,
            fetchpriority: 'high',
          }),
        ]
      : []),
    ...property('og:type', page.share.type),
    ...property('og:title', title),
    ...property('og:description', description),
    ...property('og:url', canonical),
    ...property('og:image', page.share.image),
    ...property('og:image:width', '1200'),
    ...property('og:image:height', '630'),
    ...property('og:image:alt', page.share.imageAlt),
    ...property('og:site_name', page.site.name),
    ...property('og:locale', 'en_GB'),
    ...property('article:published_time', page.share.published),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', title),
    named('twitter:description', description),
    named('twitter:image', page.share.image),
    named('twitter:image:alt', page.share.imageAlt),
    voidElement('link', {
      rel: 'alternate',
      type: 'application/atom+xml',
      title: page.site.name,
      href: page.site.feeds.atom,
    }),
    voidElement('link', {
      rel: 'alternate',
      type: 'application/feed+json',
      title: page.site.name,
      href: page.site.feeds.json,
    }),
  ].join('\n    ');
  const entry = ENTRY_SOURCE.exec(template)?.[1];
  if (entry === undefined) throw new Error('the app shell has no <script type="module" src> for the app');
  // The entry script becomes a marker like the others, so that one fill puts every value in.
  const shell = template.replace(ENTRY_SCRIPT, '<!--app-modules-->').replace(ARCHIVE_PRELOAD, '');
  // "<" escaped: no text in the data can close the script element.
  const data = JSON.stringify({ path: page.path, documents: page.documents }).replace(/</g, '\\u003c');
  return fillSlots(shell, {
    head,
    html: body,
    data: `<script type="application/json" id="prerendered">${data}</script>`,
    modules: [
      named('app-modules', [decodeHtml(entry), ...page.modules].join(' ')),
      ...(page.filteredModules.length ? [named('filtered-list-modules', page.filteredModules.join(' '))] : []),
    ].join('\n    '),
  });
}
