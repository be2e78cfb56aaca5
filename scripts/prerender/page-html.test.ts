import fc from 'fast-check';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { pageHtml, type PageParts } from './page-html';

/** The boot script as the build inlines it: minified, with `$&` and quotes a fill must leave as they are. */
const BOOT = `(function(){var l="$&",q='"';document.documentElement.setAttribute("data-client-list",l+q)})();`;

/** The app shell as `vite build` writes it (vite.config.ts): the markers, the CSP, the inline boot script, the entry. */
const SHELL = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-Ym9vdA=='" />
    <script>${BOOT}</script>
    <link rel="preload" href="/api/v2/index.json" as="fetch" crossorigin="anonymous" />
    <!--app-head-->
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="/assets/index-AbC123.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/style-XyZ.css">
  </head>
  <body>
    <div id="root"><!--app-html--></div>
    <!--app-data-->
  </body>
</html>
`;

/** Strings that have broken pages before, or would: replacement patterns, markup, markers, odd characters. */
const HOSTILE = [
  "($' and $` included)",
  '$&',
  '$$',
  '$1 $<name> $0',
  '</title><h1>injected</h1>',
  '"><script>alert(1)</script>',
  "' onerror='x",
  '<!--app-html--> <!--app-head--> <!--app-data--> <!--app-modules-->',
  '</script><script>',
  '&amp; &lt; &#x27;',
  '\u2028\u2029 \u202E right to left',
  'emoji 🎬 and 발레리나 and عربي',
];

interface Fields {
  title: string;
  description: string;
  body: string;
  document: string;
  imageAlt: string;
  siteName: string;
  path: string;
}

/** A page as the prerenderer gives it: React's HTML (hoisted head elements first), its data and share details. */
function page(fields: Fields): PageParts {
  const html = renderToString(
    h(
      'div',
      null,
      h('title', null, fields.title),
      h('meta', { name: 'description', content: fields.description }),
      h('link', { rel: 'canonical', href: `https://example.com${fields.path}` }),
      h('main', null, h('h1', null, fields.title), h('p', null, fields.body)),
    ),
  );
  return {
    html,
    path: fields.path,
    documents: { 'reviews/x.json': JSON.stringify({ standfirst: fields.document }) },
    modules: [`/assets/review-${fields.path}.js`],
    filteredModules: [],
    share: {
      image: `https://example.com/share/${fields.path}.png`,
      imageAlt: fields.imageAlt,
      type: 'article',
      published: fields.document,
    },
    site: {
      name: fields.siteName,
      url: 'https://example.com',
      feeds: { atom: `/feed.xml?${fields.siteName}`, json: '/feed.json' },
    },
  };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const meta = (doc: Document, key: string) =>
  doc.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** What must hold of every page, whatever its text. */
function expectOnePage(html: string, fields: Fields) {
  const doc = parse(html);
  expect(html.match(/<!doctype html>/gi), 'the template, once').toHaveLength(1);
  expect(html.match(/<\/html>/g), 'the template, once').toHaveLength(1);
  expect(doc.querySelectorAll('head')).toHaveLength(1);
  expect(doc.querySelectorAll('title'), 'titles').toHaveLength(1);
  expect(doc.querySelectorAll('h1'), 'h1 elements').toHaveLength(1);
  expect(doc.querySelectorAll('#root'), 'app roots').toHaveLength(1);
  expect(doc.head.querySelector('meta[http-equiv="Content-Security-Policy"]'), 'the CSP in the head').not.toBeNull();
  expect(doc.body.querySelectorAll('meta, title, link'), 'head elements in the body').toHaveLength(0);
  const scripts = doc.querySelectorAll('script:not([type]), script[type="module"]');
  expect(scripts, 'scripts that run: the boot script alone').toHaveLength(1);
  expect(scripts[0]?.textContent, 'the boot script, byte for byte (its hash is in the CSP)').toBe(BOOT);
  expect(html.indexOf(BOOT), 'the boot script before the stylesheet').toBeLessThan(html.indexOf('rel="stylesheet"'));
  const data = JSON.parse(doc.getElementById('prerendered')!.textContent!) as Record<string, unknown>;
  expect(data).toEqual({
    path: fields.path,
    documents: { 'reviews/x.json': JSON.stringify({ standfirst: fields.document }) },
  });
  return doc;
}

const plain: Fields = {
  title: 'Ballerina (2023) review — Reel Notes',
  description: 'A neon-lit revenge thriller.',
  body: 'The revenge plot is the oldest engine in the thriller garage.',
  document: '2023-10-09',
  imageAlt: 'Ballerina (2023), 4 out of 5 stars',
  siteName: 'Reel Notes',
  path: '/reviews/ballerina-2023',
};

describe('pageHtml', () => {
  it('names what an address with filters needs besides, on a list page', () => {
    const list = { ...page(plain), filteredModules: ['/assets/engine-1.js', '/assets/schemas-2.js'] };
    const doc = expectOnePage(pageHtml(SHELL, list), plain);
    expect(meta(doc, 'filtered-list-modules')).toBe('/assets/engine-1.js /assets/schemas-2.js');
  });

  it('puts the page in the shell with its share tags, Twitter’s included, and names its modules', () => {
    const html = pageHtml(SHELL, page(plain));
    const doc = expectOnePage(html, plain);
    expect(doc.title).toBe(plain.title);
    expect(doc.querySelector('h1')?.textContent).toBe(plain.title);
    for (const key of ['og:title', 'twitter:title']) expect(meta(doc, key), key).toBe(plain.title);
    for (const key of ['og:description', 'twitter:description']) expect(meta(doc, key), key).toBe(plain.description);
    for (const key of ['og:image', 'twitter:image'])
      expect(meta(doc, key), key).toBe('https://example.com/share//reviews/ballerina-2023.png');
    for (const key of ['og:image:alt', 'twitter:image:alt']) expect(meta(doc, key), key).toBe(plain.imageAlt);
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(meta(doc, 'og:url')).toBe(`https://example.com${plain.path}`);
    expect(meta(doc, 'app-modules')).toBe('/assets/index-AbC123.js /assets/review-/reviews/ballerina-2023.js');
    expect(meta(doc, 'filtered-list-modules'), 'not a list page').toBeUndefined();
    expect(doc.head.querySelector('link[rel="preload"]'), 'no preload: the page embeds its data').toBeNull();
    expect(doc.head.querySelector('link[rel="stylesheet"]')).not.toBeNull();
    // React's elements come first, one a line, then the derived ones.
    expect(html).toContain(
      `<title>${plain.title}</title>\n    <meta name="description" content="${plain.description}" />\n    <link rel="canonical"`,
    );
  });

  it('preloads the lead image it is given, first and in the page’s own sizes, with its attributes escaped', () => {
    const srcSet = '/api/v2/images/0123456789abcdef-320.avif 320w, /api/v2/images/0123456789abcdef-640.avif 640w';
    const preloadImage = {
      href: '/api/v2/images/0123456789abcdef-640.jpg',
      srcSet,
      sizes: '(min-width: 60rem) 42rem, calc(100vw - 2rem)',
      type: 'image/avif',
    };
    const doc = expectOnePage(pageHtml(SHELL, { ...page(plain), preloadImage }), plain);
    const links = doc.head.querySelectorAll('link[rel="preload"][as="image"]');
    expect(links).toHaveLength(1);
    expect(Object.fromEntries([...links[0]!.attributes].map((attribute) => [attribute.name, attribute.value]))).toEqual(
      {
        rel: 'preload',
        as: 'image',
        href: preloadImage.href,
        imagesrcset: srcSet,
        imagesizes: preloadImage.sizes,
        type: 'image/avif',
        fetchpriority: 'high',
      },
    );
    // An image at an address: its one file, whatever the address holds.
    const address = 'https://images.example.com/a.jpg?x="><script>alert(1)</script>';
    const other = expectOnePage(pageHtml(SHELL, { ...page(plain), preloadImage: { href: address } }), plain);
    expect(other.head.querySelector('link[as="image"]')?.getAttribute('href')).toBe(address);
    expect(other.head.querySelector('link[as="image"]')?.hasAttribute('imagesrcset')).toBe(false);
  });

  for (const hostile of HOSTILE) {
    it(`keeps ${JSON.stringify(hostile)} as text in every field`, () => {
      const fields: Fields = {
        title: `Title ${hostile}`,
        description: `Description ${hostile}`,
        body: `Body ${hostile}`,
        document: `Data ${hostile}`,
        imageAlt: `Alt ${hostile}`,
        siteName: `Site ${hostile}`,
        path: `/reviews/${encodeURIComponent(hostile)}`,
      };
      const doc = expectOnePage(pageHtml(SHELL, page(fields)), fields);
      expect(doc.title).toBe(fields.title);
      expect(doc.querySelector('h1')?.textContent).toBe(fields.title);
      expect(doc.querySelector('main p')?.textContent).toBe(fields.body);
      expect(meta(doc, 'og:title')).toBe(fields.title);
      expect(meta(doc, 'twitter:description')).toBe(fields.description);
      expect(meta(doc, 'twitter:image:alt')).toBe(fields.imageAlt);
      expect(meta(doc, 'og:site_name')).toBe(fields.siteName);
      expect(meta(doc, 'article:published_time')).toBe(fields.document);
      expect(doc.head.querySelector('link[type="application/atom+xml"]')?.getAttribute('title')).toBe(fields.siteName);
    });
  }

  it('keeps any text in any field as text (property)', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 6 })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(
        fc.record({ title: text, description: text, body: text, document: text, imageAlt: text, siteName: text }),
        (strings) => {
          const fields = { ...strings, path: '/reviews/x' };
          expectOnePage(pageHtml(SHELL, page(fields)), fields);
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000); // a DOM parse per run: slow on a busy machine

  it('refuses a shell without its entry script or a marker', () => {
    expect(() => pageHtml(SHELL.replace(/<script type="module"[^\n]*/, ''), page(plain))).toThrow(/no <script/);
    expect(() => pageHtml(SHELL.replace('<!--app-data-->', ''), page(plain))).toThrow(/no marker <!--app-data-->/);
  });
});
