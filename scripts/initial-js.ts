/**
 * The JavaScript a first start must load: the entry module and the modules started with it (the start
 * list index.html carries beside the bedside shell's script), gzipped. Lazy screens are not counted: the bedside start
 * does not wait for them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startModulesOf } from './bedside-shell';

export interface InitialJs {
  files: { file: string; gzipBytes: number }[];
  gzipBytes: number;
}

export function initialJavaScript(distDir: string): InitialJs {
  const start = startModulesOf(readFileSync(join(distDir, 'index.html'), 'utf8'));
  if (!start) throw new Error(`${distDir}/index.html names no modules to start: is it a production build?`);
  const files = [...new Set([start.entry, ...start.preload])].map((src) => ({ file: src, gzipBytes: gzipSync(readFileSync(join(distDir, src))).length }));
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
