import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page as it is now and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page) {
  // Only violations are read: skipping the details of passes makes each run faster.
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/**
 * The test fixture: fails any test whose page throws, logs a console error,
 * or opens a dialog (an injected script would), unless the test expects it.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  // The list only: `page` below fills it, so that neither fixture needs the other's page (a cycle).
  // eslint-disable-next-line no-empty-pattern
  pageErrors: async ({}, provide) => {
    await provide([]);
  },
  page: async ({ page, pageErrors }, provide) => {
    // A prerendered page starts the app once its first paint is reported; a test acts within
    // milliseconds, sooner than any reader, so arriving on a page (goto, reload) waits for the app to
    // have hydrated it. The app shell, with no modules named, starts it at once: nothing to wait for.
    for (const arrive of ['goto', 'reload'] as const) {
      const original = page[arrive].bind(page) as (...args: unknown[]) => ReturnType<Page['goto']>;
      Object.assign(page, {
        [arrive]: async (...args: unknown[]) => {
          const response = await original(...args);
          await expect
            .poll(() => page.evaluate(appStarted).catch(() => false), { message: 'the app started on the page' })
            .toBe(true);
          return response;
        },
      });
    }
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('dialog', async (dialog) => {
      pageErrors.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await provide(page);
    expect(pageErrors, 'uncaught errors or dialogs').toEqual([]);
  },
});

export { expect };

/** In the page: the app has hydrated the prerendered page (React's own key on the element), or has no page to hydrate. */
function appStarted(): boolean {
  if (!document.querySelector('meta[name="app-modules"]')) return true;
  return Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber'));
}
