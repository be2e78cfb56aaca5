import type { Page } from '@playwright/test';
import type { PageDocument } from '../../src/format/archive-schema';
import type { Card } from '../../src/format/card-schema';
import {
  MAX_HEADLINE,
  MAX_LABEL,
  MAX_NAME,
  MAX_PARAGRAPH,
  MAX_STANDFIRST,
  MAX_TITLE,
  MAX_VERDICT,
} from '../../src/format/limits';
import type { Review } from '../../src/format/review-schema';
import {
  api,
  buildFile,
  countText,
  expect,
  expectList,
  expectSafePage,
  HOSTILE,
  hostileList,
  hostileText,
  indexArrived,
  longWord,
  readReview,
  readSample,
  reviewFile,
  rewriteJson,
  REVIEW_NAME,
  SLUG,
  test,
} from './fault-helpers';

/**
 * Data that is valid but hostile or odd: markup, bidi overrides and endless
 * words in every text field, links that would run script, dates outside the
 * format's range, a language named `__proto__`, and lists that repeat
 * themselves. Text must stay text, and nothing may be rendered twice (which
 * would also mean two React children with one key: production builds do not
 * warn about those, so the DOM is checked instead).
 */

// Every page is the app shell, which fetches its data: the faults are in that data. No service worker
// answers for the network either: page.route never sees what one serves from its cache.
test.use({ screenshot: 'only-on-failure', shellOnly: true, serviceWorkers: 'block' });

/** Every list item in main whose text appears twice in its list. */
async function repeatedItems(page: Page): Promise<string[]> {
  return page.locator('main ul, main ol').evaluateAll((lists) =>
    lists.flatMap((list) => {
      const texts = [...list.children].map((item) => (item as HTMLElement).innerText.trim());
      return texts.filter((text, index) => texts.indexOf(text) !== index).map((text) => text.slice(0, 80));
    }),
  );
}

test('hostile strings in every text field of cards render as inert text, in the first page and in card files', async ({
  page,
  request,
}) => {
  const { entry } = await readSample(request);
  const poison = (card: Card): Card => ({
    ...card,
    headline: hostileText(MAX_HEADLINE),
    standfirst: hostileText(MAX_STANDFIRST),
    film: { ...card.film, title: hostileText(MAX_TITLE) },
  });
  // Every card, in the first page file and in its own file: both kinds of list read them.
  await rewriteJson<PageDocument>(page, api(`builds/${entry.build}/pages/all.json`), (document) => ({
    ...document,
    cards: (document.cards as Card[]).map(poison),
  }));
  await rewriteJson<Card>(page, buildFile('cards'), poison);

  for (const path of ['/', '/?sort=title']) {
    const index = indexArrived(page);
    await page.goto(path);
    await expectList(page);
    await index;
    // The hostile cards were valid data: none was left out.
    await expect(countText(page)).toHaveText(`Showing 24 of ${entry.total} reviews`);
    await expect(page.getByRole('link', { name: /<img src=x onerror/ })).toHaveCount(24);
    await expect(page.getByText(/<script>window\.__pwned=1<\/script>/).first()).toBeVisible();
    await expectSafePage(page);
  }
});

test('hostile strings in every text field of a review render as inert text', async ({ page, request }) => {
  const related = (await readReview(request, SLUG)).related;
  await rewriteJson<Review>(page, reviewFile(SLUG), (review) => ({
    ...review,
    spoilers: false,
    headline: hostileText(MAX_HEADLINE),
    standfirst: hostileText(MAX_STANDFIRST),
    author: { name: hostileText(MAX_NAME) },
    body: [
      ...hostileList(MAX_PARAGRAPH),
      hostileText(MAX_PARAGRAPH),
      {
        type: 'paragraph',
        children: [
          HOSTILE.img,
          { type: 'emphasis', children: [HOSTILE.script] },
          { type: 'link', href: 'https://example.com/page', children: [HOSTILE.img] },
        ],
      },
    ],
    verdict: hostileText(MAX_VERDICT),
    film: {
      ...review.film,
      title: hostileText(MAX_TITLE),
      originalTitle: hostileText(MAX_TITLE),
      directors: hostileList(MAX_NAME),
      cast: [
        ...hostileList(MAX_NAME).map((name, index, all) => ({ name, character: all[all.length - 1 - index] })),
        { name: 'Plain name', character: hostileText(MAX_NAME) },
      ],
      countries: hostileList(MAX_LABEL),
      languages: hostileList(MAX_LABEL),
    },
    watch: [{ provider: HOSTILE.img, kind: 'rent', url: 'https://example.com/watch' }],
    mentions: [
      ...hostileList(MAX_TITLE).map((title) => ({ title })),
      { title: hostileText(MAX_TITLE), year: 2000, slug: related[0]?.slug },
    ],
    image: { url: 'https://example.com/still.jpg', width: 1600, height: 900, alt: HOSTILE.img },
    related: related.map((card) => ({
      ...card,
      headline: hostileText(MAX_HEADLINE),
      standfirst: HOSTILE.script,
    })),
  }));
  // The still is not needed: keep the test off the internet.
  await page.route('https://example.com/**', (route) => route.fulfill({ status: 204 }));

  await page.goto(`/reviews/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: /<img src=x onerror="window\.__pwned=1">/ })).toBeVisible();
  // Each payload is on the page as its literal text, not as markup.
  await expect(page.getByText(HOSTILE.img, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(HOSTILE.script, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(longWord(3_000), { exact: true }).first()).toBeVisible();
  await expect(page.locator('p', { has: page.getByText('Verdict:', { exact: true }) })).toContainText(
    '<img src=x onerror',
  );
  await expect(page.getByRole('link', { name: HOSTILE.img }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Films this review mentions' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Related reviews' })).toBeVisible();
  await expectSafePage(page);

  // Bidi overrides are stripped at the boundary; the text after them is kept.
  const text = await page.locator('main').innerText();
  expect(text).not.toContain('\u202E');
  expect(text).toContain('evil');
  // The structured data is one inert JSON script, still parseable, that cannot close its element.
  const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
  expect(jsonLd).not.toContain('</script');
  expect(() => JSON.parse(jsonLd ?? '')).not.toThrow();
});

test.describe('links that would run script are refused, and no such link is rendered', () => {
  const evil: [scheme: string, url: string][] = [
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
  ];
  for (const [scheme, url] of evil) {
    for (const [where, edit] of [
      ['a watch link', (review: Review) => ({ ...review, watch: [{ provider: 'Evil Stream', kind: 'free', url }] })],
      [
        'a link in the body',
        (review: Review) => ({
          ...review,
          body: [{ type: 'paragraph', children: [{ type: 'link', href: url, children: ['Evil Stream'] }] }],
        }),
      ],
    ] as const) {
      test(`${where} to a ${scheme} URL`, async ({ page }) => {
        await rewriteJson<Review>(page, reviewFile(SLUG), edit);
        await page.goto(`/reviews/${SLUG}`);
        await expect(page.getByRole('heading', { level: 1, name: 'This review can’t be shown' })).toBeVisible();
        await expect(page.getByRole('alert')).toContainText(`We couldn’t read ${REVIEW_NAME}`);
        await expect(page.getByRole('link', { name: /Evil Stream/ })).toHaveCount(0);
        await expectSafePage(page);
      });
    }
  }
});

test('dates outside 1870–2100 make the review unshowable, with a message, never a broken page', async ({ page }) => {
  const variants: [string, (review: Review) => Review][] = [
    ['published in 1869', (review) => ({ ...review, published: '1869-12-31' })],
    ['updated in 2101', (review) => ({ ...review, updated: '2101-01-01' })],
    ['a film from 1869', (review) => ({ ...review, film: { ...review.film, year: 1869 } })],
    ['a mention from 2101', (review) => ({ ...review, mentions: [{ title: 'Future Film', year: 2101 }] })],
    ['published on 30 February', (review) => ({ ...review, published: '2020-02-30' })],
  ];
  let variant = variants[0]!;
  await rewriteJson<Review>(page, reviewFile(SLUG), (review) => variant[1](review));
  for (const next of variants) {
    variant = next;
    await test.step(variant[0], async () => {
      await page.goto(`/reviews/${SLUG}`);
      await expect(page.getByRole('heading', { level: 1, name: 'This review can’t be shown' })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText(/not in the expected format/);
      await expectSafePage(page);
    });
  }
});

test('a language named __proto__, and genres, cast, watch links, mentions and related reviews given twice, render once each', async ({
  page,
}) => {
  let served: Review | undefined;
  await rewriteJson<Review>(page, reviewFile(SLUG), (review) => {
    const { film } = review;
    served = review;
    return {
      ...review,
      film: {
        ...film,
        languages: ['__proto__', 'constructor', '__proto__', ...film.languages, 'hasOwnProperty'],
        genres: [...film.genres, ...film.genres],
        directors: [...film.directors, ...film.directors],
        countries: [...film.countries, ...film.countries],
        cast: [...film.cast, ...film.cast.map((member) => ({ ...member }))],
      },
      // The same provider and kind at another address is still the same watch option.
      watch: [...review.watch, ...review.watch.map((option) => ({ ...option, url: 'https://example.com/other' }))],
      mentions: [...review.mentions, ...review.mentions.map((mention) => ({ ...mention }))],
      related: [...review.related, ...review.related],
    };
  });

  await page.goto(`/reviews/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The related cards, not their placeholders: their code arrives after the review has painted.
  await expect(page.getByRole('region', { name: 'Related reviews' }).getByRole('article')).toHaveCount(
    served!.related.length,
  );
  const facts = page.getByRole('complementary', { name: 'The film' });
  await expect(facts).toContainText(
    ['__proto__', 'constructor', ...served!.film.languages, 'hasOwnProperty'].join(', '),
  );
  // An unknown language gives the original title no language tag, rather than a made-up one.
  const original = facts.getByText(served!.film.originalTitle!, { exact: true });
  await expect(original).toBeVisible();
  expect(await original.getAttribute('lang')).toBeNull();

  expect(await repeatedItems(page), 'list items shown twice').toEqual([]);
  await expect(facts.locator('a[href^="/genres/"]')).toHaveCount(served!.film.genres.length);
  await expect(facts.getByRole('listitem').filter({ hasText: served!.film.cast[0]!.name })).toHaveCount(1);
  await expect(facts.getByRole('link', { name: /opens in a new tab/ })).toHaveCount(served!.watch.length);
  // Each director and cast member once, a link to their page when the review was published with one.
  const people = new Set([...served!.film.directors, ...served!.film.cast.map((member) => member.name)]);
  await expect(facts.locator('a[href^="/people/"]')).toHaveCount(
    [...people].filter((name) => served!.film.people?.[name]).length,
  );
  await expect(facts.getByText(served!.film.directors[0]!, { exact: true })).toHaveCount(1);
  await expectSafePage(page);
});
