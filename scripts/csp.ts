/**
 * The Content-Security-Policy: one policy, built from the production index.html, shipped as a meta tag
 * in the build and as a header from `npm start` (with `frame-ancestors`, which only a header can carry).
 * The inline first-paint style, theme script, bedside-shell style (the stylesheet's rules the shell uses)
 * and the bedside shell's two scripts (the one that arms its button, the one that starts the app) are
 * allowed by their SHA-256 hashes, computed at build time, never copied by hand; nothing else inline is
 * allowed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const inlineStyles = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
/** Inline scripts (no src): the first paint's theme script and the bedside shell's two. */
const inlineScripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for a page, given its final HTML. */
export function policyFor(html: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts(html).map(sha256).join(' ')}`.trim(),
    `style-src 'self' ${inlineStyles(html).map(sha256).join(' ')}`.trim(),
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The header adds what a meta tag cannot carry. */
export const headerPolicy = (metaPolicy: string) => `${metaPolicy}; frame-ancestors 'none'`;

/** The policy a built index.html carries in its meta tag. */
export function metaPolicyOf(html: string): string | undefined {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
}

export function contentSecurityPolicy(): Plugin {
  let outDir = 'dist';
  return {
    name: 'crampnote-csp',
    // The build writes the meta tag; the preview server (`npm start`) sends the header.
    apply: (_config, env) => env.command === 'build' || Boolean(env.isPreview),
    enforce: 'post',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset' || typeof page.source !== 'string') return;
      const html = page.source;
      page.source = html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`);
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        const meta = metaPolicyOf(readFileSync(join(outDir, 'index.html'), 'utf8'));
        if (meta) res.setHeader('Content-Security-Policy', headerPolicy(meta));
        next();
      });
    },
  };
}
