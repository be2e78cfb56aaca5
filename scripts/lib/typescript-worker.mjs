/**
 * Starts a worker thread that runs TypeScript: Node's workers do not inherit
 * tsx's loader, so this registers it, then imports the module named in argv.
 * Started by typescriptWorker (./start-worker.ts).
 */
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2]);
