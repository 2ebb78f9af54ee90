import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticExport } from '../../scripts/synthetic-diary';
import { FORMAT_VERSION } from '../../src/domain/backup';
import { axeViolations } from './support/checks';
import { goTo, logCramp, moreDetails, openAppPerTest } from './support/app';
import { inView } from './support/viewport';

const LONG = { timeout: 30_000 };

async function historyText(page: Page): Promise<string> {
  await goTo(page, 'History');
  await page.getByRole('heading', { name: 'History' }).waitFor();
  return page.locator('main').innerText();
}

async function importFile(page: Page, path: string) {
  await page.goto(new URL('/data', page.url()).href);
  await page.getByLabel('Choose a file to import').setInputFiles(path);
}

describe('your data in a real browser', () => {
  const open = openAppPerTest();

  it('export, delete everything, import the file: History is the same', async () => {
    const { page } = await open();
    for (const region of ['Left calf', 'Right arch or sole']) {
      await goTo(page, 'Log');
      await logCramp(page);
      await page.getByRole('button', { name: region }).click();
      await moreDetails(page);
      await page.getByLabel('Notes').fill(`${region} <b>tag</b>`);
    }
    await goTo(page, 'Log');
    const before = await historyText(page);
    expect(before).toMatch(/Right arch or sole/);

    await page.goto(new URL('/data', page.url()).href);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
    const saved = join(tmpdir(), `crampnote-e2e-${Date.now()}.json`);
    await download.saveAs(saved);
    const exported = JSON.parse(await readFile(saved, 'utf8')) as { format: string; formatVersion: number; episodes: unknown[] };
    expect(exported).toMatchObject({ format: 'crampnote-diary', formatVersion: FORMAT_VERSION });
    expect(exported.episodes).toHaveLength(2);
    await page.getByText(/^Last exported /).waitFor();

    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete my whole diary' }).click();
    await page.getByRole('button', { name: 'Log a cramp' }).waitFor();
    expect(await historyText(page)).toMatch(/Nothing logged yet/);

    await importFile(page, saved);
    await page.getByText('2 new cramps, 0 updated, 0 new check-ins, 0 updated, 0 conflicts.').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported:/).waitFor();
    expect(await historyText(page)).toBe(before);
  });

  it('an encrypted backup restores after deleting everything; a wrong passphrase says so in view and changes nothing', async () => {
    const { page } = await open();
    await logCramp(page);
    await page.getByRole('button', { name: 'Left heel' }).click();
    await moreDetails(page);
    await page.getByLabel('Notes').fill('after the long walk');
    await goTo(page, 'Log');
    const before = await historyText(page);

    await page.goto(new URL('/data', page.url()).href);
    await page.getByRole('button', { name: 'Encrypted backup (recommended)' }).click();
    await page.getByLabel('Passphrase (at least 8 characters)').fill('blue kettle at dawn');
    await page.getByLabel('The same passphrase again').fill('blue kettle at dawn');
    const [download] = await Promise.all([page.waitForEvent('download', LONG), page.getByRole('button', { name: 'Make the encrypted backup' }).click()]);
    const saved = join(tmpdir(), `crampnote-e2e-encrypted-${Date.now()}.json`);
    await download.saveAs(saved);
    const text = await readFile(saved, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'crampnote-encrypted-backup', formatVersion: 1 });
    expect(text).not.toContain('long walk');
    await page.getByText('Encrypted backup made: 1 record.').waitFor(LONG);

    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete my whole diary' }).click();
    await page.getByRole('button', { name: 'Log a cramp' }).waitFor();

    await importFile(page, saved);
    const passphrase = page.getByLabel('Passphrase of this backup');
    await passphrase.fill('blue kettle at down');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    const wrong = page.getByText('That passphrase does not open this backup. Nothing was changed.');
    await wrong.waitFor(LONG);
    expect(await inView(page, wrong)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await passphrase.fill('blue kettle at dawn');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await page.getByRole('button', { name: 'Import', exact: true }).click(LONG);
    await page.getByText(/^Imported:/).waitFor(LONG);
    expect(await historyText(page)).toBe(before);
  });

  it('a malformed file shows its message and leaves History untouched', async () => {
    const { page } = await open();
    await logCramp(page);
    const before = await historyText(page);
    const bad = join(tmpdir(), `crampnote-bad-${Date.now()}.json`);
    await writeFile(bad, '{"format":"crampnote-diary","formatVersion":1,"episodes":[{"id":');
    await importFile(page, bad);
    await page.getByRole('alert').filter({ hasText: 'This file seems cut off before its end' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await historyText(page)).toBe(before);
  });

  it('with a busy diary, Patterns and the report pass axe in both themes with every chart inside the phone, and the four-week report prints on at most two pages, in the light theme', async () => {
    const { page } = await open();
    const busy = join(tmpdir(), `crampnote-busy-${Date.now()}.json`);
    const now = Date.now();
    const file = syntheticExport(0.25, now, 7);
    const answered = now - 86_400_000;
    file.answerSets = [
      { id: crypto.randomUUID(), section: 'profile', answers: { age: '65-plus', diabetes: 'type-2', smoking: 'former', conditions: ['high-blood-pressure', 'kidney'], 'family-leg-artery': 'unsure', pregnant: 'not-applicable', 'alcohol-per-week': 10, activity: 'some-walking', medicines: ['thiazide', 'statin'], 'medicine-change': 'yes', 'limit-fluids': 'no' }, completedAt: answered, createdAt: answered, updatedAt: answered },
      { id: crypto.randomUUID(), section: 'symptoms', answers: { 'sudden-cold-leg': 'no', 'chest-symptoms': 'no', 'calf-swollen-now': 'no', where: ['calf', 'arch', 'toes'], side: 'both', 'usual-length': '1-10', eases: ['toes-up', 'massage'], 'long-unrelieved': 'no', 'walking-pain': 'yes', 'walking-starts-at-rest': 'no', 'walking-eases-10': 'yes', 'rest-toe-pain': 'no', 'wound-or-dark-skin': 'no', 'nerve-symptoms': ['numbness', 'prickling'], weakness: 'no', 'urge-to-move': 'unsure', 'diabetic-foot': 'no', 'dirty-wound': 'no', 'frequent-nights': 'yes', 'self-care-6-weeks': 'yes', 'sleep-effect': 7 }, completedAt: answered, createdAt: answered, updatedAt: answered },
    ];
    await writeFile(busy, JSON.stringify(file));
    await importFile(page, busy);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported:/).waitFor();
    for (const theme of ['night', 'day'] as const) {
      if (theme === 'day') {
        await page.emulateMedia({ colorScheme: 'light' });
        await goTo(page, 'Settings');
        await page.getByRole('radio', { name: 'Follow the device' }).check();
        await page.waitForFunction(() => document.documentElement.dataset.theme === 'day');
      }
      await goTo(page, 'Patterns');
      await page.getByText(/^Cramps on \d+ of \d+ nights/).first().waitFor();
      expect(await axeViolations(page), theme).toEqual([]);
      // Every chart fits the phone's width.
      const charts = await page.locator('figure.chart').evaluateAll((figures) => figures.map((f) => Math.round(f.getBoundingClientRect().right)));
      expect(charts.length).toBeGreaterThan(3);
      for (const right of charts) expect(right).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.getByRole('link', { name: 'Make a report for a clinician' }).click();
      await page.getByText(/^median \d/).waitFor();
      expect(await axeViolations(page), theme).toEqual([]);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    for (const size of ['A4', 'Letter'] as const) {
      const bytes = await page.pdf({ format: size });
      if (process.env.CRAMPNOTE_REPORT_PDF) await writeFile(`${process.env.CRAMPNOTE_REPORT_PDF}-${size}.pdf`, bytes);
      const pdf = bytes.toString('latin1');
      const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      console.log(`report, 4 weeks of a busy diary: ${pages} ${size} page(s)`);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    }
  });
});
