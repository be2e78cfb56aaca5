/**
 * The build settings for the site's own address, read and checked here: they
 * end up in pages, feeds and the generated host configurations
 * (scripts/deploy/), where a quote, a line break, a brace or a semicolon
 * could end the place they were put in and write something of its own.
 */

/** An http(s) origin: a plain (ASCII) host name or address and an optional port, nothing else. */
export const HTTP_ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;
/** A URL path of the characters a path needs: no quotes, spaces, semicolons, braces or backslashes. */
const PLAIN_PATH = /^(\/[A-Za-z0-9._~%+-]*)*\/?$/;

/**
 * The site's public address, from the build setting SITE_URL, without a
 * trailing slash: canonical URLs, share images, the sitemap and the feeds are
 * absolute. By default, where `npm start` serves the site.
 */
export function siteUrl(): string {
  const url = (process.env.SITE_URL || 'http://127.0.0.1:4173').trim().replace(/\/+$/, '');
  const origin = /^https?:\/\/[^/]*/.exec(url)?.[0] ?? '';
  if (!HTTP_ORIGIN.test(origin) || !PLAIN_PATH.test(url.slice(origin.length))) {
    throw new Error(
      `SITE_URL must be an http(s) address such as https://reviews.example.com or https://user.github.io/repo-name ` +
        `(a host name, an optional port and path; no quotes, spaces, semicolons, braces or query): ${JSON.stringify(process.env.SITE_URL)}`,
    );
  }
  return url;
}

/**
 * The path the site is served under, from the build setting BASE_PATH, with
 * slashes at both ends: "/" for a site of its own, "/repo-name/" for a GitHub
 * Pages project site.
 */
export function basePath(): string {
  const path = (process.env.BASE_PATH ?? '/').trim().replace(/^\/*|\/*$/g, '');
  if (path && (!PLAIN_PATH.test(`/${path}`) || path.split('/').some((segment) => /^\.*$/.test(segment)))) {
    throw new Error(
      `BASE_PATH must be a path such as /repo-name/ (letters, digits, "-", "_", "." and "~" between slashes; ` +
        `no quotes, spaces, semicolons or braces): ${JSON.stringify(process.env.BASE_PATH)}`,
    );
  }
  return path ? `/${path}/` : '/';
}
