/**
 * `npm run phone`: builds the production app and serves it over HTTPS on the local network, so a phone on
 * the same Wi-Fi can open it, and, once it trusts the certificate, install it.
 *
 * A service worker needs a secure origin, and phones only register one for a certificate they trust. So
 * this makes a small certificate authority of its own (kept in .phone-cert/, never committed) and a
 * certificate for this computer's addresses signed by it; the phone trusts the authority once. The
 * certificates are made by the mkcert package (node-forge underneath), not by code of ours.
 *
 * Options: --port N (default 4174; 0 picks a free one), --no-build (serve dist/ as it is), --cert-dir DIR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { createCA, createCert } from 'mkcert';
import { renderUnicodeCompact } from 'uqr';
import { headersFor, policyOfBuild } from './hosting';
import { distHandler } from './serve-dist';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

/** This computer's IPv4 addresses on the local network, loopback last. */
function addresses(): string[] {
  const lan = Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
  return [...lan, '127.0.0.1'];
}

/** The local authority (made once) and a certificate for these addresses (made again when they change). */
async function certificates(dir: string, hosts: string[]) {
  mkdirSync(dir, { recursive: true });
  const caCert = join(dir, 'crampnote-local-ca.crt');
  const caKey = join(dir, 'crampnote-local-ca.key');
  if (!existsSync(caCert) || !existsSync(caKey)) {
    const ca = await createCA({ organization: 'Crampnote local testing', countryCode: 'GB', state: 'Local', locality: 'This computer', validity: 825 });
    writeFileSync(caCert, ca.cert);
    writeFileSync(caKey, ca.key, { mode: 0o600 });
  }
  const ca = { cert: readFileSync(caCert, 'utf8'), key: readFileSync(caKey, 'utf8') };
  const site = await createCert({ ca, domains: [...hosts, 'localhost'], validity: 397 });
  return { caCert, cert: site.cert, key: site.key };
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const hosts = addresses();
  const { caCert, cert, key } = await certificates(resolve(option('cert-dir') ?? join(ROOT, '.phone-cert')), hosts);
  const policy = policyOfBuild(DIST);
  const server = createServer({ cert, key }, distHandler(() => DIST, (path) => headersFor(path, policy)));
  const port = Number(option('port') ?? 4174);
  await new Promise<void>((done) => server.listen(port, '0.0.0.0', done));
  const actual = (server.address() as AddressInfo).port;
  const urls = hosts.map((h) => `https://${h}:${actual}/`);

  console.log(`\nCrampnote is served over HTTPS at:\n${urls.map((u) => `  ${u}`).join('\n')}\n`);
  const [onNetwork] = urls;
  if (hosts.length > 1 && onNetwork) console.log(`${renderUnicodeCompact(onNetwork)}\nScan this with the phone's camera (same Wi-Fi network).\n`);
  console.log(`What the phone will show: the certificate is made on this computer, so until the phone trusts
its authority the browser warns "Your connection is not private" (Android) or "This Connection Is Not
Private" (iPhone). You can look at the app after "Advanced, Proceed" / "visit this website", but no
browser runs a service worker on a certificate it does not trust: offline use and installing need the
authority trusted once:
  ${caCert}
  Android: copy the file to the phone, then Settings > Security > Encryption & credentials >
           Install a certificate > CA certificate.
  iPhone:  AirDrop or mail the file, open it, install the profile (Settings > Profile Downloaded),
           then Settings > General > About > Certificate Trust Settings > turn on full trust.
Without certificates on Android: \`adb reverse tcp:4173 tcp:4173\`, \`npm start\`, then open
http://localhost:4173 on the phone (localhost counts as secure). Stop with Ctrl+C.\n`);
}

void main();
