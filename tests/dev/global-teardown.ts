import { execFileSync } from 'node:child_process';
import { ROOT } from '../../scripts/lib/project-paths';

/**
 * The dev server published the tests' copy of the reviews (drafts included)
 * into public/api/v2, which the build reads too: publish
 * the real sample there again, as `npm run content` does, so the checkout is
 * left as it was.
 */
export default function globalTeardown() {
  const env = { ...process.env };
  delete env.CONTENT_DIR;
  delete env.INCLUDE_DRAFTS;
  execFileSync('npx', ['tsx', 'scripts/publish-content.ts'], { cwd: ROOT, env, stdio: 'inherit' });
}
