import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lastNight } from '../../src/domain/night';
import { getDatabase } from '../../src/storage/connection';
import { addEpisode, updateEpisode } from '../../src/storage/episodes';
import { deviceUtcOffset } from '../../src/platform/locale';
import { saveCheckIn } from '../../src/storage/check-ins';
import { useHistoryMonth } from '../../src/state/history-month';
import { useRoute } from '../../src/state/route-store';
import { renderApp } from '../support/render-app';
import { saved } from '../support/saved';

const localTime = (day: number, hour: number) => new Date(2026, 10, day, hour, 0).getTime();

describe('history', () => {
  it('shows a month: the calendar marks each night by its kind, and the list below has the nights newest first', async () => {
    const older = saved(await addEpisode(localTime(20, 2)));
    saved(await updateEpisode(older.id, { sites: [{ region: 'arch', side: 'right' }], intensity: 5, durationMinutes: 4 }, localTime(20, 9)));
    saved(await addEpisode(localTime(23, 1)));
    saved(await saveCheckIn('2026-11-21', { noCramp: true }));
    useHistoryMonth.setState({ month: '2026-11' });
    useRoute.getState().navigate('/history');
    const { user } = renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'November 2026' })).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([expect.stringMatching(/22/), expect.stringMatching(/21/), expect.stringMatching(/19/)]);
    expect(screen.getByRole('button', { name: /^Cramp at .*: Right arch or sole, 4 min, intensity 5$/ })).toBeInTheDocument();
    expect(screen.getByText('No cramp')).toBeInTheDocument();

    // The calendar: a sign for each kind of night, and a name for screen readers.
    const calendar = screen.getByRole('table', { name: 'November 2026' });
    expect(within(calendar).getByRole('button', { name: /Nov 22: 1 cramp$/ })).toHaveTextContent('22●');
    expect(within(calendar).getByRole('button', { name: /Nov 21: no cramp$/ })).toHaveTextContent('21✓');
    expect(within(calendar).getByRole('img', { name: /Nov 20: not recorded$/ })).toHaveTextContent('20–');
    // Nothing is deleted from the list: no cross on any row.
    expect(screen.queryAllByRole('button', { name: /delete/i })).toEqual([]);

    await user.click(within(calendar).getByRole('button', { name: /Nov 19: 1 cramp$/ }));
    expect(screen.getByRole('heading', { level: 3, name: /19/ }).closest('li')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Previous month' })).toBeDisabled();
  });

  it('goes back a month, and comes back to it from a record', async () => {
    // The night now under way (before noon, the one just ended) picks the month History opens on.
    const current = new Date(Date.now() - (new Date().getHours() < 12 ? 86_400_000 : 0));
    const d = new Date(current.getFullYear(), current.getMonth() - 1, 1, 23);
    saved(await addEpisode(d.getTime()));
    useRoute.getState().navigate('/history');
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Previous month' }));
    const month = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(d);
    expect(await screen.findByRole('heading', { level: 2, name: month })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Cramp at .*no details yet$/ }));
    await screen.findByRole('heading', { name: 'Cramp details' });
    await user.click(screen.getByRole('link', { name: 'History' }));
    expect(await screen.findByRole('heading', { level: 2, name: month })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next month' })).toBeEnabled();
  });

  it('deletes a cramp from its own screen, back in History with an Undo that really restores it', async () => {
    const e = saved(await addEpisode(Date.now() - 2 * 3_600_000));
    const edited = saved(await updateEpisode(e.id, { notes: 'keep me', intensity: 3 }));
    useRoute.getState().navigate('/history');
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /intensity 3$/ }));
    await user.click(await screen.findByRole('button', { name: 'Delete this cramp' }));
    await waitFor(async () => expect(await getDatabase().episodes.count()).toBe(0));
    expect(await screen.findByText('Cramp deleted.')).toBeInTheDocument();
    expect(location.pathname).toBe('/history');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getDatabase().episodes.get(e.id)).toEqual(edited));
    expect(await screen.findByRole('button', { name: /intensity 3$/ })).toBeInTheDocument();
  });

  it('deletes a check-in from its own screen, with an Undo', async () => {
    const night = lastNight(Date.now(), deviceUtcOffset(Date.now()));
    const checkIn = saved(await saveCheckIn(night, { noCramp: true, alcoholDrinks: 2 }));
    useRoute.getState().navigate('/history');
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /^Edit check-in for the night of/ }));
    await user.click(await screen.findByRole('button', { name: 'Delete this check-in' }));
    await waitFor(async () => expect(await getDatabase().checkIns.count()).toBe(0));
    expect(location.pathname).toBe('/history');
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getDatabase().checkIns.get(checkIn.id)).toEqual(checkIn));
  });
  it('opens a cramp from History for editing', async () => {
    saved(await addEpisode(localTime(23, 1)));
    useRoute.getState().navigate('/history');
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /^Cramp at .*no details yet/ }));
    expect(await screen.findByRole('heading', { name: 'Cramp details' })).toBeInTheDocument();
  });
});

describe('check-in', () => {
  it('"No cramp last night" is one tap, and is not offered again once done', async () => {
    const { user } = renderApp();
    const night = lastNight(Date.now(), deviceUtcOffset(Date.now()));
    await user.click(await screen.findByRole('button', { name: 'No cramp last night' }));
    await waitFor(async () => expect(await getDatabase().checkIns.where('night').equals(night).first()).toMatchObject({ noCramp: true }));
    expect(await screen.findByText(/^Saved: no cramp on the night of/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'No cramp last night' })).not.toBeInTheDocument();
  });

  it('in the morning, Log offers the details the short night form left out, for each of last night\'s cramps', async () => {
    const night = lastNight(Date.now(), deviceUtcOffset(Date.now()));
    // 22:12 and 23:12 on last night's evening: in the past at any hour the test runs.
    const late = new Date(`${night}T22:12:00`).getTime();
    const bare = saved(await addEpisode(late));
    const done = saved(await addEpisode(late + 3_600_000));
    saved(await updateEpisode(done.id, { sites: [{ region: 'calf', side: 'left' }], intensity: 6, durationBand: '1-5' }));
    const { user } = renderApp();
    const offers = await screen.findAllByRole('button', { name: /^Add details to the .* cramp$/ });
    expect(offers).toHaveLength(1);
    expect(offers[0]).toHaveAccessibleName(/10:12|22:12/);
    await user.click(offers[0]!);
    expect(await screen.findByRole('heading', { name: 'Cramp details' })).toBeInTheDocument();
    expect(location.pathname).toBe(`/episode/${bare.id}`);
    // Filled in later, every field shows at once.
    expect((await screen.findByText('Add more now or in the morning')).closest('details')).toHaveAttribute('open');
  });

  it('the evening is asked once per night: typed on a cramp, it is the check-in\'s, and the check-in\'s shows on the cramp', async () => {
    const e = saved(await addEpisode(Date.now() - 3 * 3_600_000));
    useRoute.getState().navigate(`/episode/${e.id}`);
    const { user } = renderApp();
    await user.type(await screen.findByLabelText('Alcoholic drinks in the evening'), '3');
    await user.tab();
    await waitFor(async () => expect(await getDatabase().checkIns.where('night').equals(e.night).first()).toMatchObject({ alcoholDrinks: 3, noCramp: false }));
    expect((await getDatabase().episodes.get(e.id))?.alcoholDrinks).toBeUndefined();

    act(() => useRoute.getState().navigate(`/check-in/${e.night}`));
    await screen.findByRole('heading', { name: /^Check-in for the night of/ });
    await waitFor(() => expect(screen.getByLabelText('Alcoholic drinks in the evening')).toHaveValue('3'));
    await user.type(screen.getByLabelText('Caffeinated drinks'), '2');
    await user.tab();
    await waitFor(async () => expect(await getDatabase().checkIns.where('night').equals(e.night).first()).toMatchObject({ caffeineDrinks: 2 }));
    act(() => useRoute.getState().navigate(`/episode/${e.id}`));
    await screen.findByRole('heading', { name: 'Cramp details' });
    await waitFor(() => expect(screen.getByLabelText('Caffeinated drinks')).toHaveValue('2'));
  });

  it('"No cramp that night" is one tick, never a "No" to a negative', async () => {
    const night = lastNight(Date.now(), deviceUtcOffset(Date.now()));
    useRoute.getState().navigate(`/check-in/${night}`);
    const { user } = renderApp();
    const tick = await screen.findByRole('checkbox', { name: 'No cramp that night' });
    expect(screen.queryByRole('group', { name: 'No cramp that night' })).not.toBeInTheDocument();
    await user.click(tick);
    await waitFor(async () => expect(await getDatabase().checkIns.where('night').equals(night).first()).toMatchObject({ noCramp: true }));
    await user.click(tick);
    await waitFor(async () => expect(await getDatabase().checkIns.where('night').equals(night).first()).toMatchObject({ noCramp: false }));
  });

  describe('the day and the night on Log', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('in the evening offers tonight\'s check-in, confirms it once done, and in the morning it is last night\'s', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(2026, 10, 26, 19, 0));
      const { user, unmount } = renderApp();
      await user.click(await screen.findByRole('button', { name: 'Tonight\'s check-in' }));
      expect(await screen.findByRole('heading', { name: /^Check-in for the night of Thu, Nov 26/ })).toBeInTheDocument();
      await user.type(screen.getByLabelText('Alcoholic drinks in the evening'), '2');
      await user.click(screen.getByRole('button', { name: 'Done' }));
      expect(await screen.findByText('Tonight\'s check-in is saved.')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Change tonight\'s check-in' })).toBeInTheDocument();
      expect(await getDatabase().checkIns.where('night').equals('2026-11-26').first()).toMatchObject({ alcoholDrinks: 2 });
      unmount();

      vi.setSystemTime(new Date(2026, 10, 27, 8, 0));
      renderApp();
      expect(await screen.findByText('Last night\'s check-in is saved.')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'No cramp last night' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Change last night\'s check-in' })).toBeInTheDocument();
    });
  });

  it('records the evening factors, one check-in per night', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /^(Tonight's check-in|Check-in for last night)$/ }));
    await screen.findByRole('heading', { name: /^Check-in for the night of/ });
    await user.type(screen.getByLabelText('Alcoholic drinks in the evening'), '2');
    await user.click(within(screen.getByRole('group', { name: 'Any caffeine after 2 pm?' })).getByRole('radio', { name: 'Yes' }));
    await user.type(screen.getByLabelText('Hours on your feet'), '7.5');
    await user.click(screen.getByRole('radio', { name: 'Warm' }));
    await waitFor(async () => {
      const all = await getDatabase().checkIns.toArray();
      expect(all).toHaveLength(1);
      expect(all[0]).toMatchObject({ alcoholDrinks: 2, caffeineAfter2pm: true, hoursOnFeet: 7.5, bedroom: 'warm' });
    });
  });

  it('a night with a logged cramp does not offer "no cramp"', async () => {
    // Twelve hours ago always falls on the night the morning check-in is about, whatever the time of day.
    saved(await addEpisode(Date.now() - 12 * 3_600_000));
    const night = lastNight(Date.now(), deviceUtcOffset(Date.now()));
    useRoute.getState().navigate(`/check-in/${night}`);
    renderApp();
    expect(await screen.findByText(/cramp logged that night/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'No cramp that night' })).not.toBeInTheDocument();
  });
});
