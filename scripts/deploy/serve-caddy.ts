/**
 * Serves a build with real Caddy and the Caddyfile the build generated
 * (dist/deploy/Caddyfile), in the foreground, with its state in a throwaway
 * folder and no admin endpoint; only the address and `root` of the generated
 * file are changed. Ctrl-C or SIGTERM stops it. The host tests
 * (playwright.hosts.config.ts) start it.
 *
 * Usage: npx tsx scripts/deploy/serve-caddy.ts [--dist dist] [--port 4319] [--host 127.0.0.1]
 * CADDY names the caddy binary if it is not on the PATH or in /usr/bin.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CADDY_DEFAULTS } from './caddy';
import { findServer } from './find-server';
import { checkPortFree, makePrefix, removePrefix, replaceOnce, runInForeground } from './run-server';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4319' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const caddy = findServer('caddy');
if (!caddy) {
  console.error('Caddy not found: install it (Debian: apt-get install caddy) or set CADDY to its path.');
  process.exit(1);
}
const dist = resolve(values.dist);
await checkPortFree(values.host, Number(values.port)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
const generated = join(dist, 'deploy', 'Caddyfile');
const prefix = makePrefix('caddy');

let site = readFileSync(generated, 'utf8');
site = replaceOnce(site, `\n${CADDY_DEFAULTS.address} {\n`, `\n:${values.port} {\n\tbind ${values.host}\n`, generated);
site = replaceOnce(site, `root * "${CADDY_DEFAULTS.root}"`, `root * "${dist}"`, generated);
const config = join(prefix, 'Caddyfile');
writeFileSync(config, `# For this run only: no admin endpoint.\n{\n\tadmin off\n}\n\n${site}`);

// Caddy keeps its state under HOME and the XDG folders: here, the throwaway folder.
const env = { ...process.env, HOME: prefix, XDG_CONFIG_HOME: prefix, XDG_DATA_HOME: prefix };
const args = ['run', '--config', config, '--adapter', 'caddyfile'];
const check = spawnSync(caddy, ['validate', '--config', config, '--adapter', 'caddyfile'], { encoding: 'utf8', env });
if (check.status !== 0) {
  console.error(`Caddy refused the generated Caddyfile:\n${check.stderr}`);
  removePrefix(prefix);
  process.exit(1);
}
console.log(`Caddy (${caddy}) serving ${dist} at http://${values.host}:${values.port}/`);
// SIGTERM: Caddy finishes the requests under way (a grace period), then leaves.
runInForeground({ command: caddy, args, prefix, env, stopSignal: 'SIGTERM' });
