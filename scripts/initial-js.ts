/**
 * The JavaScript a first start must load: the entry script and the modules index.html preloads, gzipped.
 * Lazy screens are not counted: the bedside start does not wait for them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  files: { file: string; gzipBytes: number }[];
  gzipBytes: number;
}

export function initialJavaScript(distDir: string): InitialJs {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const files = [...new Set(srcs)].map((src) => ({ file: src, gzipBytes: gzipSync(readFileSync(join(distDir, src))).length }));
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
