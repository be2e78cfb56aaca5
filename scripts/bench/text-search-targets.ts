/**
 * The rows of the report for search inside reviews (text-search.ts), with
 * the targets at 20,000 reviews: the index adds at most 30 % to what
 * the archive publishes; first results within 300 ms of the last key on a
 * desktop and 2 s on a phone on regular 3G; at most 200 kB per query.
 */
import type { NetworkName } from './config';
import type { SizeResult } from './run';
import { formatKB, formatMs, row, type Row } from './targets';

/** Per cent. */
const INDEX_SHARE: Partial<Record<number, number>> = { 20_000: 30 };
const FIRST_RESULTS_MS: Partial<Record<number, Partial<Record<NetworkName, number>>>> = {
  20_000: { unthrottled: 300, 'regular-3g': 2_000 },
};
const QUERY_BYTES: Partial<Record<number, number>> = { 20_000: 200_000 };

const formatShare = (percent: number) => `${percent.toFixed(1)} %`;
const formatMB = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

export function textSearchRows(sizes: readonly SizeResult[]): Row[] {
  return sizes.flatMap(({ reviews, text }) => {
    const { index } = text;
    const share = (index.indexBytes / index.restBytes) * 100;
    const rows = [
      row(
        reviews,
        'Full-text index, added to builds/ and reviews/',
        `${formatShare(share)}: ${formatMB(index.indexBytes)} in ${index.chunks.toLocaleString('en-GB')} chunks ` +
          `on ${formatMB(index.restBytes)}; keys.json ${formatKB(index.keysBytes)}; largest chunk ` +
          `${index.largest.file} ${formatKB(index.largest.bytes)} (${formatKB(index.largest.gzipBytes)} gzip)`,
        { value: share, limit: INDEX_SHARE[reviews], format: formatShare },
      ),
    ];
    if (text.error) rows.push(row(reviews, 'Search inside reviews', `not measured: ${text.error}`));
    for (const { device, network, queries, errors } of text.cases) {
      const where = device === 'desktop' ? 'desktop' : `phone, ${network === 'regular-3g' ? 'regular 3G' : network}`;
      if (errors.length) rows.push(row(reviews, `Search inside reviews, ${where}`, `errors: ${errors.join('; ')}`));
      for (const query of queries) {
        const last = query.runs.at(-1);
        const runs = query.runs.map((run) => (run.firstResultsMs === null ? 'none' : formatMs(run.firstResultsMs)));
        const notes = [
          query.runs.length > 1 && `runs ${runs.join(', ')}`,
          last?.count,
          last?.first && `first ${last.first}`,
          ...query.runs.flatMap((run) => [run.unexpected, run.error]),
        ];
        rows.push(
          row(
            reviews,
            `Search ${query.label}, first results, ${where}`,
            `${formatMs(query.firstResultsMs)} (${query.query}; all in ${formatMs(query.completeMs)}; ` +
              `${notes.filter(Boolean).join('; ')})`,
            { value: query.firstResultsMs, limit: FIRST_RESULTS_MS[reviews]?.[network], format: formatMs },
          ),
          row(reviews, `  downloaded for the query`, `${formatKB(query.bytes)}, ${query.requests} requests`, {
            value: query.bytes,
            limit: QUERY_BYTES[reviews],
            format: formatKB,
          }),
        );
      }
    }
    return rows;
  });
}
