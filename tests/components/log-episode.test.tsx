import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDatabase } from '../../src/storage/connection';
import { updateSettings } from '../../src/storage/settings';
import { logACramp, renderApp } from '../support/render-app';

async function onlyEpisode() {
  const all = await getDatabase().episodes.toArray();
  expect(all).toHaveLength(1);
  return all[0]!;
}

describe('logging a cramp', () => {
  it('one tap saves an episode at the current time and opens its details', async () => {
    const { user } = renderApp();
    const before = Date.now();
    await logACramp(user);
    const episode = await onlyEpisode();
    expect(episode.startedAt).toBeGreaterThanOrEqual(before);
    expect(episode.startedAt).toBeLessThanOrEqual(Date.now());
    expect(screen.getByText(/^Saved\. Started/)).toBeInTheDocument();
    expect(location.pathname).toBe(`/episode/${episode.id}`);
  });

  it('saves each detail the moment it is touched, with no Save button', async () => {
    const { user } = renderApp();
    await logACramp(user);
    expect(screen.queryByRole('button', { name: /^save$/i })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Left calf' }));
    await user.click(screen.getByRole('button', { name: 'Right calf' }));
    await user.click(screen.getByRole('radio', { name: 'It woke me' }));
    await user.click(screen.getByRole('radio', { name: '1 to 5 minutes' }));
    await user.click(within(screen.getByRole('group', { name: /How bad/ })).getByRole('radio', { name: '7' }));
    await user.click(within(screen.getByRole('group', { name: 'What helped?' })).getByRole('checkbox', { name: 'Pulled toes up or stretched' }));
    await user.click(screen.getByRole('checkbox', { name: 'Numbness' }));
    await user.type(screen.getByLabelText('Minutes of sleep lost'), '20');

    await waitFor(async () =>
      expect(await onlyEpisode()).toMatchObject({
        sites: [{ region: 'calf', side: 'left' }, { region: 'calf', side: 'right' }],
        context: 'woke-me',
        durationBand: '1-5',
        intensity: 7,
        reliefWorked: ['stretch'],
        warnings: ['numbness'],
        sleepLostMinutes: 20,
      }),
    );
    expect(screen.getByRole('button', { name: 'Left calf' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps notes typed letter by letter, even if the app closes straight after', async () => {
    const { user, unmount } = renderApp();
    await logACramp(user);
    await user.type(screen.getByLabelText('Notes'), 'Woke at 3, left arch');
    unmount();
    await waitFor(async () => expect((await onlyEpisode()).notes).toBe('Woke at 3, left arch'));
  });

  it('stores room temperature in °C whatever unit the person types in', async () => {
    await updateSettings({ temperatureUnit: 'f' });
    const { user } = renderApp();
    await logACramp(user);
    await user.type(screen.getByLabelText('Room temperature (°F)'), '68');
    await waitFor(async () => expect((await onlyEpisode()).roomTempC).toBe(20));
  });

  it('a corrected start time moves the cramp and marks it logged later', async () => {
    const { user } = renderApp();
    await logACramp(user);
    const date = screen.getByLabelText('Start date');
    const time = screen.getByLabelText('Start time');
    await user.clear(time);
    await user.type(time, '01:15');
    await user.clear(date);
    await user.type(date, '2026-11-20');
    await waitFor(async () => expect(await onlyEpisode()).toMatchObject({ night: '2026-11-19', loggedLater: true }));
    expect(await screen.findByText(/Time corrected after logging/)).toBeInTheDocument();
  });

  it('refuses a start time in the future with a plain message, keeping the saved one', async () => {
    const { user } = renderApp();
    await logACramp(user);
    const saved = await onlyEpisode();
    const date = screen.getByLabelText('Start date');
    await user.clear(date);
    await user.type(date, '2099-01-01');
    expect(await screen.findByRole('alert')).toHaveTextContent('That time is in the future, so it was not saved.');
    expect((await onlyEpisode()).startedAt).toBe(saved.startedAt);
  });
});
