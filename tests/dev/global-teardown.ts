import { execFileSync } from 'node:child_process';
import { ROOT } from '../../scripts/lib/project-paths';

/**
 * The dev server published the tests' copy of the reviews (drafts included)
 * into DEV_API_DIR: publish the real sample there again, as `npm run content`
 * does, so the next `npm run dev` or look at it finds it as it was.
 */
export default function globalTeardown() {
  const env = { ...process.env };
  delete env.CONTENT_DIR;
  delete env.INCLUDE_DRAFTS;
  execFileSync('npx', ['tsx', 'scripts/publish-content.ts'], { cwd: ROOT, env, stdio: 'inherit' });
}
