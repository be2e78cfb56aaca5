import type { Page } from '@playwright/test';
import type { PageDocument } from '../../src/format/archive-schema';
import type { Card } from '../../src/format/card-schema';
import {
  api,
  buildFile,
  countText,
  ENTRY_TARGET,
  entryFile,
  expect,
  expectList,
  expectSafePage,
  filmLink,
  holdRoute,
  readerSavesData,
  readReview,
  readSample,
  requestsPerLoad,
  reviewFile,
  REVIEW_TARGET,
  rewriteJson,
  REVIEW_NAME,
  SLUG,
  test,
} from './fault-helpers';

/**
 * Data the app must refuse without falling over: broken cards, a review that
 * fails its schema, files that are not JSON or are a web page, facet keys that
 * are not genres or ratings, and files far larger than any real one.
 */

// Every page is the app shell, which fetches its data: the faults are in that data. No service worker
// answers for the network either: page.route never sees what one serves from its cache.
test.use({ screenshot: 'only-on-failure', shellOnly: true, serviceWorkers: 'block' });

/** The message a failed view shows, with its heading ("We couldn’t read the reviews") and its explanation. */
async function expectMessage(page: Page, heading: string, explanation: RegExp) {
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: heading })).toBeVisible();
  await expect(alert).toContainText(explanation);
  await expectSafePage(page);
}

test('broken cards are dropped, counted, and reported in one console warning; a repeated slug is shown once', async ({
  page,
  request,
}) => {
  const { entry, page: first } = await readSample(request);
  const card = (id: number) => structuredClone(first.cards[id]!);
  const valid = card(0);
  // Cards 0 to 6 are broken, card 8 repeats card 7's slug: in the first page file and in their own files alike.
  const broken = new Map<number, { card: unknown; reason: RegExp }>([
    [0, { card: { slug: valid.slug, headline: 'Broken: missing fields' }, reason: /standfirst|rating|film/ }],
    [
      1,
      {
        card: {
          ...card(1),
          headline: 'Broken: wrong types',
          published: 20020101,
          film: { ...valid.film, year: '2002' },
        },
        reason: /published|year|string|number/i,
      },
    ],
    [2, { card: { ...card(2), headline: 'Broken: rating 7', rating: 7 }, reason: /5/ }],
    [3, { card: { ...card(3), headline: 'Broken: rating seven', rating: 'seven' }, reason: /number/i }],
    [
      4,
      {
        card: { ...card(4), headline: 'Broken: unknown genre', film: { ...valid.film, genres: ['nope'] } },
        reason: /nope/,
      },
    ],
    [5, { card: { ...card(5), headline: 'Broken: dated 1869', published: '1869-12-31' }, reason: /1870/ }],
    [6, { card: null, reason: /object|null/i }],
    [8, { card: { ...card(8), slug: first.cards[7]!.slug, headline: 'Broken: repeated slug' }, reason: /same slug/ }],
  ]);
  await rewriteJson<PageDocument>(page, api(`builds/${entry.build}/pages/all.json`), (document) => ({
    ...document,
    cards: document.cards.map((item, position) => (broken.has(position) ? broken.get(position)!.card : item)),
  }));
  // The archive's cards in chunks (read in the background once the index is in) hold the same broken cards.
  await rewriteJson<PageDocument>(page, api(`builds/${entry.build}/card-chunks/0.json`), (document) => ({
    ...document,
    cards: document.cards.map((item, id) => (broken.has(id) ? broken.get(id)!.card : item)),
  }));
  const served = new Set<number>();
  await page.route(buildFile('cards', entry.build), async (route) => {
    const id = Number(/(\d+)\.json$/.exec(route.request().url())![1]);
    if (!broken.has(id)) return route.continue();
    await route.fulfill({ json: broken.get(id)!.card });
    served.add(id);
  });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const index = await holdRoute(page, buildFile('blocks'));

  await page.goto('/');
  await expectList(page);
  const notShown = `${broken.size} reviews could not be shown`;
  await expect.soft(countText(page), 'the first page says how many it left out').toContainText(notShown);
  await expect(page.getByText(/^Broken:/)).toHaveCount(0);
  await expect(filmLink(page, first.cards[7]!.film.title)).toHaveCount(1);
  await expectSafePage(page);

  const reports = warnings.filter((text) => /not shown/.test(text));
  expect(reports, `console warnings: ${JSON.stringify(warnings)}`).toHaveLength(1);
  // After a heading line, each card left out: "card 3 (slug): why", over one line or more.
  const entries = reports[0]!.split(/\n(?=card \d+ \()/).slice(1);
  expect(entries, 'one entry per card left out').toHaveLength(broken.size);
  [...broken.values()].forEach(({ reason }, entry) => expect(entries[entry]).toMatch(reason));

  // With the whole filter index, the list reads the same cards from their own files: the same ones are left out.
  index.release();
  await expect.poll(() => served.size, { message: 'the broken card files read' }).toBe(broken.size);
  await expect(page.locator('main ol')).toHaveAttribute('aria-busy', 'false');
  await expect
    .soft(countText(page), 'the whole list says how many it left out')
    .toHaveText(`Showing 16 of ${entry.total} reviews · ${notShown}`);
  await expect(page.getByText(/^Broken:/)).toHaveCount(0);
  await expect(filmLink(page, first.cards[7]!.film.title)).toHaveCount(1);
  await expectSafePage(page);
});

test('a review that fails validation gets an error page naming it, with a way back and no retry loop', async ({
  page,
  request,
}) => {
  const invalid = { ...(await readReview(request, SLUG)), rating: 7, verdict: undefined };
  await page.route(reviewFile(SLUG), (route) => route.fulfill({ json: invalid }));
  const counts = await requestsPerLoad(page, SLUG, async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'This review can’t be shown' })).toBeVisible();
    await expectMessage(page, `We couldn’t read ${REVIEW_NAME}`, /not in the expected format/);
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  });
  expect.soft(counts, 'requests for the invalid review, page load by page load').toEqual(counts.map(() => 1));

  await page.getByRole('link', { name: 'Back to the latest reviews' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectList(page);
});

test('malformed JSON for a review says it could not be read, with a way back', async ({ page }) => {
  await page.route(reviewFile(SLUG), (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: `{"version":2,"slug":"${SLUG}",]` }),
  );
  await page.goto(`/reviews/${SLUG}`);
  await expectMessage(page, `We couldn’t read ${REVIEW_NAME}`, /not review data/);
  await expect(page.getByRole('link', { name: 'Back to the latest reviews' })).toBeVisible();
});

for (const { target, heading, explanation } of [
  // The entry always exists: a web page in its place is a network's sign-in page (a captive portal).
  { target: ENTRY_TARGET, heading: 'We couldn’t load', explanation: /network answered with a web page/ },
  { target: REVIEW_TARGET, heading: 'We couldn’t read', explanation: /web page where review data should be/ },
]) {
  test(`${target.file} answered with index.html (200, text/html) is detected and explained, with a Retry`, async ({
    page,
    request,
  }) => {
    const html = await (await request.get('/')).text();
    await page.route(target.matcher, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await page.goto(target.path);
    await expectMessage(page, `${heading} ${target.what}`, explanation);
    await expect(page.getByRole('alert')).toContainText('If you are on Wi-Fi that asks you to sign in');
    // Once signed in (here: the file comes back), Retry shows it.
    await page.unroute(target.matcher);
    await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await target.shown(page);
  });
}

test.describe('facet keys in index.json that are not genres or ratings', () => {
  for (const { key, facet, path, what } of [
    { key: 'Drama', facet: 'genres', path: '/', what: 'the reviews' },
    { key: 'Drama', facet: 'genres', path: '/genres', what: 'the genres' },
    { key: 'science fiction', facet: 'genres', path: '/genres/action', what: 'the reviews' },
    { key: '4.0', facet: 'ratings', path: '/ratings', what: 'the ratings' },
    { key: '4.5', facet: 'ratings', path: '/ratings/4', what: 'the reviews' },
  ] as const) {
    test(`"${key}" in ${facet}, on ${path}: a clear message`, async ({ page }) => {
      await rewriteJson<Record<string, Record<string, number>>>(page, entryFile, (entry) => ({
        ...entry,
        [facet]: { ...entry[facet], [key]: 3 },
      }));
      await page.goto(path);
      await expectMessage(page, `We couldn’t read ${what}`, /not in the expected format/);
    });
  }
});

test.describe('files over their size limit are refused with a message, not read to the end', () => {
  const padded = (document: object, bytes: number) => ({ ...document, padding: ' '.repeat(bytes) });

  test('a 70 kB index.json (limit 64 kB)', async ({ page }) => {
    await rewriteJson<object>(page, entryFile, (entry) => padded(entry, 70_000));
    await page.goto('/');
    await expectMessage(page, 'We couldn’t read the reviews', /far more data than expected/);
  });

  test('a 600 kB first page (limit 512 kB)', async ({ page }) => {
    await rewriteJson<object>(page, buildFile('pages'), (document) => padded(document, 600_000));
    await page.goto('/');
    await expectMessage(page, 'We couldn’t read the reviews', /far more data than expected/);
  });

  test('a 2.5 MB review (limit 2 MB)', async ({ page }) => {
    await rewriteJson<object>(page, reviewFile(SLUG), (review) => padded(review, 2_500_000));
    await page.goto(`/reviews/${SLUG}`);
    await expectMessage(page, `We couldn’t read ${REVIEW_NAME}`, /far more data than expected/);
  });

  test('a 40 kB card (limit 32 kB) in a sorted list is left out and counted', async ({ page, request }) => {
    const { entry } = await readSample(request);
    // The first card file the list reads is the one too big, each time it is read.
    let paddedCard: { url: string; card: Card } | undefined;
    await rewriteJson<Card>(page, buildFile('cards'), (card, url) => {
      paddedCard ??= { url: url.href, card };
      return url.href === paddedCard.url ? padded(card, 40_000) : card;
    });
    await readerSavesData(page);
    await page.goto('/?sort=title');
    await expectList(page);
    await expect(countText(page)).toHaveText(`Showing 23 of ${entry.total} reviews · 1 review could not be shown`);
    expect(paddedCard, 'a card was padded').toBeDefined();
    await expect(filmLink(page, paddedCard!.card.film.title)).toHaveCount(0);
    await expectSafePage(page);
  });
});
