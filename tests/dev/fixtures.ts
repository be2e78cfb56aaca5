import { test as base, expect, type Page } from '@playwright/test';

/**
 * The dev-server tests' fixture: fails any test whose page throws or logs a
 * console error (a module that failed to load, a failed request, a React
 * error), unless the test takes the errors out of `pageErrors` itself.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  // The list only: `page` below fills it, so that neither fixture needs the other's page (a cycle).
  // eslint-disable-next-line no-empty-pattern
  pageErrors: async ({}, provide) => {
    await provide([]);
  },
  page: async ({ page, pageErrors }, provide) => {
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    await provide(page);
    expect(pageErrors, 'uncaught errors or console errors').toEqual([]);
  },
});

export { expect };

/** Marks the open document, to tell later whether it is still the same one (no reload). */
export async function markDocument(page: Page) {
  await page.evaluate(() => ((window as { devTestMark?: boolean }).devTestMark = true));
}

export async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as { devTestMark?: boolean }).devTestMark === true);
}
