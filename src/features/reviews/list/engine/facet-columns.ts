import { facetColumn, type Block, type FacetColumn } from '../../api/index-api';
import { WATCH_KIND_LABELS, WATCH_KINDS } from '@/format/facets';
import type { FacetsDocument } from '@/format/facets-schema';
import { decadeWords, type ListFilters } from '../address/filters';
import type { FacetCounts } from '../address/facet-labels';

/**
 * The filter index's facet columns (countries, languages, ways to watch: each
 * review's values as numbers of the build's facets.json) and its decades:
 * what a list's facet filters ask for, whether a review has it, and the
 * counts beside each option. Used by the filter engine (filter-index.ts).
 */

/** A facet's value as the index numbers it: ANY for any, and NOTHING for a value no review has (it matches none). */
export const ANY = -1;
const NOTHING = -2;
const KINDS = WATCH_KINDS.length;

/** What a list's facet filters ask for, as the numbers of the index's columns. */
export interface Wanted {
  decade: number | null;
  country: number;
  language: number;
  service: number;
  kind: number;
}

/** Whether a review's row of a column has a number. */
export function has(column: FacetColumn, id: number, wanted: number): boolean {
  if (wanted === ANY) return true;
  for (let at = column.starts[id]!; at < column.starts[id + 1]!; at++) if (column.values[at] === wanted) return true;
  return false;
}

/** Whether one of a review's ways to watch is on the wanted service and of the wanted kind (either may be ANY). */
export function canWatch(column: FacetColumn, id: number, service: number, kind: number): boolean {
  if (service === ANY && kind === ANY) return true;
  for (let at = column.starts[id]!; at < column.starts[id + 1]!; at++) {
    const value = column.values[at]!;
    if ((service === ANY || Math.floor(value / KINDS) === service) && (kind === ANY || value % KINDS === kind))
      return true;
  }
  return false;
}

/** Countries and languages: by how many reviews of the archive have them, then by name. */
const byArchiveCount = (a: { count: number; label: string }, b: { count: number; label: string }) =>
  b.count - a.count || a.label.localeCompare(b.label, 'en');

/** The facet filters as the numbers of the columns `dictionary` numbers. */
export function wantedOf(filters: ListFilters, dictionary: FacetsDocument): Wanted {
  const position = (found: number, chosen: string | null) => (chosen === null ? ANY : found < 0 ? NOTHING : found);
  const { countries, languages, services } = dictionary;
  return {
    decade: filters.decade,
    country: position(
      countries.findIndex(({ code }) => code === filters.country),
      filters.country,
    ),
    language: position(
      languages.findIndex(({ code }) => code === filters.language),
      filters.language,
    ),
    service: position(
      services.findIndex(({ slug }) => slug === filters.service),
      filters.service,
    ),
    kind: filters.watch === null ? ANY : WATCH_KINDS.indexOf(filters.watch),
  };
}

/** Counts of each facet's values over one selection. */
export class FacetTally {
  private readonly decades = new Map<number, number>();
  private readonly counts: Record<'countries' | 'languages' | 'services' | 'kinds', Uint32Array>;
  /** The last review counted for each service and kind: a review with three rentals counts once for "Rent". */
  private readonly lastService: Int32Array;
  private readonly lastKind = new Int32Array(KINDS).fill(-1);

  constructor(private readonly dictionary: FacetsDocument) {
    this.counts = {
      countries: new Uint32Array(dictionary.countries.length),
      languages: new Uint32Array(dictionary.languages.length),
      services: new Uint32Array(dictionary.services.length),
      kinds: new Uint32Array(KINDS),
    };
    this.lastService = new Int32Array(dictionary.services.length).fill(-1);
  }

  decade(decade: number): void {
    this.decades.set(decade, (this.decades.get(decade) ?? 0) + 1);
  }

  /** Counts each value of a review's row (the publisher writes each once). */
  each(key: 'countries' | 'languages', column: FacetColumn, id: number): void {
    for (let at = column.starts[id]!; at < column.starts[id + 1]!; at++) this.counts[key][column.values[at]!]!++;
  }

  /** Counts the services with a way of the wanted kind, and the kinds on the wanted service. */
  watch(column: FacetColumn, id: number, service: number, kind: number): void {
    for (let at = column.starts[id]!; at < column.starts[id + 1]!; at++) {
      const value = column.values[at]!;
      const [itsService, itsKind] = [Math.floor(value / KINDS), value % KINDS];
      if ((kind === ANY || itsKind === kind) && this.lastService[itsService] !== id) {
        this.lastService[itsService] = id;
        this.counts.services[itsService]!++;
      }
      if ((service === ANY || itsService === service) && this.lastKind[itsKind] !== id) {
        this.lastKind[itsKind] = id;
        this.counts.kinds[itsKind]!++;
      }
    }
  }

  /** Each facet's options in the order its filter lists them. */
  options(decades: readonly number[]): FacetCounts {
    const { countries, languages, services } = this.dictionary;
    const listed = <T extends { label: string; count: number }>(
      entries: readonly T[],
      counts: Uint32Array,
      value: (entry: T) => string,
    ) =>
      entries
        .map((entry, index) => ({ entry, option: { value: value(entry), label: entry.label, count: counts[index]! } }))
        .sort((a, b) => byArchiveCount(a.entry, b.entry))
        .map(({ option }) => option);
    return {
      decade: decades.map((decade) => ({
        value: decadeWords(decade),
        label: decadeWords(decade),
        count: this.decades.get(decade) ?? 0,
      })),
      country: listed(countries, this.counts.countries, (entry) => entry.code),
      language: listed(languages, this.counts.languages, (entry) => entry.code),
      service: listed(services, this.counts.services, (entry) => entry.slug),
      watch: WATCH_KINDS.map((kind, index) => ({
        value: kind,
        label: WATCH_KIND_LABELS[kind],
        count: this.counts.kinds[index]!,
      })),
    };
  }
}

/** The dictionary of an index without facet columns: every review has no country, language or way to watch. */
export const EMPTY_FACETS: FacetsDocument = {
  version: 2,
  decades: [],
  countries: [],
  languages: [],
  services: [],
  kinds: [],
};

/** One facet column for the whole index, from the blocks' rows (a block without the column gives empty rows). */
export function joinColumns(
  blocks: readonly Block[],
  key: 'countries' | 'languages' | 'watch',
  size: number,
): FacetColumn {
  const rows: (readonly number[])[] = Array.from({ length: size }, () => []);
  for (const block of blocks) {
    const column = block[key];
    if (!column) continue;
    block.ids.forEach(
      (id, row) => (rows[id] = Array.from(column.values.subarray(column.starts[row], column.starts[row + 1]))),
    );
  }
  return facetColumn(rows);
}
