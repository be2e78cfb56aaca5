import { relative } from 'node:path';
import type { ViteDevServer } from 'vite';
import type { SiteSettings } from '../config/site-settings';
import { ContentProblems, publishContent } from '../content/publish-content';
import { DEV_API_DIR, ROOT } from '../lib/project-paths';

/** How long a save's file events may go on: a publish waits for them to stop. */
export const SAVE_SETTLES_MS = 50;

/**
 * `npm run dev`'s half of publishSite (./publish-site.ts): the content is
 * published (drafts included) into DEV_API_DIR, which the dev server serves
 * (static-host.ts), when the server starts and again each time a review is
 * saved, and the open pages are told to read it again; a mistake shows in
 * Vite's overlay, as file:line:column, and nothing is published.
 *
 * `contentDir`: the folder of review files to watch and publish (the site's settings).
 */
export function republishOnSave(server: ViteDevServer, { contentDir: dir }: Pick<SiteSettings, 'contentDir'>): void {
  // What is wrong with the reviews now, shown to every page that connects until it is fixed.
  let problems: string | undefined;
  const showProblems = () => {
    if (problems)
      server.ws.send({
        type: 'error',
        err: { message: problems, stack: '', plugin: 'reel-notes:publish-site' },
      });
  };
  const showFailure = (message: string) => {
    problems = message;
    server.config.logger.error(problems, { timestamp: true });
    showProblems();
  };
  // One publish at a time, in the order of the saves: the last one leaves the last state. A save
  // overtaken by a newer one is not published, and its mistakes are not shown: an editor saving a
  // file may first empty it, and a publish that read it empty would show a mistake no one made (and
  // Vite's client reloads the page when the overlay it shows is taken down by the next update).
  let saves = 0;
  let publishing = Promise.resolve();
  const publish = () => {
    const save = saves;
    publishing = publishing.then(() => (save === saves ? publishOnce(() => save !== saves) : undefined));
  };
  const publishOnce = async (overtaken: () => boolean) => {
    // Nothing in a review stops the server: even a failure to publish (a full disk) is shown like a mistake.
    try {
      const { build } = await publishContent({ contentDir: dir, out: DEV_API_DIR, drafts: true });
      server.config.logger.info(`content published: build ${build}`, { timestamp: true });
      if (problems) {
        problems = undefined;
        // An update with nothing in it: Vite's client takes the error overlay down.
        server.ws.send({ type: 'update', updates: [] });
      }
      server.ws.send({ type: 'custom', event: 'reel-notes:content-published', data: { build } });
    } catch (error) {
      if (overtaken()) return;
      showFailure(
        error instanceof ContentProblems
          ? error.report
          : `${relative(ROOT, dir)}: the reviews could not be published: ${String(error)}`,
      );
    }
  };
  // Before the server answers anything: the app reads what this publishes (drafts included), and a
  // review with a mistake does not stop the server; it shows in the terminal and in the page.
  void publish();
  server.ws.on('connection', showProblems);
  server.watcher.add(dir);
  // The events of one save (emptied, then written) come within milliseconds: one publish follows them.
  let settling: ReturnType<typeof setTimeout> | undefined;
  for (const event of ['add', 'change', 'unlink'] as const) {
    server.watcher.on(event, (file) => {
      if (!file.startsWith(dir)) return;
      saves += 1;
      clearTimeout(settling);
      settling = setTimeout(publish, SAVE_SETTLES_MS);
    });
  }
}
