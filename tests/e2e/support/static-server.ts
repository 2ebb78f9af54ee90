/**
 * A small static server for the production build: correct types, index.html for navigations (paths with
 * no file extension) and 404 for missing files, a root that can be switched to another build (to serve
 * "a new version"), downloads that can be cut off part way, and a real stop (to be offline).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import { headersFor, policyOfBuild } from '../../../scripts/hosting';
import { CONTENT_TYPES, distHandler } from '../../../scripts/serve-dist';

export interface StaticServer {
  url: string;
  port: number;
  setRoot: (dir: string) => void;
  /** Cuts off every download whose path starts with one of these, as a dropped connection would. */
  interrupt: (pathPrefixes: string[]) => void;
  /** Every path requested so far, in order. */
  requests: string[];
  close: () => Promise<void>;
}

export async function startStaticServer(rootDir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  let root = resolve(rootDir);
  let interrupted: string[] = [];
  const requests: string[] = [];
  // The same headers as any host of the build is told to send (scripts/hosting.ts), its policy included.
  let policy = policyOfBuild(root);
  const serve = distHandler(() => root, (path) => headersFor(path, policy));
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (interrupted.some((p) => path.startsWith(p))) {
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': '100000' });
      res.write('/* partial */');
      res.destroy();
      return;
    }
    void serve(req, res);
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    requests,
    setRoot: (dir) => {
      root = resolve(dir);
      policy = policyOfBuild(root);
    },
    interrupt: (prefixes) => {
      interrupted = prefixes;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
