/**
 * Schema.org data for search engines, as a script element React renders:
 * `<` escaped, so no string in the data can close the element.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json">{JSON.stringify(data).replace(/</g, '\\u003c')}</script>;
}
