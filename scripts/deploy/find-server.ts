/**
 * Where the web servers the host tests drive are: an environment variable
 * (NGINX, CADDY), else the PATH, else where Debian puts them.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const KNOWN: Record<string, { env: string; places: string[] }> = {
  nginx: { env: 'NGINX', places: ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'] },
  caddy: { env: 'CADDY', places: ['/usr/bin/caddy', '/usr/local/bin/caddy'] },
};

export function findServer(name: 'nginx' | 'caddy'): string | null {
  const { env, places } = KNOWN[name]!;
  const named = process.env[env];
  if (named) return isExecutable(named) ? named : null;
  const onPath = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name));
  return [...onPath, ...places].find(isExecutable) ?? null;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
