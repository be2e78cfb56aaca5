/**
 * The boot script (src/boot-script.ts), compiled for inlining into every
 * page's <head>: bundled with the filter parser and the list's words it
 * imports, minified, as one expression that runs at once. The CSP allows it
 * by its hash: vite.config.ts puts it in the pages' <meta> policy, and the
 * preview server and the host configurations read it from the built pages
 * (scripts/lib/security-policy.ts, inlineScriptHashes).
 */
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { ROOT } from './project-paths';
import { scriptHashOf } from './security-policy';

export interface BootScript {
  /** The minified script, to go between <script> and </script>. */
  code: string;
  /** Its CSP source: 'sha256-…'. */
  hash: string;
}

const compiled = new Map<string, Promise<BootScript>>();

/** The boot script for a site served under `base` ("/" or "/repo-name/"); compiled once per process. */
export function bootScript(base: string): Promise<BootScript> {
  let script = compiled.get(base);
  if (!script) compiled.set(base, (script = compile(base)));
  return script;
}

async function compile(base: string): Promise<BootScript> {
  const output = (await build({
    configFile: false,
    root: ROOT,
    base,
    logLevel: 'warn',
    resolve: { alias: { '@': join(ROOT, 'src') } },
    build: {
      write: false,
      // Runs before anything else on every page, in any browser that runs the app.
      target: 'es2020',
      minify: true,
      lib: { entry: join(ROOT, 'src/boot-script.ts'), formats: ['iife'], name: 'boot' },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]?.output.find((file) => file.type === 'chunk');
  if (!chunk) throw new Error('src/boot-script.ts compiled to nothing');
  const code = chunk.code.trim();
  // Inside <script>…</script>, these would end the element or start a comment.
  if (/<\/script|<!--/i.test(code)) throw new Error('the compiled boot script contains "</script" or "<!--"');
  return { code, hash: scriptHashOf(code) };
}
