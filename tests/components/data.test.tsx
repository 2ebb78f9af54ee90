import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFile } from '../../src/domain/backup';
import type { Episode } from '../../src/domain/episode';
import { getDatabase } from '../../src/storage/connection';
import { addEpisode, updateEpisode } from '../../src/storage/episodes';
import { updateSettings } from '../../src/storage/settings';
import { addAnswerSet } from '../../src/storage/answer-sets';
import { useRoute } from '../../src/state/route-store';
import { readSealed } from '../../src/domain/sealed-backup';
import { openSealed } from '../../src/storage/sealed-backup';
import { readFileText } from '../../src/ui/read-file-text';
import encryptedV1 from '../fixtures/exports/encrypted-v1.json';
import formatV1 from '../fixtures/exports/format-v1.json';
import { renderApp } from '../support/render-app';
import { saved } from '../support/saved';

const file = (content: string, name = 'backup.json') => new File([content], name, { type: 'application/json' });

describe('import', () => {
  it('shows what it will add, writes nothing until confirmed, then imports it all', async () => {
    useRoute.getState().navigate('/data');
    const { user } = renderApp();
    await user.upload(await screen.findByLabelText('Choose a file to import'), file(JSON.stringify(formatV1)));
    expect(await screen.findByText('2 new cramps, 0 updated, 2 new check-ins, 0 updated, 0 conflicts.')).toBeInTheDocument();
    expect(await getDatabase().episodes.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported: 2 new cramps/)).toBeInTheDocument();
    expect(await getDatabase().episodes.count()).toBe(2);
    expect(await getDatabase().answerSets.count()).toBe(3);
  });

  it('a second import of the same file has nothing to add', async () => {
    useRoute.getState().navigate('/data');
    const { user } = renderApp();
    const input = await screen.findByLabelText('Choose a file to import');
    await user.upload(input, file(JSON.stringify(formatV1)));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText(/^Imported:/);
    await user.upload(input, file(JSON.stringify(formatV1)));
    expect(await screen.findByText('Everything in this file is already in your diary. Nothing to import.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('a bad file gets one plain sentence and the diary stays as it was', async () => {
    const mine = saved(await addEpisode(Date.now() - 60_000));
    useRoute.getState().navigate('/data');
    const { user } = renderApp();
    const input = await screen.findByLabelText('Choose a file to import');
    await user.upload(input, file(JSON.stringify(formatV1).slice(0, 500)));
    expect(await screen.findByRole('alert')).toHaveTextContent('This file seems cut off before its end, perhaps by an interrupted download. Nothing was changed.');
    await user.upload(input, file(JSON.stringify({ ...formatV1, formatVersion: 9 })));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This file comes from a newer version of Crampnote (format 9).'));
    await user.upload(input, file('{"name":"shopping list"}'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This file is not a Crampnote export. Nothing was changed.'));
    expect(await getDatabase().episodes.toArray()).toEqual([mine]);
  });

  it('notes containing HTML are only ever shown as text', async () => {
    const e = (formatV1 as { episodes: { id: string }[] }).episodes[0]!;
    const hostile = exportFile({ episodes: [{ ...(e as unknown as Episode), notes: '<img src=x onerror="alert(1)"><script>alert(2)</script>' }], checkIns: [], answerSets: [], changes: [] }, Date.UTC(2026, 10, 26, 8));
    useRoute.getState().navigate('/data');
    const { user } = renderApp();
    await user.upload(await screen.findByLabelText('Choose a file to import'), file(JSON.stringify(hostile)));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText(/^Imported:/);
    useRoute.getState().navigate(`/episode/${e.id}`);
    expect(await screen.findByLabelText('Notes')).toHaveValue('<img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
  });
});

describe('delete everything', () => {
  it('needs the typed word, then empties the diary and starts fresh', async () => {
    saved(await addEpisode(Date.now() - 60_000));
    useRoute.getState().navigate('/data');
    const { user } = renderApp();
    const button = await screen.findByRole('button', { name: 'Delete my whole diary' });
    expect(button).toBeDisabled();
    await user.type(screen.getByLabelText('Type DELETE to confirm'), 'delet');
    expect(button).toBeDisabled();
    await user.type(screen.getByLabelText('Type DELETE to confirm'), 'e');
    await user.click(button);
    expect(await screen.findByRole('button', { name: 'Log a cramp' })).toBeInTheDocument();
    expect(screen.getByText('Your diary was deleted. Crampnote starts fresh.')).toBeInTheDocument();
    expect(await getDatabase().episodes.count()).toBe(0);
  });
});

describe('export reminder', () => {
  it('appears after 20 new records without an export, and not after a recent export', async () => {
    const now = Date.now();
    for (let i = 0; i < 20; i++) saved(await addEpisode(now - (i + 1) * 60_000));
    const { unmount } = renderApp();
    expect(await screen.findByText('Your diary lives only on this phone. It is a good time to export a copy.')).toBeInTheDocument();
    unmount();
    saved(await updateSettings({ lastExportAt: now }));
    renderApp();
    await screen.findByRole('button', { name: 'Log a cramp' });
    await waitFor(() => expect(screen.queryByText(/good time to export/)).not.toBeInTheDocument());
  });
});

describe('report', () => {
  it('summarises the chosen weeks with the answers behind it and the disclaimer', async () => {
    const e = saved(await addEpisode(Date.now() - 2 * 86_400_000));
    saved(await updateEpisode(e.id, { intensity: 7, durationBand: '1-5', sites: [{ region: 'calf', side: 'left' }], warnings: ['numbness'] }));
    useRoute.getState().navigate('/report');
    const { user } = renderApp();
    expect(await screen.findByRole('heading', { name: 'Crampnote report' })).toBeInTheDocument();
    expect(screen.getByText('median 7, range 7 to 7 (1 rated)')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'calf 1 0' })).toBeInTheDocument();
    expect(screen.getByText(/Numbness \(1\)/)).toBeInTheDocument();
    expect(screen.getByText(/Worth talking to a clinician:/)).toBeInTheDocument();
    expect(screen.getByText(/does not diagnose/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '8 weeks' }));
    expect(await screen.findByText(/^Nights of /)).toBeInTheDocument();
  });

  it('prints who it is for without keeping it, unless asked; leaves notes out unless ticked; lists only answers other than "No"', async () => {
    const e = saved(await addEpisode(Date.now() - 2 * 86_400_000));
    saved(await updateEpisode(e.id, { notes: 'woke at 3, left calf', durationMinutes: 15 }));
    saved(await addAnswerSet('profile', { diabetes: 'no', smoking: 'former', conditions: ['none'] }));
    useRoute.getState().navigate('/report');
    const { user, unmount } = renderApp();
    await user.type(await screen.findByLabelText('Name (optional)'), 'Ann Smith');
    expect(screen.getByText('Name: Ann Smith')).toBeInTheDocument();
    expect(localStorage.getItem('crampnote-report-who')).toBeNull();
    // A cramp of 15 exact minutes counts as over 10, as on Patterns.
    expect(within(screen.getByText('Cramps over 10 minutes').parentElement!).getByText('1')).toBeInTheDocument();
    expect(screen.getByText('Used to smoke')).toBeInTheDocument();
    expect(screen.queryByText('Diabetes')).not.toBeInTheDocument();
    expect(screen.queryByText(/woke at 3, left calf/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Include my notes' }));
    expect(screen.getByText(/: woke at 3, left calf$/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Remember on this device' }));
    expect(JSON.parse(localStorage.getItem('crampnote-report-who') ?? '{}')).toEqual({ name: 'Ann Smith', birthDate: '' });
    unmount();
    useRoute.getState().navigate('/report');
    renderApp();
    expect(await screen.findByText('Name: Ann Smith')).toBeInTheDocument();
  });
});

describe('the encrypted backup', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'canShare');
    Reflect.deleteProperty(navigator, 'share');
  });

  it('asks for a passphrase twice, says it cannot be recovered, and shares a file only that passphrase opens', async () => {
    const mine = saved(await addEpisode(Date.now() - 60_000));
    saved(await updateEpisode(mine.id, { notes: 'left calf after the long walk' }));
    const shared: File[] = [];
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
    Object.defineProperty(navigator, 'share', { configurable: true, value: async ({ files }: { files: File[] }) => void shared.push(...files) });
    useRoute.getState().navigate('/data');
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Encrypted backup (recommended)' }));
    expect(screen.getByText(/Without it nobody can open the backup, you included/)).toBeInTheDocument();
    const first = screen.getByLabelText('Passphrase (at least 8 characters)');
    const again = screen.getByLabelText('The same passphrase again');
    await user.type(first, 'short');
    await user.type(again, 'short');
    await user.click(screen.getByRole('button', { name: 'Make the encrypted backup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The passphrase needs at least 8 characters.');
    // The strength is said as it is typed, and the problem after it.
    expect(first).toHaveAccessibleDescription('Strength: too short The passphrase needs at least 8 characters.');
    await user.clear(first);
    await user.clear(again);
    await user.type(first, 'blue kettle at dawn');
    expect(first).toHaveAccessibleDescription(/^Strength: strong/);
    await user.type(again, 'blue kettle at down');
    await user.click(screen.getByRole('button', { name: 'Make the encrypted backup' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The two passphrases are not the same.'));
    await user.clear(again);
    await user.type(again, 'blue kettle at dawn');
    await user.click(screen.getByRole('button', { name: 'Make the encrypted backup' }));
    expect(await screen.findByText('Encrypted backup made: 1 record.')).toBeInTheDocument();

    expect(shared).toHaveLength(1);
    expect(shared[0]!.name).toMatch(/^crampnote-encrypted-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFileText(shared[0]!);
    expect(text).not.toContain('long walk');
    const reading = readSealed(text);
    if (reading.kind !== 'sealed') throw new Error(reading.kind);
    expect(await openSealed(reading.file, 'blue kettle at down')).toBeNull();
    const diary = JSON.parse((await openSealed(reading.file, 'blue kettle at dawn'))!) as { episodes: Episode[] };
    expect(diary.episodes.map((e) => e.notes)).toEqual(['left calf after the long walk']);
    expect((await getDatabase().settings.get('app'))?.lastExportAt).toBeGreaterThan(0);
  });

  it('importing one asks for its passphrase; a wrong one changes nothing and says so; the right one imports', async () => {
    const mine = saved(await addEpisode(Date.now() - 60_000));
    useRoute.getState().navigate('/data');
    const { user } = renderApp();
    await user.upload(await screen.findByLabelText('Choose a file to import'), file(JSON.stringify(encryptedV1)));
    const passphrase = await screen.findByLabelText('Passphrase of this backup');
    expect(screen.getByText('This is an encrypted backup. Type the passphrase it was made with.')).toBeInTheDocument();
    await user.type(passphrase, 'correct horse battery stable');
    await user.click(screen.getByRole('button', { name: 'Open the backup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That passphrase does not open this backup. Nothing was changed.');
    expect(screen.getByLabelText('Passphrase of this backup')).toHaveAttribute('aria-invalid', 'true');
    expect(await getDatabase().episodes.toArray()).toEqual([mine]);

    await user.clear(screen.getByLabelText('Passphrase of this backup'));
    await user.type(screen.getByLabelText('Passphrase of this backup'), 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Open the backup' }));
    expect(await screen.findByText('2 new cramps, 0 updated, 2 new check-ins, 0 updated, 0 conflicts.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported: 2 new cramps/)).toBeInTheDocument();
    expect(await getDatabase().episodes.count()).toBe(3);
  });
});
