import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, serialise } from './lib/json-schemas';

describe('the published JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))(
    'docs/schema/%s is current (run `npm run schema` after changing the format)',
    (file, schema) => {
      const committed = readFileSync(join(import.meta.dirname, '..', 'docs', 'schema', file), 'utf8');
      expect(committed).toBe(serialise(schema));
    },
  );

  it('requires what a review cannot do without', () => {
    const review = jsonSchemas()['review.schema.json'] as { required: string[]; properties: Record<string, unknown> };
    expect(review.required).toEqual(
      expect.arrayContaining([
        'version',
        'slug',
        'headline',
        'standfirst',
        'rating',
        'author',
        'published',
        'film',
        'body',
        'verdict',
      ]),
    );
  });
});
