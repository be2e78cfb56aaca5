/**
 * How crawlers and feed readers find the site: sitemap.xml (a sitemap index
 * past 50,000 addresses), robots.txt pointing to it, and the newest 50
 * reviews as an Atom feed and a JSON Feed 1.1. Every text is escaped for its
 * format; spoilers never appear (feeds carry the standfirst only).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../src/config/paths';
import { SITE_NAME } from '../../src/config/site';
import { genreLabel } from '../../src/features/reviews/format/genres';
import type { PageSpec } from './pages';
import type { SiteReview } from './site-reviews';

export const FEEDS = { atom: '/feed.xml', json: '/feed.json' } as const;
const FEED_SIZE = 50;
const SITEMAP_LIMIT = 50_000;

export function writeDiscovery(dist: string, siteUrl: string, pages: PageSpec[], reviews: SiteReview[]) {
  const bySlug = new Map(reviews.map((review) => [review.slug, review]));
  const entries = pages.map((page) => {
    const review = page.slug ? bySlug.get(page.slug) : undefined;
    return { loc: `${siteUrl}${page.path}`, lastmod: review ? (review.updated ?? review.published) : undefined };
  });
  const sitemaps: string[] = [];
  for (let start = 0; start < entries.length; start += SITEMAP_LIMIT) {
    const urls = entries
      .slice(start, start + SITEMAP_LIMIT)
      .map(
        ({ loc, lastmod }) => `  <url><loc>${xml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
      );
    sitemaps.push(
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
    );
  }
  if (sitemaps.length === 1) {
    writeFileSync(join(dist, 'sitemap.xml'), sitemaps[0]!);
  } else {
    sitemaps.forEach((text, index) => writeFileSync(join(dist, `sitemap-${index + 1}.xml`), text));
    const list = sitemaps.map(
      (_, index) => `  <sitemap><loc>${xml(`${siteUrl}/sitemap-${index + 1}.xml`)}</loc></sitemap>`,
    );
    writeFileSync(
      join(dist, 'sitemap.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${list.join('\n')}\n</sitemapindex>\n`,
    );
  }
  writeFileSync(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap.xml\n`);

  const newest = reviews.slice(0, FEED_SIZE);
  writeFileSync(join(dist, FEEDS.atom.slice(1)), atomFeed(siteUrl, newest));
  writeFileSync(join(dist, FEEDS.json.slice(1)), `${JSON.stringify(jsonFeed(siteUrl, newest), null, 2)}\n`);
  return { sitemaps: sitemaps.length + (sitemaps.length > 1 ? 1 : 0), feedItems: newest.length };
}

function atomFeed(siteUrl: string, reviews: SiteReview[]): string {
  const updated =
    reviews
      .map((review) => review.updated ?? review.published)
      .sort()
      .at(-1) ?? '1970-01-01';
  const items = reviews.map((review) => {
    const url = `${siteUrl}${paths.review(review.slug)}`;
    return `  <entry>
    <id>${xml(url)}</id>
    <title>${xml(review.headline)}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <published>${review.published}T00:00:00Z</published>
    <updated>${review.updated ?? review.published}T00:00:00Z</updated>
    <author><name>${xml(review.author.name)}</name></author>
    <summary>${xml(review.standfirst)}</summary>
${review.film.genres.map((genre) => `    <category term="${genre}" label="${xml(genreLabel(genre))}"/>`).join('\n')}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${xml(`${siteUrl}/`)}</id>
  <title>${xml(SITE_NAME)}: the latest reviews</title>
  <link rel="alternate" type="text/html" href="${xml(`${siteUrl}/`)}"/>
  <link rel="self" type="application/atom+xml" href="${xml(`${siteUrl}${FEEDS.atom}`)}"/>
  <updated>${updated}T00:00:00Z</updated>
${items.join('\n')}
</feed>
`;
}

function jsonFeed(siteUrl: string, reviews: SiteReview[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${SITE_NAME}: the latest reviews`,
    home_page_url: `${siteUrl}/`,
    feed_url: `${siteUrl}${FEEDS.json}`,
    language: 'en-GB',
    items: reviews.map((review) => ({
      id: `${siteUrl}${paths.review(review.slug)}`,
      url: `${siteUrl}${paths.review(review.slug)}`,
      title: review.headline,
      summary: review.standfirst,
      content_text: review.standfirst,
      date_published: `${review.published}T00:00:00Z`,
      ...(review.updated && { date_modified: `${review.updated}T00:00:00Z` }),
      authors: [{ name: review.author.name }],
      tags: review.film.genres.map(genreLabel),
    })),
  };
}

function xml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // eslint-disable-next-line no-control-regex -- XML 1.0 allows no control characters but tab and newlines
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}
