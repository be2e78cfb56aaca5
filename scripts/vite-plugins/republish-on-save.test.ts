import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentProblems, publishContent } from '../content/publish-content';
import { republishOnSave, SAVE_SETTLES_MS } from './republish-on-save';

vi.mock('../content/publish-content', async (original) => ({
  ...(await original<typeof import('../content/publish-content')>()),
  publishContent: vi.fn(),
}));

const CONTENT = '/site/content/reviews';
const REVIEW = join(CONTENT, 'jaws-1975.md');
const MISTAKE = new ContentProblems([{ file: REVIEW, line: 4, column: 9, message: 'a rating is 0 to 5 stars' }]);

/** The parts of Vite's dev server the plugin uses (its watcher, its pages' socket and its logger), once its first publish has begun. */
async function devServer() {
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const sent: { type: string; err?: { message: string } }[] = [];
  const server = {
    watcher,
    ws: { send: (message: (typeof sent)[number]) => sent.push(message), on: vi.fn() },
    config: { logger: { info: vi.fn(), error: vi.fn() } },
  };
  republishOnSave(server as unknown as ViteDevServer, { contentDir: CONTENT });
  await vi.advanceTimersByTimeAsync(0);
  return { save: () => watcher.emit('change', REVIEW), sent, errors: () => sent.filter((m) => m.type === 'error') };
}

interface Publish {
  succeed: () => void;
  fail: (error: unknown) => void;
}

/** publishContent's calls, each answered when the test says: `call(n)` is the nth, from 0. */
function publishes() {
  const calls: Publish[] = [];
  vi.mocked(publishContent).mockImplementation(
    () =>
      new Promise((resolve, reject) => {
        const build = `build-${calls.length}`;
        calls.push({ succeed: () => resolve({ build } as Awaited<ReturnType<typeof publishContent>>), fail: reject });
      }),
  );
  const call = (n: number): Publish => {
    const publish = calls[n];
    if (!publish) throw new Error(`publishContent was called ${calls.length} times, not ${n + 1}`);
    return publish;
  };
  return Object.assign(call, { count: () => calls.length });
}

describe('republishOnSave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.mocked(publishContent).mockReset();
  });

  it('publishes a save once its events stop, however many it came as', async () => {
    const call = publishes();
    const { save, sent } = await devServer();
    call(0).succeed();
    await vi.advanceTimersByTimeAsync(0);

    save(); // the editor empties the file…
    await vi.advanceTimersByTimeAsync(5);
    save(); // …and writes it
    await vi.advanceTimersByTimeAsync(SAVE_SETTLES_MS - 1);
    expect(call.count()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(call.count()).toBe(2);
    call(1).succeed();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.filter((m) => m.type === 'custom')).toHaveLength(2);
  });

  it('shows no mistake from a file read while a newer save was on its way', async () => {
    const call = publishes();
    const { save, errors } = await devServer();
    call(0).succeed();
    save();
    await vi.advanceTimersByTimeAsync(SAVE_SETTLES_MS);
    save(); // arrives while the first publish reads a half-written file
    call(1).fail(MISTAKE);
    await vi.advanceTimersByTimeAsync(SAVE_SETTLES_MS);
    call(2).succeed();
    await vi.advanceTimersByTimeAsync(0);
    expect(errors()).toEqual([]);
  });

  it('shows a mistake in the overlay, and takes it down once the file is fixed', async () => {
    const call = publishes();
    const { save, sent, errors } = await devServer();
    call(0).succeed();
    save();
    await vi.advanceTimersByTimeAsync(SAVE_SETTLES_MS);
    call(1).fail(MISTAKE);
    await vi.advanceTimersByTimeAsync(0);
    expect(errors().map((m) => m.err?.message)).toEqual([MISTAKE.report]);

    save();
    await vi.advanceTimersByTimeAsync(SAVE_SETTLES_MS);
    call(2).succeed();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.at(-2)).toEqual({ type: 'update', updates: [] });
    expect(errors()).toHaveLength(1);
  });

  it('shows a failure to publish that is not a mistake in a review, and the server goes on', async () => {
    const call = publishes();
    const { errors } = await devServer();
    call(0).fail(new Error('ENOSPC: no space left on device'));
    await vi.advanceTimersByTimeAsync(0);
    expect(errors().map((m) => m.err?.message)).toEqual([
      expect.stringMatching(/the reviews could not be published: Error: ENOSPC/),
    ]);
  });
});
