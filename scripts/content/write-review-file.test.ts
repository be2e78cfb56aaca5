import { check, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../lib/project-paths';
import { GENERATED_CRITICS, generateReviews } from '../lib/generate-reviews';
import { readContent } from './read-content';
import { readReviewFile } from './review-file';
import { writeCriticFile, writeReviewFile } from './write-review-file';
import type { Review } from '../../src/format/review-schema';

/** Written out and read back, a review is the same review. */
function roundTrip(review: Review) {
  const file = readReviewFile(`${review.slug}.md`, writeReviewFile(review));
  expect(file.problems).toEqual([]);
  return file.review;
}

/**
 * What a review file holds on its own: the critic by slug (their name is in
 * their own file) and no film.people (readContent works them out, with the
 * person: qualifiers the file keeps).
 */
function alone(review: Review): Review {
  const film = { ...review.film };
  delete film.people;
  return { ...review, author: { name: review.author.slug!, slug: review.author.slug }, film };
}

describe('writeReviewFile', () => {
  it('writes every sample review so that reading it back gives the same review, but for an image the build made', async () => {
    const { reviews } = await readContent(CONTENT_DIR);
    expect(reviews.length).toBeGreaterThan(30);
    for (const { image, ...review } of reviews) {
      // A picture file becomes files the build names by their content: there is no file name to write back.
      expect(image?.path).toMatch(/^images\//);
      expect(roundTrip({ ...review, image })).toEqual(alone(review));
    }
  });

  it('writes person: only for a name that means someone else than the name alone', () => {
    const [review] = generateReviews({ count: 1, seed: 1 }).reviews;
    const [director] = review!.film.directors;
    const film = {
      ...review!.film,
      directors: [director!, 'Penélope Cruz'],
      people: { [director!]: 'someone-else', 'Penélope Cruz': 'penelope-cruz' },
    };
    const text = writeReviewFile({ ...review!, film });
    expect(text).toContain(`  directors:\n    - name: ${director}\n      person: someone-else\n    - Penélope Cruz\n`);
    expect(readReviewFile(`${review!.slug}.md`, text).people).toContainEqual(
      expect.objectContaining({ name: director, person: 'someone-else' }),
    );
  });

  it('writes an image at an address as it was given', async () => {
    const [review] = generateReviews({ count: 1, seed: 1 }).reviews;
    const image = {
      url: 'https://images.example.com/a.jpg',
      width: 1920,
      height: 800,
      alt: 'A still',
      credit: 'Photo: A',
    };
    expect(roundTrip({ ...review!, image })?.image).toEqual(image);
  });

  it('writes generated reviews that read back the same, whatever their film facts hold', async () => {
    const { reviews } = generateReviews({ count: 300, seed: 7 });
    for (const review of reviews) {
      // Plain-string paragraphs (format v1's body) come back as paragraph blocks.
      const body = review.body.map((block) =>
        typeof block === 'string' ? { type: 'paragraph' as const, children: [block] } : block,
      );
      expect(roundTrip(review)).toEqual(alone({ ...review, body }));
    }
  });

  it('keeps text that looks like Markdown as the same words, not as syntax', async () => {
    const [review] = generateReviews({ count: 1, seed: 1 }).reviews;
    const words =
      '*not emphasis* [not a link](/reviews/x) <b>not HTML</b> :spoiler[not hidden] # not a heading \\ 1. not a list';
    const tricky: Review = { ...review!, body: [words, '> not a quote'], verdict: '**not strong**: _plain_' };
    const read = roundTrip(tricky);
    expect(read?.body).toEqual([
      { type: 'paragraph', children: [words] },
      { type: 'paragraph', children: ['> not a quote'] },
    ]);
    expect(read?.verdict).toBe('**not strong**: _plain_');
  });

  it('writes files as the project formats Markdown, so generated reviews kept in the repository pass npm run lint', async () => {
    const options = { ...(await resolveConfig('review.md')), parser: 'markdown' };
    const files = [
      ...generateReviews({ count: 300, seed: 3 }).reviews.map((review) => [review.slug, writeReviewFile(review)]),
      ...GENERATED_CRITICS.map((critic) => [critic.slug, writeCriticFile(critic)]),
    ];
    const unformatted = [];
    for (const [slug, text] of files) if (!(await check(text!, options))) unformatted.push(slug);
    expect(unformatted).toEqual([]);
  });
});
