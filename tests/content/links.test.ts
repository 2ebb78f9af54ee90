import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCS = [join(ROOT, 'README.md'), ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'docs', f))];

/** Markdown link and image targets, without titles or anchors. */
function targets(markdown: string): string[] {
  return [...markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? '');
}

describe('links in the README and docs/', () => {
  it('the files hold links to check', () => {
    expect(targets(readFileSync(join(ROOT, 'README.md'), 'utf8')).length).toBeGreaterThan(5);
  });

  it.each(DOCS.map((file) => [relative(ROOT, file), file]))('every relative link in %s resolves inside the repository', (_name, file) => {
    const broken = targets(readFileSync(file, 'utf8'))
      .filter((t) => !/^(https?:|mailto:|#)/.test(t))
      .map((t) => t.split('#')[0] ?? '')
      .filter((t) => {
        const target = resolve(dirname(file), decodeURIComponent(t));
        return !(target === ROOT || target.startsWith(ROOT + sep)) || !existsSync(target);
      });
    expect(broken).toEqual([]);
  });

  it('no document sends a reader outside the repository', () => {
    for (const file of DOCS) expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/\.\.\/shared|shared\/docs/);
  });
});
