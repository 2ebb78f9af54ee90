/**
 * The lock as a person uses it: turned on in Settings, locked, logging in the dark without unlocking,
 * unlocking (and the wait after wrong passphrases), a new passphrase, turning it off, and locking itself
 * in the background. The passphrase is derived at full strength (600,000 PBKDF2 rounds) as in the app.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addEpisode, updateEpisode } from '../../src/storage/episodes';
import { turnOnLock } from '../../src/storage/lock';
import { forgetLock, lockNow, lockState } from '../../src/storage/lock-state';
import { useRoute } from '../../src/state/route-store';
import { logACramp, renderApp } from '../support/render-app';
import { saved } from '../support/saved';
import { readRawDatabase } from '../storage/raw-idb';
import { DATABASE_NAME } from '../../src/storage/db';

const PASSPHRASE = 'kettle on the landing at four';

type User = ReturnType<typeof renderApp>['user'];

async function unlockWith(user: User, passphrase: string) {
  await user.type(await screen.findByLabelText('Passphrase'), passphrase);
  await user.click(screen.getByRole('button', { name: 'Unlock' }));
}

async function aCrampWithANote(note: string) {
  const episode = saved(await addEpisode(Date.now() - 2 * 3600_000));
  saved(await updateEpisode(episode.id, { notes: note, sites: [{ region: 'calf', side: 'left' }] }));
  return episode;
}

/** The episodes as IndexedDB holds them, without the lock, as text. */
const rawEpisodes = async () => JSON.stringify((await readRawDatabase(DATABASE_NAME)).episodes);

afterEach(() => {
  vi.useRealTimers();
});

describe('turning the lock on', () => {
  it('says a forgotten passphrase cannot be recovered, offers a backup first, refuses a weak passphrase, and turns on', async () => {
    await aCrampWithANote('after the hill walk');
    useRoute.getState().navigate('/settings');
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Turn on the lock' }));
    const form = screen.getByRole('form', { name: 'Turn on the lock' });
    expect(within(form).getByText(/If you forget the passphrase, nobody can open your diary/)).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Make an encrypted backup first' })).toBeInTheDocument();

    const first = within(form).getByLabelText('Passphrase (at least 8 characters)');
    await user.type(first, 'password1');
    await user.type(within(form).getByLabelText('The same passphrase again'), 'password1');
    expect(first).toHaveAccessibleDescription(/^Strength: weak/);
    await user.click(within(form).getByRole('button', { name: 'Turn on the lock' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('This passphrase is easy to guess.');
    expect(lockState()).not.toBe('unlocked');

    await user.clear(first);
    await user.type(first, PASSPHRASE);
    await user.clear(within(form).getByLabelText('The same passphrase again'));
    await user.type(within(form).getByLabelText('The same passphrase again'), PASSPHRASE);
    await user.click(within(form).getByRole('radio', { name: '15 minutes' }));
    await user.click(within(form).getByRole('button', { name: 'Turn on the lock' }));
    expect(await screen.findByText('The lock is on.')).toBeInTheDocument();
    expect(screen.getByText('The lock is on. Your diary is encrypted on this phone.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '15 minutes' })).toBeChecked();
    expect(await rawEpisodes()).not.toContain('hill walk');
  });

  it('"Make an encrypted backup first" opens Your data', async () => {
    useRoute.getState().navigate('/settings');
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Turn on the lock' }));
    await user.click(screen.getByRole('button', { name: 'Make an encrypted backup first' }));
    expect(await screen.findByRole('button', { name: 'Encrypted backup (recommended)' })).toBeInTheDocument();
  });
});

describe('a locked diary', () => {
  it('asks for the passphrase in place of History, says when it is wrong, waits longer after repeated tries, and opens with the right one', async () => {
    await aCrampWithANote('after the hill walk');
    await turnOnLock(PASSPHRASE);
    lockNow();
    useRoute.getState().navigate('/history');
    const { user } = renderApp();
    expect(await screen.findByRole('heading', { name: 'Your diary is locked' })).toBeInTheDocument();
    expect(screen.queryByText(/Left calf/)).not.toBeInTheDocument();

    for (let i = 0; i < 3; i++) {
      await unlockWith(user, `wrong guess ${i}`);
      expect(await screen.findByRole('alert')).toHaveTextContent('That passphrase does not open this diary.');
      await waitFor(() => expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled());
    }
    await unlockWith(user, 'wrong guess 3');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Wait [1-5] seconds? before trying again\./));
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled();
    // The wait is over by itself (5 s); then the right passphrase opens the diary.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled(), { timeout: 20_000 });
    await unlockWith(user, PASSPHRASE);
    expect(await screen.findByText(/Cramp at .*: Left calf/)).toBeInTheDocument();
    expect(lockState()).toBe('unlocked');
  }, 60_000);

  it('logs a cramp and takes its details without unlocking, leaves out what it cannot read, and shows it all once unlocked', async () => {
    await aCrampWithANote('after the hill walk');
    await turnOnLock(PASSPHRASE);
    lockNow();
    const { user } = renderApp();
    expect(await screen.findByText(/The diary is locked\. Cramps you log are saved/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /check-in/i })).not.toBeInTheDocument();
    await logACramp(user);
    await user.click(screen.getByRole('button', { name: 'Right heel' }));
    expect(await screen.findByText('Chosen: Right heel')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'This evening' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Done' }));

    await user.click(await screen.findByRole('button', { name: 'Unlock the diary' }));
    await unlockWith(user, PASSPHRASE);
    // Back on Log, unlocked: last night's offers are there again.
    expect(await screen.findByRole('button', { name: /check-in/i })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'History' }));
    expect(await screen.findByText(/Cramp at .*: Right heel/)).toBeInTheDocument();
    expect(screen.getByText(/Cramp at .*: Left calf/)).toBeInTheDocument();
  });

  it('starting locked, Log looks through none of the records it cannot open, so a long diary never holds up the first tap', async () => {
    // Never exported: the export reminder would look through every record made since, and while locked
    // it would step over each one, unreadable, and the tap's save would wait for it to finish.
    for (let i = 0; i < 200; i++) saved(await addEpisode(Date.now() - (i + 1) * 3_600_000));
    await turnOnLock(PASSPHRASE);
    forgetLock(); // a new page: it learns that the diary is locked as it starts
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    const { user } = renderApp();
    await logACramp(user);
    expect(lockState()).toBe('locked');
    expect(steps.mock.calls.length).toBeLessThan(20);
  });

  it('locks itself after the chosen time in the background, not before', async () => {
    await turnOnLock(PASSPHRASE, 1);
    renderApp();
    await screen.findByRole('button', { name: 'Log a cramp' });
    vi.useFakeTimers({ toFake: ['Date'] });
    const hide = (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: state });
      act(() => void document.dispatchEvent(new Event('visibilitychange')));
    };
    hide('hidden');
    vi.setSystemTime(Date.now() + 30_000);
    hide('visible');
    expect(lockState()).toBe('unlocked');
    hide('hidden');
    vi.setSystemTime(Date.now() + 61_000);
    hide('visible');
    expect(lockState()).toBe('locked');
    expect(await screen.findByText(/The diary is locked\./)).toBeInTheDocument();
  });
});

describe('with the lock on, in Settings', () => {
  it('Lock now locks; a new passphrase needs the current one; turning off needs it too and leaves the diary readable', async () => {
    await aCrampWithANote('after the hill walk');
    await turnOnLock(PASSPHRASE);
    useRoute.getState().navigate('/settings');
    const { user } = renderApp();

    await user.click(await screen.findByRole('button', { name: 'Change the passphrase' }));
    const change = screen.getByRole('form', { name: 'Change the passphrase' });
    await user.type(within(change).getByLabelText('Current passphrase'), 'not it');
    await user.type(within(change).getByLabelText('New passphrase (at least 8 characters)'), 'a brand new one for winter');
    await user.type(within(change).getByLabelText('The same passphrase again'), 'a brand new one for winter');
    await user.click(within(change).getByRole('button', { name: 'Change the passphrase' }));
    expect(await within(change).findByRole('alert')).toHaveTextContent('That is not the passphrase of this diary. Nothing was changed.');
    await user.clear(within(change).getByLabelText('Current passphrase'));
    await user.type(within(change).getByLabelText('Current passphrase'), PASSPHRASE);
    await user.click(within(change).getByRole('button', { name: 'Change the passphrase' }));
    expect(await screen.findByText('The passphrase is changed. Use the new one from now on.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    expect(await screen.findByRole('heading', { name: 'Your diary is locked' })).toBeInTheDocument();
    await unlockWith(user, 'a brand new one for winter');

    await user.click(await screen.findByRole('button', { name: 'Turn the lock off' }));
    const off = screen.getByRole('form', { name: 'Turn the lock off' });
    await user.type(within(off).getByLabelText('Current passphrase'), PASSPHRASE);
    await user.click(within(off).getByRole('button', { name: 'Turn the lock off' }));
    expect(await within(off).findByRole('alert')).toHaveTextContent('That is not the passphrase of this diary.');
    await user.clear(within(off).getByLabelText('Current passphrase'));
    await user.type(within(off).getByLabelText('Current passphrase'), 'a brand new one for winter');
    await user.click(within(off).getByRole('button', { name: 'Turn the lock off' }));
    expect(await screen.findByText('The lock is off. Your diary is no longer encrypted on this phone.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Turn on the lock' })).toBeInTheDocument();
    expect(await rawEpisodes()).toContain('hill walk');
  }, 60_000);
});
