/**
 * Writes docs/deploy/_headers, _redirects and nginx.conf from the current build's policy:
 * `npm run deploy-files`. An end-to-end test fails when the committed files and the build disagree.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NETLIFY_REDIRECTS, netlifyHeaders, nginxSnippet, policyOfBuild } from './hosting';

const ROOT = resolve(import.meta.dirname, '..');
export const DEPLOY_DIR = join(ROOT, 'docs', 'deploy');

/** The deploy files as they should be for a build, by file name. */
export function deployFiles(dist = join(ROOT, 'dist')): Record<string, string> {
  const policy = policyOfBuild(dist);
  return { _headers: netlifyHeaders(policy), _redirects: NETLIFY_REDIRECTS, 'nginx.conf': nginxSnippet(policy) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(DEPLOY_DIR, { recursive: true });
  for (const [name, text] of Object.entries(deployFiles())) writeFileSync(join(DEPLOY_DIR, name), text);
  console.log(`wrote ${Object.keys(deployFiles()).map((f) => join(DEPLOY_DIR, f)).join(', ')}`);
}
