/**
 * From a clone to a phone: `npm run phone` serves the build over HTTPS with a certificate of its own,
 * and the deploy files in docs/deploy/ say exactly what the app's own policy says.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployFiles, DEPLOY_DIR } from '../../scripts/deploy-files';
import { policyOfBuild } from '../../scripts/hosting';
import { DIST } from './support/app';

const ROOT = resolve(import.meta.dirname, '../..');

interface Fetched {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET that trusts exactly the phone script's own certificate authority, nothing else. */
function get(url: string, ca?: string): Promise<Fetched> {
  return new Promise((done, fail) => {
    const req = request(url, { ca, timeout: 30_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('npm run phone', () => {
  let child: ChildProcess;
  let certDir: string;
  let origin: string;
  let ca: string;

  beforeAll(async () => {
    certDir = await mkdtemp(join(tmpdir(), 'crampnote-cert-'));
    child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/phone.ts', '--no-build', '--port', '0', '--cert-dir', certDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    origin = await new Promise<string>((done, fail) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /https:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (found) done(`https://127.0.0.1:${found[1]}`);
      });
      child.on('exit', (code) => fail(new Error(`the phone script stopped (${code}):\n${out}`)));
    });
    ca = await readFile(join(certDir, 'crampnote-local-ca.crt'), 'utf8');
  }, 120_000);

  afterAll(async () => {
    child?.kill();
    await rm(certDir, { recursive: true, force: true });
  });

  it('serves the app over HTTPS with a certificate its own authority signed, with the policy as a header', async () => {
    const page = await get(`${origin}/`, ca);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root"><a class="skip-link"');
    expect(page.headers['content-security-policy']).toBe(policyOfBuild(DIST));
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
    expect(page.headers['cache-control']).toBe('no-cache');

    const manifest = await get(`${origin}/manifest.webmanifest`, ca);
    expect(manifest.status).toBe(200);
    expect(JSON.parse(manifest.body)).toMatchObject({ short_name: 'Crampnote', display: 'standalone', start_url: '/' });

    const sw = await get(`${origin}/sw.js`, ca);
    expect(sw.status).toBe(200);
    expect(sw.headers['content-type']).toMatch(/javascript/);
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(sw.body).toContain('precacheAndRoute');

    // A screen's path is the app too, so a reload on a phone never 404s.
    expect((await get(`${origin}/history`, ca)).body).toContain('<div id="root"><a class="skip-link"');
  });

  it('is refused by a client that does not trust the authority', async () => {
    await expect(get(`${origin}/`)).rejects.toThrow(/certificate/i);
  });
});

describe('deploy files', () => {
  it('docs/deploy/ says what the built app\'s own policy and caching say (run `npm run deploy-files` after changing them)', async () => {
    for (const [name, text] of Object.entries(deployFiles(DIST))) {
      expect(await readFile(join(DEPLOY_DIR, name), 'utf8'), name).toBe(text);
    }
  });
});
