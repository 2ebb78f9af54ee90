/**
 * Accessibility checks a person would notice: axe-core's rules, and touch targets under 48 px.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

export async function axeViolations(page: Page): Promise<string[]> {
  // Colours are judged at rest, not halfway through a transition.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  // Evaluated through the browser's debugging protocol, which the app's Content-Security-Policy (rightly)
  // does not allow a page script tag to do.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Controls smaller than 48 x 48 CSS pixels. A radio, checkbox or file input is measured by its label, the real target. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, textarea, select, summary')) {
      if (el.closest('.skip-link') || el.classList.contains('skip-link')) continue;
      const labelled = el instanceof HTMLInputElement && ['radio', 'checkbox', 'file'].includes(el.type);
      const target = (labelled ? ((el as HTMLInputElement).labels?.[0] ?? el.closest('label')) : el) ?? el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 48 || r.height < 48) small.push(`${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim()}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    return small;
  });
}
