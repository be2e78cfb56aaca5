import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDiscovery } from './discovery';
import type { PageSpec } from './pages';
import type { SiteReview } from './site-reviews';
import { xml, xmlAttribute, xmlDocument, xmlText } from './xml';

/** Characters XML 1.0 forbids, which a strict reader refuses even as references. */
const FORBIDDEN = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];
const HOSTILE = `<b>&amp;</b> "quoted" 'single' ]]> $' $\` $& </title></feed> ${FORBIDDEN.join('x')} 🎬 발레리나 \u202E`;
/** The hostile text as a reader must get it: everything but the forbidden characters. */
const READ_AS = HOSTILE.split('')
  .filter((_, index, all) => !FORBIDDEN.includes(all[index]!))
  .join('');

function review(slug: string, text: string, critic = 'hostile-critic'): SiteReview {
  return {
    slug,
    headline: `Headline ${text}`,
    standfirst: `Standfirst ${text}`,
    rating: 4,
    published: '2024-01-02',
    updated: undefined,
    author: { name: `Author ${text}`, slug: critic },
    spoilers: false,
    film: { title: `Film ${text}`, year: 2024, genres: ['action', 'thriller'], directors: [], cast: [] },
  };
}

/** A strict XML parser (jsdom's): a document it cannot read has a <parsererror>. */
function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror'), 'XML errors').toHaveLength(0);
  return doc;
}

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'discovery-'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('writeDiscovery', () => {
  const reviews = [review('hostile-2024', HOSTILE), review('plain-2023', 'plain', 'plain-critic')];
  const pages: PageSpec[] = [
    { path: '/', chunk: 'list' },
    ...reviews.map((one): PageSpec => ({ path: `/reviews/${one.slug}`, chunk: 'review', slug: one.slug })),
  ];
  const siteUrl = 'https://example.com/a&b';

  it('writes an Atom feed a strict parser reads, with every text as it was less what XML forbids', () => {
    writeDiscovery(dist, siteUrl, pages, reviews);
    const feed = parseXml(readFileSync(join(dist, 'feed.xml'), 'utf8'));
    expect(feed.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const entries = [...feed.getElementsByTagName('entry')];
    expect(entries).toHaveLength(2);
    const first = entries[0]!;
    const child = (name: string) => first.getElementsByTagName(name)[0]!;
    expect(child('title').textContent).toBe(`Headline ${READ_AS}`);
    expect(child('summary').textContent).toBe(`Standfirst ${READ_AS}`);
    expect(child('name').textContent).toBe(`Author ${READ_AS}`);
    expect(child('link').getAttribute('href')).toBe('https://example.com/a&b/reviews/hostile-2024');
    expect([...first.getElementsByTagName('category')].map((category) => category.getAttribute('label'))).toEqual([
      'Action',
      'Thriller',
    ]);
  });

  it('writes a sitemap a strict parser reads, and a JSON feed with the text unchanged', () => {
    writeDiscovery(dist, siteUrl, pages, reviews);
    const sitemap = parseXml(readFileSync(join(dist, 'sitemap.xml'), 'utf8'));
    expect([...sitemap.getElementsByTagName('loc')].map((loc) => loc.textContent)).toEqual([
      'https://example.com/a&b/',
      'https://example.com/a&b/reviews/hostile-2024',
      'https://example.com/a&b/reviews/plain-2023',
    ]);
    expect(sitemap.getElementsByTagName('lastmod')[0]?.textContent).toBe('2024-01-02');
    const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as { items: { summary: string }[] };
    expect(feed.items[0]?.summary).toBe(`Standfirst ${HOSTILE}`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.com/a&b/sitemap.xml');
  });
});

describe("a critic's feeds", () => {
  const reviews = [
    review('newest-2024', 'one', 'ada'),
    review('other-2024', 'two', 'ben'),
    review('older-2023', 'three', 'ada'),
  ];

  it('hold only their reviews, newest first, and name their page (Atom, read by a strict parser)', () => {
    writeDiscovery(dist, 'https://example.com', [], reviews);
    const feed = parseXml(readFileSync(join(dist, 'critics', 'ada', 'feed.xml'), 'utf8'));
    const links = [...feed.getElementsByTagName('entry')].map((entry) =>
      entry.getElementsByTagName('link')[0]?.getAttribute('href'),
    );
    expect(links).toEqual(['https://example.com/reviews/newest-2024', 'https://example.com/reviews/older-2023']);
    expect(feed.getElementsByTagName('title')[0]?.textContent).toBe('Reel Notes: reviews by Author one');
    expect(feed.getElementsByTagName('uri')[0]?.textContent).toBe('https://example.com/critics/ada');
    const self = [...feed.documentElement.children].find((child) => child.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe('https://example.com/critics/ada/feed.xml');
  });

  it('hold only their reviews (JSON Feed), and the site feed still holds everyone’s', () => {
    writeDiscovery(dist, 'https://example.com', [], reviews);
    const feed = JSON.parse(readFileSync(join(dist, 'critics', 'ben', 'feed.json'), 'utf8')) as {
      home_page_url: string;
      items: { id: string }[];
    };
    expect(feed.home_page_url).toBe('https://example.com/critics/ben');
    expect(feed.items.map((item) => item.id)).toEqual(['https://example.com/reviews/other-2024']);
    const site = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as { items: unknown[] };
    expect(site.items).toHaveLength(3);
  });
});

describe('the XML writer', () => {
  it('escapes and cleans attributes too, keeping tabs and line breaks as references', () => {
    // Joined with "x": two surrogates side by side would be a pair, which XML allows.
    const text = `a\tb\nc\rd "e" <f> &g; ${FORBIDDEN.join('x')}`;
    const read = `a\tb\nc\rd "e" <f> &g; ${'x'.repeat(FORBIDDEN.length - 1)}`;
    const doc = parseXml(xmlDocument(xml('root', { value: text }, xml('child', {}, text), xml('empty'))));
    expect(doc.documentElement.getAttribute('value')).toBe(read);
    expect(doc.getElementsByTagName('child')[0]?.textContent).toBe(read);
    expect(doc.getElementsByTagName('empty')).toHaveLength(1);
  });

  it('keeps characters outside the Basic Multilingual Plane, which are pairs of surrogates', () => {
    expect(xmlText('🎬\uD83C')).toBe('🎬');
    expect(xmlAttribute('\uDFFF🎬')).toBe('🎬');
  });

  it('refuses names that are not XML names', () => {
    expect(() => xmlDocument(xml('a b'))).toThrow(/not an XML name/);
    expect(() => xmlDocument(xml('a', { 'x="1" y': '2' }))).toThrow(/not an XML attribute name/);
  });
});
