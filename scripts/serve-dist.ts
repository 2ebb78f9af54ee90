/**
 * Serves a production build: correct types, index.html for navigations (paths with no file extension),
 * 404 for missing files, and the headers of scripts/hosting.ts. Used by `npm run phone` and, with its
 * extra switches, by the end-to-end tests' server.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * A request handler for the build under `root()` (asked at each request, so it can be switched).
 * @param headers the headers for a path, beyond the content type
 */
export function distHandler(root: () => string, headers: (path: string) => Record<string, string>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const base = resolve(root());
    let file = join(base, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(base) || !(await isFile(file))) {
      if (extname(path) !== '') {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
        return;
      }
      file = join(base, 'index.html');
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) });
    createReadStream(file).pipe(res);
  };
}
