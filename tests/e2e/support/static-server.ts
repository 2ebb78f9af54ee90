/**
 * A small static server for the production build: correct types, index.html for navigations (paths with
 * no file extension) and 404 for missing files, a root that can be switched to another build (to serve
 * "a new version"), downloads that can be cut off part way, and a real stop (to be offline).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

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

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function startStaticServer(rootDir: string, port = 0): Promise<StaticServer> {
  let root = resolve(rootDir);
  let interrupted: string[] = [];
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (interrupted.some((p) => path.startsWith(p))) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': '100000' });
      res.write('/* partial */');
      res.destroy();
      return;
    }
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, safe);
    if (!file.startsWith(root) || !(await isFile(file))) {
      if (extname(path) !== '') {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
        return;
      }
      file = join(root, 'index.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const noCache = file.endsWith('.html') || file.endsWith('sw.js');
    res.writeHead(200, { 'content-type': type, 'cache-control': noCache ? 'no-cache' : 'public, max-age=31536000, immutable' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    requests,
    setRoot: (dir) => {
      root = resolve(dir);
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
