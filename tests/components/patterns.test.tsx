import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addNights, lastNight } from '../../src/domain/night';
import { getDatabase } from '../../src/storage/connection';
import { saveCheckIn } from '../../src/storage/check-ins';
import { updateSettings } from '../../src/storage/settings';
import { addEpisode, updateEpisode } from '../../src/storage/episodes';
import { deviceUtcOffset } from '../../src/platform/locale';
import { useRoute } from '../../src/state/route-store';
import { renderApp } from '../support/render-app';
import { saved } from '../support/saved';

const today = () => lastNight(Date.now(), deviceUtcOffset(Date.now()));
/** 2 a.m. local, the morning after `night`; for a night still under way before 2 a.m., a minute ago instead. */
const twoAm = (night: string) => {
  const [y, m, d] = night.split('-').map(Number) as [number, number, number];
  return Math.min(new Date(y, m - 1, d + 1, 2, 0).getTime(), Date.now() - 60_000);
};

describe('patterns', () => {
  it('an empty diary gets one message saying what to record and how many nights, not a screen of empty charts', async () => {
    useRoute.getState().navigate('/patterns');
    renderApp();
    const summary = (await screen.findByRole('heading', { name: 'In short' })).parentElement!;
    expect(within(summary).getByText(/^Patterns need at least 14 recorded nights in this period\. Record 14 more: log each cramp/)).toBeInTheDocument();
    expect(within(summary).getByText('Nights recorded: 0 of 91')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Alcohol' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'How often' })).not.toBeInTheDocument();
  });

  it('a sparse diary says how many more nights, in the singular when one is left', async () => {
    const last = today();
    for (let i = 0; i < 13; i++) saved(await saveCheckIn(addNights(last, -i), { noCramp: true }));
    useRoute.getState().navigate('/patterns');
    renderApp();
    expect(await screen.findByText(/Record 1 more:/)).toBeInTheDocument();
    expect(screen.getByText('Nights recorded: 13 of 91')).toBeInTheDocument();
  });

  it('speaks of fluids in the person\'s own units', async () => {
    saved(await updateSettings({ volumeUnit: 'floz' }));
    const last = today();
    for (let i = 0; i < 14; i++) {
      const night = addNights(last, -i);
      saved(await saveCheckIn(night, { fluidsMl: i < 7 ? 2000 : 500, noCramp: i >= 3 }));
    }
    useRoute.getState().navigate('/patterns');
    renderApp();
    const fluids = (await screen.findByRole('heading', { name: 'Fluids' })).parentElement!;
    expect(await within(fluids).findByText(/nights with 51 fl oz or more/)).toBeInTheDocument();
    expect(screen.queryByText(/litres/)).not.toBeInTheDocument();
  });

  it('shows counts in words once there are enough nights, and every chart has a text equivalent', async () => {
    const last = today();
    for (let i = 0; i < 20; i++) {
      const night = addNights(last, -i);
      const drinks = i < 8 ? 3 : 0;
      saved(await saveCheckIn(night, { alcoholDrinks: drinks }));
      if (i < 5 || i === 10) {
        const e = saved(await addEpisode(twoAm(night)));
        saved(await updateEpisode(e.id, { sites: [{ region: 'calf', side: 'left' }], durationBand: i === 0 ? 'over-10' : '1-5', reliefTried: ['stretch'], reliefWorked: ['stretch'] }));
      }
    }
    useRoute.getState().navigate('/patterns');
    const { user } = renderApp();
    expect(await screen.findByText('Cramps on 5 of 8 nights after 3 or more drinks (63%); on 1 of 12 nights with fewer (8%).')).toBeInTheDocument();
    expect(screen.getByText('Too few nights to tell these two apart yet: the likely ranges (95%) are 31% to 86% and 1% to 35%, and they overlap.')).toBeInTheDocument();
    const summary = screen.getByRole('heading', { name: 'In short' }).parentElement!;
    expect(within(summary).getByText('Most cramps were in the left calf: 6 of 6.')).toBeInTheDocument();
    expect(within(within(summary).getByRole('row', { name: /^Nights recorded/ })).getByRole('cell').textContent).toBe('20 of 91');
    expect(screen.getByText(/A pattern in a diary is not proof of a cause/, { selector: '#factors-title ~ p' })).toBeInTheDocument();
    expect(screen.getByText('Most often: Left calf (6).')).toBeInTheDocument();
    expect(screen.getByText('1 cramp lasted over 10 minutes. Long cramps are worth mentioning to a clinician.')).toBeInTheDocument();
    for (const img of screen.getAllByRole('img')) expect(img).toHaveAccessibleName();
    // The weekly table's counts add up to the period's: 6 nights with cramps, 6 cramps, 20 nights recorded.
    await user.click(screen.getByText('How often: Numbers'));
    const table = await within(screen.getByRole('heading', { name: 'How often' }).closest('section')!).findByRole('table');
    const column = (i: number) => within(table).getAllByRole('row').slice(1).reduce((sum, row) => sum + Number(within(row).getAllByRole('cell')[i]?.textContent), 0);
    expect([column(0), column(1), column(2)]).toEqual([20, 6, 6]);
    // A point's values can be read from the keyboard: the latest week first, then the one before.
    const chart = screen.getByRole('group', { name: /^How often, By week\./ });
    const readout = document.getElementById(chart.getAttribute('aria-describedby')!)!;
    expect(readout.textContent).toMatch(/^Week of .+: Nights with cramps \d/);
    const latest = readout.textContent;
    chart.focus();
    await user.keyboard('{ArrowLeft}');
    expect(readout.textContent).not.toBe(latest);
    expect(readout.textContent).toMatch(/^Week of .+: Nights with cramps [\d-]/);
  });

  it('hanging the foot down helping shows the circulation note beside the relief table', async () => {
    const e = saved(await addEpisode(twoAm(today())));
    saved(await updateEpisode(e.id, { reliefTried: ['hang-foot'], reliefWorked: ['hang-foot'] }));
    useRoute.getState().navigate('/patterns');
    renderApp();
    const note = await screen.findByRole('note');
    expect(within(note).getByRole('heading', { name: 'Hanging the foot down is what helps' })).toBeInTheDocument();
  });

  it('marks a medicine change and shows before and after with the prescriber note', async () => {
    const last = today();
    for (let i = 0; i < 20; i++) {
      const night = addNights(last, -i);
      if (i >= 10) saved(await addEpisode(twoAm(night)));
      else saved(await saveCheckIn(night, { noCramp: true }));
    }
    useRoute.getState().navigate('/patterns');
    const { user } = renderApp();
    await user.click(await screen.findByRole('radio', { name: 'A medicine' }));
    await user.type(screen.getByLabelText('In a few words'), 'new water tablet');
    const date = screen.getByLabelText('From');
    await user.clear(date);
    await user.type(date, addNights(last, -9));
    await user.click(screen.getByRole('button', { name: 'Mark this change' }));
    expect(await screen.findByText(/^new water tablet \(from .+\): cramps on 7 a week before, 0 a week after, over 10 nights each side\.$/)).toBeInTheDocument();
    expect(screen.getByText('Mention this to your prescriber. Do not stop or change a medicine yourself.')).toBeInTheDocument();
    await waitFor(async () => expect(await getDatabase().changes.count()).toBe(1));
  });
});
