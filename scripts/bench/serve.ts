/**
 * One server per archive, as a CDN would serve it (gzip, the static host's
 * rules): the app from .bench/app at /, the archive at /large-api/.
 */
import { startStaticServer } from '../lib/static-server';
import { API_PATH, APP_DIR, archiveDir, type ArchiveSize } from './config';
import { onCleanup } from './lifecycle';

/** Starts a server for one archive (and an app build); it is stopped with the benchmark. Returns its origin. */
export async function serveArchive(size: ArchiveSize, appDir = APP_DIR): Promise<string> {
  const server = await startStaticServer({ root: appDir, mounts: { [API_PATH]: archiveDir(size) } });
  onCleanup(`server for ${size} reviews`, () => server.close());
  return server.url;
}
