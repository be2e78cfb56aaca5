import type { Plugin } from 'vite';
import { bootScript } from '../lib/boot-script';

/**
 * The boot script (src/boot-script.ts), inline at the top of the <head>, before
 * the stylesheet and the body, so that it runs before the first paint however
 * slow the link: it hides a prerendered list the address's filters would
 * change, shows what is loading in its place, and starts the app. Inline, the
 * CSP allows it by its hash (htmlForApi). Not in dev: its pages are not
 * prerendered.
 */
export function inlineBootScript(): Plugin {
  let base = '/';
  return {
    name: 'reel-notes:boot-script',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: async (html) => {
      const { code } = await bootScript(base);
      return html.replace('<!--app-head-->', () => `<script>${code}</script>\n    <!--app-head-->`);
    },
  };
}
