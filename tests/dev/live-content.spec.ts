import { publishedBuild, ReviewFile } from './dev-content';
import { expect, isSameDocument, markDocument, test } from './fixtures';

/**
 * A critic edits a review while `npm run dev` runs: saving the file
 * republishes it and the open page shows the change without a reload; a
 * mistake shows in Vite's overlay at its file and line, and goes when it is
 * fixed. The expectations wait a few seconds, for a busy machine: how fast the
 * change arrives is the bench's business, not a test's.
 */

test.describe.configure({ mode: 'serial' });

const headline = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

test('a saved review shows on the open page, with no reload', async ({ page }) => {
  const file = new ReviewFile('ballerina-2023');
  try {
    await page.goto('/reviews/ballerina-2023');
    await expect(headline(page)).toContainText('a neon-lit revenge thriller');
    await markDocument(page);
    const before = publishedBuild();

    file.write(file.withHeadline('‘Ballerina’ review — rewritten while the page was open'));
    await expect(headline(page)).toContainText('rewritten while the page was open');
    expect(publishedBuild()).not.toBe(before);
    expect(await isSameDocument(page), 'the page was not reloaded').toBe(true);
  } finally {
    file.restore();
  }
  await expect(headline(page)).toContainText('a neon-lit revenge thriller');
});

test('a mistake shows in the overlay at its line, and goes once it is fixed', async ({ page, pageErrors }) => {
  const file = new ReviewFile('jaws-1975');
  try {
    await page.goto('/reviews/jaws-1975');
    await expect(headline(page)).toBeVisible();
    const before = publishedBuild();

    file.write(file.original.replace(/^rating: .*$/m, 'rating: 7'));
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toBeAttached();
    await expect(overlay).toContainText(/jaws-1975\.md:\d+:\d+\s+.*rating/);
    expect(publishedBuild(), 'nothing is published from a review with a mistake').toBe(before);

    file.restore();
    await expect(overlay).not.toBeAttached();
    await expect(headline(page)).toBeVisible();
  } finally {
    file.restore();
  }
  // The overlay is Vite's, not the app's: it logs nothing, but a reload on fixing may log a lost connection.
  pageErrors.length = 0;
});

test('a file that once stopped the server shows in the overlay, and the server goes on', async ({
  page,
  pageErrors,
}) => {
  const file = new ReviewFile('jaws-1975');
  const body = file.original.indexOf('\n---\n', 3) + 5;
  const firstBodyLine = file.original.slice(0, body).split('\n').length + 1;
  try {
    await page.goto('/reviews/jaws-1975');
    await expect(headline(page)).toBeVisible();

    // Once a RangeError thrown in the watcher: `npm run dev` exited.
    file.write(`${file.original.slice(0, body)}\n${'*'.repeat(2_000)}x${'*'.repeat(2_000)}\n`);
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toContainText(
      `jaws-1975.md:${firstBodyLine}:1  a paragraph with 4,000 *, _ and ~: at most 200`,
    );

    file.write(`${file.original.slice(0, body)}\n${'>'.repeat(200)} deep\n`);
    await expect(overlay).toContainText(
      `jaws-1975.md:${firstBodyLine}:1  block quotes nested 200 deep: at most 4 levels`,
    );

    file.restore();
    await expect(overlay).not.toBeAttached();
    await page.reload();
    await expect(headline(page)).toBeVisible();
  } finally {
    file.restore();
  }
  pageErrors.length = 0;
});
