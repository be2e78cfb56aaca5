/**
 * The published JSON Schemas of format v1, generated from the runtime valibot
 * schemas so the documentation cannot drift from what the app accepts.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { catalogIndexSchema, catalogShardSchema, facetPageSchema } from '../../src/features/reviews/catalog-schema';
import { reviewSchema } from '../../src/features/reviews/review-schema';
import { reviewSummarySchema } from '../../src/features/reviews/summary-schema';

const BASE = 'https://reel-notes.example/schema/v1/';

function document(name: string, title: string, description: string, schema: v.GenericSchema) {
  // Checks written as code (real calendar dates, half stars, https: only) cannot be expressed
  // in JSON Schema; docs/review-format.md states them.
  const generated = toJsonSchema(schema, { errorMode: 'ignore' });
  return { ...generated, $id: `${BASE}${name}`, title, description };
}

export function jsonSchemas(): Record<string, unknown> {
  return {
    'review.schema.json': document(
      'review.schema.json',
      'Review (format v1)',
      'One review in full: reviews/<slug>.json.',
      reviewSchema,
    ),
    'catalog-entry.schema.json': document(
      'catalog-entry.schema.json',
      'Catalogue entry (format v1)',
      'One review as the list, filters and search need it: the items of catalog/*.json.',
      reviewSummarySchema,
    ),
    'catalog-index.schema.json': document(
      'catalog-index.schema.json',
      'Catalogue index (format v1)',
      'catalog/index.json: counts, the shard list and the newest page. Items of latest are catalogue entries.',
      catalogIndexSchema,
    ),
    'catalog-shard.schema.json': document(
      'catalog-shard.schema.json',
      'Catalogue shard (format v1)',
      'catalog/shards/<n>.json: a slice of the catalogue, newest first. Items are catalogue entries.',
      catalogShardSchema,
    ),
    'catalog-facet.schema.json': document(
      'catalog-facet.schema.json',
      'Facet page (format v1)',
      'catalog/genres/<genre>.json and catalog/ratings/<stars>.json: the newest page of one genre or rating.',
      facetPageSchema,
    ),
  };
}

export function serialise(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
