/**
 * `npm test`: every check, in the order CI runs them: type-check, lint, unit and component tests, the
 * production build, then the end-to-end tests in headless Chromium against that build. It ends with one
 * line, "N passed, N failed", counting every test of every suite (a check that fails counts as failed).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBrowsers, installHint, type Engine } from './browsers';

const ROOT = resolve(import.meta.dirname, '..');
const REPORTS = resolve(ROOT, '.e2e-tmp', 'reports');
const bin = (name: string) => resolve(ROOT, 'node_modules', '.bin', name);

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failedSteps.push(name);
  return ok;
}

function suite(name: string, config: string): void {
  const report = resolve(REPORTS, `${name}.json`);
  const ok = step(`${name} tests`, bin('vitest'), ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  try {
    const r = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numTotalTests: number };
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    total.skipped += r.numPendingTests + r.numTodoTests;
    if (!ok && r.numFailedTests === 0) total.failed += 1; // the suite itself failed to run
    if (r.numTotalTests === 0) {
      console.error(`${name}: no tests ran`);
      total.failed += 1;
    }
  } catch {
    console.error(`${name}: no report was written, so its tests did not run`);
    total.failed += 1;
  }
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const typecheckOk = step('type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
const lintOk = step('lint', bin('eslint'), ['.', '--max-warnings', '0']);
suite('unit and component', 'vitest.config.ts');
const buildOk = step('production build', bin('vite'), ['build']);

// Chromium carries every end-to-end test; WebKit and Firefox run the core promises and, when missing,
// are skipped with a loud line (and counted as skipped), never silently.
const available: Engine[] = ensureBrowsers();
console.log('\n▶ Browser engines');
for (const engine of ['chromium', 'webkit', 'firefox'] as const) {
  if (available.includes(engine)) console.log(`  ${engine}: found`);
  else console.log(`  !!! skipped: no ${engine} on this machine. To run it: ${installHint(engine)}`);
}
const chromiumOk = available.includes('chromium');
if (!chromiumOk) failedSteps.push('find Chromium');
if (buildOk && chromiumOk) suite('end-to-end', 'vitest.e2e.config.ts');
else {
  console.error('\nEnd-to-end tests not run: they need the production build and a Chromium.');
  failedSteps.push('end-to-end tests (not run)');
}

const stepFailures = [typecheckOk, lintOk, buildOk].filter((ok) => !ok).length + (chromiumOk ? 0 : 1);
console.log('');
if (failedSteps.length > 0) console.log(`Failed: ${failedSteps.join(', ')}`);
console.log(`${total.passed} passed, ${total.failed + stepFailures} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`);
process.exit(failedSteps.length > 0 || total.failed > 0 ? 1 : 0);
