/**
 * The site's public address, from the build setting SITE_URL, without a
 * trailing slash: canonical URLs, share images, the sitemap and the feeds are
 * absolute. By default, where `npm start` serves the site.
 */
export function siteUrl(): string {
  return (process.env.SITE_URL || 'http://127.0.0.1:4173').replace(/\/+$/, '');
}

/**
 * The path the site is served under, from the build setting BASE_PATH, with
 * slashes at both ends: "/" for a site of its own, "/repo-name/" for a GitHub
 * Pages project site.
 */
export function basePath(): string {
  const path = (process.env.BASE_PATH ?? '/').trim().replace(/^\/*|\/*$/g, '');
  return path ? `/${path}/` : '/';
}
