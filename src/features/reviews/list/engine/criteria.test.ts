import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyFilters, anyScope, referenceSelect, syntheticRows } from '../../../../../tests/filter-index-reference';
import type { Block } from '../../api/index-api';
import { GENRE_SLUGS } from '@/format/genres';
import { criteriaOf, genreMask, matchesInBlock } from './criteria';
import { DEFAULT_FILTERS, type ListFilters } from '../address/filters';

/* The criteria a scan reads one block with, against the reference (tests/filter-index-reference.ts). */
const rows = syntheticRows(3_000, 20240613);
const filters = (overrides: Partial<ListFilters>): ListFilters => ({ ...DEFAULT_FILTERS, ...overrides });

describe('criteriaOf and matchesInBlock', () => {
  it('turns a scope and its filters into numbers', () => {
    const action = 2 ** GENRE_SLUGS.indexOf('action');
    const war = 2 ** GENRE_SLUGS.indexOf('war');
    expect(criteriaOf({ kind: 'genre', genre: 'war' }, filters({ genres: ['action'], minRating: 3.5 }))).toEqual({
      required: action | war,
      minHalfStars: 7,
      stars: null,
      candidates: null,
      excluded: null,
    });
    expect(criteriaOf({ kind: 'stars', stars: 4 }, DEFAULT_FILTERS)).toEqual({
      required: 0,
      minHalfStars: 0,
      stars: 4,
      candidates: null,
      excluded: null,
    });
  });

  it('finds the matches of a block of any order, in the block’s order', () => {
    fc.assert(
      fc.property(
        anyScope,
        // A scan never has a facet to match (list-query.ts, listSource): blocks of other orders have no facet columns.
        anyFilters.map((chosen) => ({
          ...chosen,
          decade: null,
          country: null,
          language: null,
          service: null,
          watch: null,
        })),
        fc.shuffledSubarray(Array.from(rows.keys()), { maxLength: 200 }),
        (scope, chosen, ids) => {
          const block: Block = {
            ids: Uint32Array.from(ids),
            genres: Uint32Array.from(ids, (id) => genreMask(rows[id]!.genres)),
            ratings: Uint8Array.from(ids, (id) => rows[id]!.halfStars),
          };
          const inBlock = new Set(referenceSelect(rows, scope, chosen, ids).ids);
          expect(matchesInBlock(block, criteriaOf(scope, chosen))).toEqual(ids.filter((id) => inBlock.has(id)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
