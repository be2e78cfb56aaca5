/**
 * One prerendered page: the built index.html with the page's head (title,
 * description and canonical from React; share tags derived from them), its
 * HTML in the root, the data it was rendered from as JSON (never executed),
 * and the app's modules named for the boot script to start after the page's
 * first paint (vite.config.ts, bootScript), instead of the script tag and
 * preloads that would start them at once.
 */
export interface PageParts {
  /** React's output: hoisted <title>, <meta> and <link> elements first, then the page. */
  html: string;
  path: string;
  documents: Record<string, string>;
  /** Script files to preload: the page's route chunk. */
  modules: string[];
  share: { image: string; imageAlt: string; type: 'article' | 'website'; published?: string };
  site: { name: string; url: string; feeds: { atom: string; json: string } };
}

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const ARCHIVE_PRELOAD = /\s*<link rel="preload" href="[^"]*index\.json" as="fetch" crossorigin="anonymous" \/>/;
const HOISTED = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)+/;

export function pageHtml(template: string, page: PageParts): string {
  const hoisted = HOISTED.exec(page.html)?.[0] ?? '';
  const body = page.html.slice(hoisted.length);
  const title = /<title>([^<]*)<\/title>/.exec(hoisted)?.[1] ?? page.site.name;
  const description = /<meta name="description" content="([^"]*)"\/>/.exec(hoisted)?.[1] ?? '';
  const canonical = /<link rel="canonical" href="([^"]*)"\/>/.exec(hoisted)?.[1] ?? `${page.site.url}${page.path}`;
  const meta = (property: string, content: string) => `<meta property="${property}" content="${content}" />`;
  const head = [
    hoisted.replace(/\/>/g, ' />').replace(/></g, '>\n    <'),
    meta('og:type', page.share.type),
    meta('og:title', title),
    meta('og:description', description),
    meta('og:url', canonical),
    meta('og:image', escapeAttribute(page.share.image)),
    meta('og:image:width', '1200'),
    meta('og:image:height', '630'),
    meta('og:image:alt', escapeAttribute(page.share.imageAlt)),
    meta('og:site_name', escapeAttribute(page.site.name)),
    meta('og:locale', 'en_GB'),
    ...(page.share.published ? [meta('article:published_time', page.share.published)] : []),
    '<meta name="twitter:card" content="summary_large_image" />',
    `<link rel="alternate" type="application/atom+xml" title="${escapeAttribute(page.site.name)}" href="${page.site.feeds.atom}" />`,
    `<link rel="alternate" type="application/feed+json" title="${escapeAttribute(page.site.name)}" href="${page.site.feeds.json}" />`,
  ].join('\n    ');
  const entry = ENTRY_SCRIPT.exec(template);
  if (!entry) throw new Error('the app shell has no <script type="module" src> for the app');
  const modules = `<meta name="app-modules" content="${[entry[1], ...page.modules].join(' ')}" />`;
  // "<" escaped: no text in the data can close the script element.
  const data = JSON.stringify({ path: page.path, documents: page.documents }).replace(/</g, '\\u003c');
  return (
    template
      .replace(entry[0], modules)
      // The page embeds its data: nothing to preload.
      .replace(ARCHIVE_PRELOAD, '')
      .replace('<!--app-head-->', head)
      .replace('<!--app-html-->', body)
      .replace('<!--app-data-->', `<script type="application/json" id="prerendered">${data}</script>`)
  );
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
