import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDatabase } from '../../src/storage/connection';
import { addEpisode, updateEpisode } from '../../src/storage/episodes';
import { useRoute } from '../../src/state/route-store';
import { updateSettings } from '../../src/storage/settings';
import { logACramp, renderApp } from '../support/render-app';
import { saved } from '../support/saved';

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

  it('"The cramp is over" records how long it lasted from the log tap, editable below', async () => {
    // Three minutes ago: recorded as 3 for the next 30 seconds, room enough for a busy machine.
    const e = saved(await addEpisode(Date.now() - 3 * 60_000));
    useRoute.getState().navigate(`/episode/${e.id}`);
    const { user } = renderApp();
    expect(await screen.findByText(/^Going on for 3:[0-2]\d$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'The cramp is over' }));
    expect(await screen.findByText('Recorded: it lasted about 3 min. You can change it below.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'The cramp is over' })).not.toBeInTheDocument();
    expect(await onlyEpisode()).toMatchObject({ durationMinutes: 3, durationBand: '1-5' });
    expect(screen.getByLabelText('Exact minutes (optional)')).toHaveValue('3');
  });

  it('a cramp that stops within a minute is recorded as under a minute, and the timer is not offered once a length is chosen', async () => {
    const { user } = renderApp();
    await logACramp(user);
    await user.click(screen.getByRole('button', { name: 'The cramp is over' }));
    expect(await screen.findByText('Recorded: it lasted under a minute. You can change it below.')).toBeInTheDocument();
    expect(await onlyEpisode()).toMatchObject({ durationBand: 'under-1' });
    expect((await onlyEpisode()).durationMinutes).toBeUndefined();
  });

  it('saves each detail the moment it is touched, with no Save button', async () => {
    const { user } = renderApp();
    await logACramp(user);
    expect(screen.queryByRole('button', { name: /^save$/i })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Left calf' }));
    await user.click(screen.getByRole('button', { name: 'Right calf' }));
    await user.click(within(screen.getByRole('group', { name: /How bad/ })).getByRole('radio', { name: '7' }));
    await user.click(screen.getByRole('checkbox', { name: 'Pulled toes up or stretched' }));
    await user.click(screen.getByRole('checkbox', { name: 'Massage' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Pulled toes up or stretched: it helped' }));
    await user.click(screen.getByText('Add more now or in the morning'));
    await user.click(screen.getByRole('radio', { name: 'It woke me' }));
    await user.click(screen.getByRole('radio', { name: '1 to 5 minutes' }));
    await user.click(screen.getByRole('checkbox', { name: 'Numbness' }));
    await user.type(screen.getByLabelText('Minutes of sleep lost'), '20');
    await user.tab();

    await waitFor(async () =>
      expect(await onlyEpisode()).toMatchObject({
        sites: [{ region: 'calf', side: 'left' }, { region: 'calf', side: 'right' }],
        context: 'woke-me',
        durationBand: '1-5',
        intensity: 7,
        reliefTried: ['stretch', 'massage'],
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
    // No spelling or correction service sees the notes.
    expect(screen.getByLabelText('Notes')).toHaveAttribute('spellcheck', 'false');
    expect(screen.getByLabelText('Notes')).toHaveAttribute('autocorrect', 'off');
    await user.type(screen.getByLabelText('Notes'), 'Woke at 3, left arch');
    unmount();
    await waitFor(async () => expect((await onlyEpisode()).notes).toBe('Woke at 3, left arch'));
  });

  it('stores room temperature in °C whatever unit the person types in', async () => {
    saved(await updateSettings({ temperatureUnit: 'f' }));
    const { user } = renderApp();
    await logACramp(user);
    await user.type(screen.getByLabelText('Room temperature (°F)'), '68');
    await user.tab();
    await waitFor(async () => expect((await onlyEpisode()).roomTempC).toBe(20));
  });

  it('a typed number is stored whole, never its prefix, and an out-of-range one is refused with the range', async () => {
    const { user } = renderApp();
    await logACramp(user);
    const minutes = screen.getByLabelText('Exact minutes (optional)');
    await user.type(minutes, '700');
    await user.tab();
    expect(minutes).toHaveValue('700');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(minutes).toHaveAccessibleDescription('Not saved: enter a number from 0 to 600.');
    expect((await onlyEpisode()).durationMinutes).toBeUndefined();

    const sleep = screen.getByLabelText('Minutes of sleep lost');
    await user.type(sleep, '45');
    expect((await onlyEpisode()).sleepLostMinutes).toBeUndefined();
    await user.tab();
    await waitFor(async () => expect((await onlyEpisode()).sleepLostMinutes).toBe(45));

    const drinks = screen.getByLabelText('Alcoholic drinks in the evening');
    await user.type(drinks, '-1');
    await user.tab();
    expect(drinks).toHaveAttribute('aria-invalid', 'true');
    expect(await getDatabase().checkIns.count()).toBe(0);
  });

  it('a corrected start time moves the cramp and marks it logged later', async () => {
    const { user } = renderApp();
    await logACramp(user);
    const date = screen.getByLabelText('Start date');
    const time = screen.getByLabelText('Start time');
    await user.clear(time);
    await user.type(time, '01:15');
    // A date picker sets the whole date at once.
    fireEvent.change(date, { target: { value: '2026-11-20' } });
    await waitFor(async () => expect(await onlyEpisode()).toMatchObject({ night: '2026-11-19', loggedLater: true }));
    expect(await screen.findByText(/Time corrected after logging/)).toBeInTheDocument();
  });

  it('refuses a start time in the future with a plain message, keeping the saved one', async () => {
    const { user } = renderApp();
    await logACramp(user);
    const saved = await onlyEpisode();
    const date = screen.getByLabelText('Start date');
    fireEvent.change(date, { target: { value: '2099-01-01' } });
    // Said beside the field, which names the start that is still stored.
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(/^Not saved: that time is in the future\. The saved start is /);
    expect((await onlyEpisode()).startedAt).toBe(saved.startedAt);
  });
});

describe('the short night form', () => {
  const fold = () => screen.getByText('Add more now or in the morning').closest('details')!;

  it('asks where, how bad and what helped, and keeps everything else folded until asked for', async () => {
    const { user } = renderApp();
    await logACramp(user);
    expect(screen.getByRole('group', { name: 'Where did it cramp?' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /How bad/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'What did you try?' })).toBeInTheDocument();
    expect(fold()).not.toHaveAttribute('open');
    expect(fold()).toContainElement(screen.getByLabelText('Notes'));
    expect(fold()).toContainElement(screen.getByRole('group', { name: 'Did you notice any of these?' }));
    expect(fold()).not.toContainElement(screen.getByRole('button', { name: 'Done' }));

    // One list: "It helped" is offered only for what was tried.
    expect(screen.queryByRole('checkbox', { name: /it helped$/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Heat' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Heat: it helped' }));
    await waitFor(async () => expect(await onlyEpisode()).toMatchObject({ reliefTried: ['heat'], reliefWorked: ['heat'] }));
    await user.click(screen.getByRole('checkbox', { name: 'Heat' }));
    await waitFor(async () => expect(await onlyEpisode()).toMatchObject({ reliefTried: [], reliefWorked: [] }));
    expect(screen.queryByRole('checkbox', { name: 'Heat: it helped' })).not.toBeInTheDocument();
  });

  it('names the chosen places under the drawing, and a place toggles with the keyboard', async () => {
    const { user } = renderApp();
    await logACramp(user);
    expect(screen.getByText('No place chosen yet.')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Right heel' }).focus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Left thigh' }));
    expect(await screen.findByText('Chosen: Right heel, Left thigh')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Left thigh' })).toHaveFocus();
    await user.keyboard(' ');
    expect(await screen.findByText('Chosen: Right heel')).toBeInTheDocument();
    await waitFor(async () => expect((await onlyEpisode()).sites).toEqual([{ region: 'heel', side: 'right' }]));
  });

  it('shows everything open for a cramp that already has more, as when it is looked at in the morning', async () => {
    const e = saved(await addEpisode());
    saved(await updateEpisode(e.id, { context: 'woke-me' }));
    useRoute.getState().navigate(`/episode/${e.id}`);
    renderApp();
    await screen.findByLabelText('Notes');
    expect(fold()).toHaveAttribute('open');
  });
});

describe('another tab or an import changes the cramp while its details are open', () => {
  it('a field not being typed in follows the newer value; a note being typed asks which text to keep', async () => {
    const { user } = renderApp();
    await logACramp(user);
    const { id } = await onlyEpisode();
    const notes = screen.getByLabelText('Notes');

    // Not focused: the newer note simply shows, and nothing stale is written back.
    saved(await updateEpisode(id, { notes: 'written in another tab', sleepLostMinutes: 30 }));
    await waitFor(() => expect(notes).toHaveValue('written in another tab'));
    expect(screen.getByLabelText('Minutes of sleep lost')).toHaveValue('30');

    // Focused and typing: a newer note arriving underneath is not overwritten by the next keystroke.
    await user.click(notes);
    await user.type(notes, ' and mine');
    saved(await updateEpisode(id, { notes: 'newer still, from an import' }));
    const clash = await screen.findByRole('group', { name: /changed elsewhere/ });
    await user.type(notes, '!');
    expect((await onlyEpisode()).notes).toBe('newer still, from an import');
    expect(notes).toHaveAttribute('aria-invalid', 'true');

    await user.click(within(clash).getByRole('button', { name: 'Keep my text' }));
    await waitFor(async () => expect((await onlyEpisode()).notes).toBe('written in another tab and mine!'));
    expect(notes).not.toHaveAttribute('aria-invalid');
  });
});
