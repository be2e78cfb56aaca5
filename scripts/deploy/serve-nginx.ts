/**
 * Serves a build with real nginx and the site config the build generated
 * (dist/deploy/nginx.conf), as any user, in the foreground: a throwaway
 * prefix holds the main config, pid, logs and temp folders; only `listen`
 * and `root` of the generated file are changed. Ctrl-C or SIGTERM stops it.
 * The host tests (playwright.hosts.config.ts) start it.
 *
 * Usage: npx tsx scripts/deploy/serve-nginx.ts [--dist dist] [--port 4318] [--host 127.0.0.1]
 * NGINX names the nginx binary if it is not on the PATH or in /usr/sbin.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findServer } from './find-server';
import { NGINX_DEFAULTS } from './nginx';
import { checkPortFree, makePrefix, removePrefix, replaceOnce, runInForeground } from './run-server';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4318' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const nginx = findServer('nginx');
if (!nginx) {
  console.error('nginx not found: install it (Debian: apt-get install nginx) or set NGINX to its path.');
  process.exit(1);
}
const dist = resolve(values.dist);
await checkPortFree(values.host, Number(values.port)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
const generated = join(dist, 'deploy', 'nginx.conf');
const prefix = makePrefix('nginx');

let site = readFileSync(generated, 'utf8');
site = replaceOnce(site, `listen ${NGINX_DEFAULTS.listen};`, `listen ${values.host}:${values.port};`, generated);
site = replaceOnce(site, `root "${NGINX_DEFAULTS.root}";`, `root "${dist}";`, generated);
writeFileSync(join(prefix, 'site.conf'), site);
writeFileSync(
  join(prefix, 'nginx.conf'),
  `# The main config around the generated site, for this run only.
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
${process.getuid?.() === 0 ? 'user root;\n' : ''}
events {
    worker_connections 256;
}

http {
    include ${mimeTypes(nginx)};
    default_type application/octet-stream;
    sendfile on;
    access_log ${prefix}/access.log;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;

    include ${prefix}/site.conf;
}
`,
);

const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')];
const check = spawnSync(nginx, [...args, '-t', '-q'], { encoding: 'utf8' });
if (check.status !== 0) {
  console.error(`nginx refused the generated config:\n${check.stderr}`);
  removePrefix(prefix);
  process.exit(1);
}
console.log(`nginx (${nginx}) serving ${dist} at http://${values.host}:${values.port}/ (prefix ${prefix})`);
runInForeground({
  command: nginx,
  args,
  prefix,
  // SIGQUIT: finish the requests under way, then leave.
  stopSignal: 'SIGQUIT',
  onFailure: () => {
    const log = join(prefix, 'error.log');
    if (existsSync(log)) console.error(readFileSync(log, 'utf8'));
  },
});

/** The mime.types beside nginx's own config (Debian: /etc/nginx/mime.types). */
function mimeTypes(binary: string): string {
  const built = spawnSync(binary, ['-V'], { encoding: 'utf8' }).stderr;
  const confPath = /--conf-path=(\S+)/.exec(built)?.[1];
  const candidates = [...(confPath ? [join(dirname(confPath), 'mime.types')] : []), '/etc/nginx/mime.types'];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`No mime.types found for ${binary} (looked in ${candidates.join(', ')})`);
  return found;
}
