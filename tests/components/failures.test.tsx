import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase, openDatabase, resetDatabase } from '../../src/storage/connection';
import { DATABASE_NAME, SCHEMA_VERSION } from '../../src/storage/db';
import { addEpisode } from '../../src/storage/episodes';
import { announceNewVersion, fakeServiceWorkerContainer, registered, registering, serviceWorkerFake } from '../support/pwa-register-fake';
import { logACramp, renderApp } from '../support/render-app';
import { saved } from '../support/saved';

function quotaAbort(): Error {
  return Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('Quota exceeded', 'QuotaExceededError') });
}

describe('when storage fails, the person is told and nothing is lost', () => {
  it('a full disk: a plain message, the typed text stays on screen, saved records untouched', async () => {
    const { user } = renderApp();
    await logACramp(user);
    const notes = screen.getByLabelText('Notes');
    await user.type(notes, 'Left');
    await waitFor(async () => expect((await getDatabase().episodes.toArray())[0]?.notes).toBe('Left'));

    vi.spyOn(getDatabase().episodes, 'put').mockRejectedValue(quotaAbort());
    await user.type(notes, ' calf');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your device is out of storage space, so the last change was not saved.');
    expect(notes).toHaveValue('Left calf');
    expect((await getDatabase().episodes.toArray())[0]?.notes).toBe('Left');

    // Space freed: the next keystroke saves everything on screen and the message goes.
    vi.restoreAllMocks();
    await user.type(notes, '.');
    await waitFor(async () => expect((await getDatabase().episodes.toArray())[0]?.notes).toBe('Left calf.'));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('a full disk on a corrected start time: said beside the field as not saved, not as a time in the future', async () => {
    const { user } = renderApp();
    await logACramp(user);
    const saved = (await getDatabase().episodes.toArray())[0]!;
    vi.spyOn(getDatabase().episodes, 'put').mockRejectedValue(quotaAbort());
    const date = screen.getByLabelText('Start date');
    fireEvent.change(date, { target: { value: '2026-11-20' } });
    await waitFor(() => expect(date).toHaveAccessibleDescription(/^Not saved\. The saved start is still /));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your device is out of storage space');
    expect((await getDatabase().episodes.toArray())[0]?.startedAt).toBe(saved.startedAt);
  });

  it('a choice that could not be saved does not stay shown as chosen', async () => {
    const { user } = renderApp();
    await logACramp(user);
    vi.spyOn(getDatabase().episodes, 'put').mockRejectedValue(quotaAbort());
    await user.click(screen.getByRole('button', { name: 'Right heel' }));
    await user.click(screen.getByRole('radio', { name: 'Over 10 minutes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/out of storage space/);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Right heel' })).toHaveAttribute('aria-pressed', 'false'));
    expect(screen.getByRole('radio', { name: 'Over 10 minutes' })).not.toBeChecked();
    const stored = (await getDatabase().episodes.toArray())[0]!;
    expect(stored.sites).toEqual([]);
    expect(stored.durationBand).toBeUndefined();
  });

  it('a full disk on the one-tap log: the message shows and the person stays on the log screen', async () => {
    const { user } = renderApp();
    vi.spyOn(getDatabase().episodes, 'add').mockRejectedValue(quotaAbort());
    await user.click(await screen.findByRole('button', { name: 'Log a cramp' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/out of storage space/);
    expect(screen.getByRole('button', { name: 'Log a cramp' })).toBeInTheDocument();
  });

  it('another tab opens a newer version: this tab lets it upgrade and asks for a reload', async () => {
    const existing = saved(await addEpisode());
    const { user } = renderApp();
    await logACramp(user);

    const newer = new Dexie(DATABASE_NAME);
    newer.version(SCHEMA_VERSION + 1).stores({ episodes: 'id, startedAt, night, updatedAt, *warnings', checkIns: 'id, &night, updatedAt', settings: 'id', answerSets: 'id, [section+updatedAt]' });
    await newer.open();

    expect(await screen.findByRole('alert')).toHaveTextContent('Crampnote was updated in another tab. Reload this page to go on.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(await newer.table('episodes').get(existing.id)).toEqual(existing);
    expect(await newer.table('episodes').count()).toBe(2);
    newer.close();
  });

  it('the device already holds a newer database: a message, and the newer data is left alone', async () => {
    const newer = new Dexie(DATABASE_NAME);
    newer.version(SCHEMA_VERSION + 3).stores({ episodes: 'id, startedAt, night, updatedAt', checkIns: 'id, &night, updatedAt', settings: 'id' });
    await newer.table('episodes').put({ id: 'from-the-future', night: '2030-01-01' });
    newer.close();

    resetDatabase();
    renderApp();
    await act(() => openDatabase());
    expect(await screen.findByRole('alert')).toHaveTextContent('A newer version of Crampnote is open in another tab. Reload this page to use it.');

    await newer.open();
    expect(await newer.table('episodes').get('from-the-future')).toEqual({ id: 'from-the-future', night: '2030-01-01' });
    expect(newer.verno).toBe(SCHEMA_VERSION + 3);
    newer.close();
  });

  it('storage cannot be used at all (private mode, blocked site data): a message that says so', async () => {
    vi.spyOn(getDatabase(), 'open').mockRejectedValue(Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' }));
    renderApp();
    await act(() => openDatabase());
    expect(await screen.findByRole('alert')).toHaveTextContent('Crampnote cannot use storage in this browser window, so nothing can be saved.');
  });
});

describe('nothing blanks the app', () => {
  it('a read that fails is reported in words; the app, and Emergency signs, stay usable', async () => {
    vi.spyOn(getDatabase().settings, 'get').mockRejectedValue(Object.assign(new Error('Internal error opening backing store'), { name: 'UnknownError' }));
    const { user } = renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('Crampnote cannot use storage in this browser window, so nothing can be saved.');
    expect(screen.getByRole('button', { name: 'Log a cramp' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Emergency signs' }));
    expect(await screen.findByRole('heading', { name: 'Emergency signs' })).toBeInTheDocument();
  });

  it('a screen that fails to render says so, keeps the diary, and the other screens still work', async () => {
    saved(await addEpisode(Date.now() - 60_000));
    const { user } = renderApp();
    await screen.findByRole('button', { name: 'Log a cramp' });
    // Dates cannot be formatted (as with a broken locale): History, which shows them, cannot render.
    const proto = Intl.DateTimeFormat.prototype;
    const real = Object.getOwnPropertyDescriptor(proto, 'format')!;
    Object.defineProperty(proto, 'format', {
      configurable: true,
      get: () => () => {
        throw new RangeError('Incorrect locale information provided');
      },
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await user.click(screen.getByRole('link', { name: 'History' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This screen could not be shown. Your diary is safe');
    expect(screen.getByRole('link', { name: 'Emergency signs' })).toBeInTheDocument();
    Object.defineProperty(proto, 'format', real);
    expect(new Intl.DateTimeFormat('en').format(0)).toMatch(/1970|1969/);
    await user.click(screen.getByRole('link', { name: 'Emergency signs' }));
    expect(await screen.findByRole('heading', { name: 'Emergency signs' })).toBeInTheDocument();
    expect(await getDatabase().episodes.count()).toBe(1);
  });
});

describe('update prompt', () => {
  // A page that a version of the app runs from its service worker: only such a page can be updated.
  let container: ReturnType<typeof fakeServiceWorkerContainer>;
  beforeEach(() => {
    container = fakeServiceWorkerContainer({});
  });
  afterEach(() => container.remove());

  it('shows quietly, never reloads by itself, and keeps what was being typed', async () => {
    const { user } = renderApp();
    await logACramp(user);
    await user.type(screen.getByLabelText('Notes'), 'half a sentence');
    act(() => announceNewVersion());

    expect(await screen.findByText('Update available.')).toBeInTheDocument();
    expect(screen.getByLabelText('Notes')).toHaveValue('half a sentence');
    expect(serviceWorkerFake.reloads).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Update now' }));
    await waitFor(() => expect(serviceWorkerFake.reloads).toBe(1));
    expect((await getDatabase().episodes.toArray())[0]?.notes).toBe('half a sentence');
  });

  it('"Later" dismisses it without reloading', async () => {
    const { user } = renderApp();
    act(() => announceNewVersion());
    await user.click(await screen.findByRole('button', { name: 'Later' }));
    expect(screen.queryByText('Update available.')).not.toBeInTheDocument();
    expect(serviceWorkerFake.reloads).toBe(0);
  });
});

describe('ready to work offline', () => {
  const registration = (active: object | null) =>
    ({ active, installing: active ? null : {}, waiting: null, addEventListener: () => undefined, update: async () => undefined }) as unknown as ServiceWorkerRegistration;
  let container: ReturnType<typeof fakeServiceWorkerContainer>;
  afterEach(() => container.remove());

  it('is said on the first visit even when the browser reported the install before the registration was watched', async () => {
    container = fakeServiceWorkerContainer(null);
    renderApp();
    await waitFor(() => expect(registering()).toBe(true));
    // The worker is installing, and its `updatefound` has already gone by: nothing else will say it.
    act(() => registered(registration(null)));
    expect(screen.queryByText('Crampnote is ready to work offline.')).not.toBeInTheDocument();
    act(() => container.activate());
    expect(await screen.findByText('Crampnote is ready to work offline.')).toBeInTheDocument();
  });

  it('on the first visit, a new worker slow to become active is not taken for an update', async () => {
    container = fakeServiceWorkerContainer(null);
    renderApp();
    await waitFor(() => expect(registering()).toBe(true));
    act(() => registered(registration(null)));
    // Installed and still waiting a moment later: the registration calls that "need refresh".
    act(() => announceNewVersion());
    act(() => container.activate());
    expect(await screen.findByText('Crampnote is ready to work offline.')).toBeInTheDocument();
    expect(screen.queryByText('Update available.')).not.toBeInTheDocument();
  });

  it('is not said again on a later visit, when the app already works offline', async () => {
    container = fakeServiceWorkerContainer({});
    renderApp();
    await waitFor(() => expect(registering()).toBe(true));
    act(() => registered(registration({})));
    await act(async () => {
      container.activate();
      await container.ready;
    });
    expect(screen.queryByText('Crampnote is ready to work offline.')).not.toBeInTheDocument();
  });
});
