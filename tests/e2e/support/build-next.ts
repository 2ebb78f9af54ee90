/**
 * Builds "the next version" of the app: the same source with another build label, into its own folder,
 * so a test can serve it as a new deployment.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** @param env extra build settings, such as `CRAMPNOTE_LOCALE` */
export function buildNextVersion(label: string, env: Record<string, string> = {}): string {
  const outDir = resolve(ROOT, '.e2e-tmp', `dist-${label}`);
  execFileSync(resolve(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    // The test runner sets NODE_ENV=test, which would make this a development build.
    env: { ...process.env, NODE_ENV: 'production', CRAMPNOTE_BUILD_LABEL: label, ...env },
    stdio: 'inherit',
  });
  return outDir;
}
