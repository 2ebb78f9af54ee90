import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addAnswerSet, completeAnswerSet } from '../../src/storage/answer-sets';
import { getDatabase } from '../../src/storage/connection';
import { addEpisode, updateEpisode } from '../../src/storage/episodes';
import { updateSettings } from '../../src/storage/settings';
import { useRoute } from '../../src/state/route-store';
import { useWizard } from '../../src/state/wizard-store';
import { logACramp, renderApp } from '../support/render-app';
import { saved } from '../support/saved';

async function choose(user: UserEvent, question: RegExp | string, option: string) {
  const group = await screen.findByRole('group', { name: question });
  await user.click(within(group).getByRole('radio', { name: option }));
}

async function tick(user: UserEvent, question: RegExp | string, option: string) {
  const group = await screen.findByRole('group', { name: question });
  await user.click(within(group).getByRole('checkbox', { name: option }));
}

async function next(user: UserEvent) {
  const step = screen.getByText(/^Step \d+ of \d+$/).textContent;
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await waitFor(() => expect(screen.getByText(/^Step \d+ of \d+$/).textContent).not.toBe(step));
}

async function startWizard(user: UserEvent) {
  useRoute.getState().navigate('/guide');
  await user.click(await screen.findByRole('button', { name: 'Start the questions' }));
  await screen.findByText('Step 1 of 16');
}

async function answerRedFlagsNo(user: UserEvent) {
  await choose(user, /suddenly turned cold/, 'No');
  await choose(user, /breathless/, 'No');
  await choose(user, /one calf swollen/, 'No');
}

describe('the wizard', () => {
  it('saves each answer as it is given and resumes at the same step after the app is closed', async () => {
    const first = renderApp();
    await startWizard(first.user);
    await answerRedFlagsNo(first.user);
    await next(first.user);
    await choose(first.user, 'How old are you?', '65 or over');
    await next(first.user);
    expect(screen.getByText('Step 3 of 16')).toBeInTheDocument();
    first.unmount();

    // The run's place survives in localStorage; the answers in the database.
    const stored = JSON.parse(localStorage.getItem('crampnote-wizard-run') ?? '{}') as { state?: { run?: { step: number } } };
    expect(stored.state?.run?.step).toBe(2);
    const sets = await getDatabase().answerSets.toArray();
    expect(sets.find((s) => s.section === 'profile')?.answers).toEqual({ age: '65-plus' });
    expect(sets.find((s) => s.section === 'symptoms')?.answers).toEqual({ 'sudden-cold-leg': 'no', 'chest-symptoms': 'no', 'calf-swollen-now': 'no' });

    const second = renderApp();
    useRoute.getState().navigate('/');
    await second.user.click(await screen.findByRole('button', { name: 'Carry on with the questions' }));
    expect(await screen.findByText('Step 3 of 16')).toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: 'Back' }));
    const age = await screen.findByRole('group', { name: 'How old are you?' });
    expect(within(age).getByRole('radio', { name: '65 or over' })).toBeChecked();
  });

  it('can be skipped at any step, and keeps "not sure" apart from "no"', async () => {
    const { user } = renderApp();
    await startWizard(user);
    await choose(user, /suddenly turned cold/, 'No');
    await choose(user, /breathless/, 'Not sure');
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(await screen.findByRole('button', { name: 'Log a cramp' })).toBeInTheDocument();
    const symptoms = (await getDatabase().answerSets.toArray()).find((s) => s.section === 'symptoms');
    expect(symptoms?.answers).toEqual({ 'sudden-cold-leg': 'no', 'chest-symptoms': 'unsure' });
    expect(useWizard.getState().run?.step).toBe(0);
    // The "check now" message survives the skip: it stays on Log until read.
    const reminder = await screen.findByRole('alert', { name: 'Check now' });
    expect(within(reminder).getByText(/short of breath.*If yes, call \d+ now/)).toBeInTheDocument();
    await user.click(within(reminder).getByRole('button', { name: 'I have read this' }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: 'Check now' })).not.toBeInTheDocument());
  });

  it('"not sure" on a red flag asks to check now, first, without saying it is an emergency', async () => {
    const { user } = renderApp();
    await startWizard(user);
    await choose(user, /suddenly turned cold/, 'Not sure');
    const alert = await screen.findByRole('alert', { name: 'Check now' });
    expect(within(alert).getByRole('link', { name: /^Call \d+/ })).toHaveAttribute('href', expect.stringMatching(/^tel:/));
    expect(within(alert).getByText(/Compare one leg with the other/)).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'Call emergency services now' })).not.toBeInTheDocument();
  });

  it('a same-or-next-day answer shows on its own step, and survives "Skip for now"', async () => {
    const { user } = renderApp();
    await startWizard(user);
    await answerRedFlagsNo(user);
    while (!screen.queryByRole('group', { name: /burning or aching toes/ })) await next(user);
    await choose(user, /burning or aching toes/, 'Yes');
    expect(await screen.findByRole('alert', { name: 'Get a circulation check today or tomorrow' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    const reminder = await screen.findByRole('alert', { name: 'Get a circulation check today or tomorrow' });
    expect(within(reminder).getByText(/Ask for a circulation check today or tomorrow/)).toBeInTheDocument();
  });

  it('shows an emergency at once, above the questions, with the number to call', async () => {
    const { user } = renderApp();
    await startWizard(user);
    await choose(user, /suddenly turned cold/, 'Yes');
    const alert = await screen.findByRole('alert', { name: 'Call emergency services now' });
    expect(within(alert).getByRole('link', { name: /^Call \d+/ })).toHaveAttribute('href', expect.stringMatching(/^tel:/));
    expect(within(alert).getByText(/A leg or foot suddenly cold, pale, blue, numb or weak: Yes/)).toBeInTheDocument();
  });

  it('"none" clears the other choices of a multi-choice question', async () => {
    const { user } = renderApp();
    await startWizard(user);
    await answerRedFlagsNo(user);
    await next(user);
    await next(user);
    await next(user);
    await tick(user, /told you that you have any of these/, 'High blood pressure');
    await tick(user, /told you that you have any of these/, 'None of these');
    await waitFor(async () => expect((await getDatabase().answerSets.toArray()).find((s) => s.section === 'profile')?.answers.conditions).toEqual(['none']));
    const group = screen.getByRole('group', { name: /told you that you have any of these/ });
    await waitFor(() => expect(within(group).getByRole('checkbox', { name: 'High blood pressure' })).not.toBeChecked());
  });
});

describe('results', () => {
  it('a finished run shows tiers most urgent first, then self-care with evidence tags', async () => {
    const { user } = renderApp();
    await startWizard(user);
    await answerRedFlagsNo(user);
    await next(user);
    await choose(user, 'How old are you?', '65 or over');
    for (let i = 0; i < 10; i++) await next(user);
    await choose(user, /burning or aching toes/, 'Yes');
    while (!screen.queryByRole('button', { name: 'See what this means' })) await next(user);
    await user.click(screen.getByRole('button', { name: 'See what this means' }));

    await screen.findByRole('heading', { name: 'What your answers mean' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['What matters most', 'Get a circulation check today or tomorrow', expect.stringMatching(/^Things you can try \(\d+\)$/), 'What we know about common advice']);
    // The top says what matters most and the one thing to do, in a few lines.
    const top = screen.getByRole('heading', { name: 'What matters most' }).parentElement!;
    expect(within(top).getByText('Toe or forefoot pain at rest, eased by hanging the foot down')).toBeInTheDocument();
    expect(within(top).getByText(/Ask for a circulation check today or tomorrow\.$/)).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Toe or forefoot pain at rest, eased by hanging the foot down' })).toBeInTheDocument();
    // The main button goes back to Log; answering again is there, but not first.
    expect(screen.getAllByRole('button').find((b) => b.className.includes('primary'))).toHaveTextContent('Back to Log');
    const tips = screen.getByRole('heading', { name: /^Things you can try/ }).closest('details')!;
    expect(within(tips).getAllByText(/^Evidence: (good|mixed|weak|none)$/).length).toBeGreaterThanOrEqual(5);
    expect(within(tips).getByText('Evidence that it does not help: good')).toBeInTheDocument();
    expect(within(tips).queryByText(/usually harmless/)).not.toBeInTheDocument();
    expect(screen.getByText(/^Based on your answers of/)).toBeInTheDocument();
    expect(useWizard.getState().run).toBeUndefined();
    expect((await getDatabase().answerSets.toArray()).every((s) => s.completedAt !== undefined)).toBe(true);
  });
});

describe('after an episode is saved', () => {
  it('a warning symptom takes the screen at once, stays on the details, on Log until read, and on the night in History', async () => {
    const { user } = renderApp();
    await logACramp(user);
    await user.click(screen.getByRole('checkbox', { name: 'One calf swollen, or warm and red' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Get seen today' });
    await waitFor(() => expect(within(dialog).getByRole('heading', { name: 'Get seen today' })).toHaveFocus());
    expect(within(dialog).getByText(/a clot can feel like a cramp/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Back to the cramp details' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByRole('alert', { name: 'Get seen today' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Cold, pale or blue foot' }));
    const emergency = await screen.findByRole('alertdialog', { name: 'Call emergency services now' });
    expect(within(emergency).getByRole('link', { name: /^Call \d+/ })).toHaveAttribute('href', expect.stringMatching(/^tel:/));
    await user.click(within(emergency).getByRole('button', { name: 'Back to the cramp details' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.getAttribute('aria-label'))).toEqual(['Call emergency services now', 'Get seen today']));

    await user.click(screen.getByRole('button', { name: 'Done' }));
    const reminder = await screen.findByRole('alert', { name: 'Call emergency services now' });
    expect(within(reminder).getByText(/blocked artery/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'History' }));
    expect(await screen.findByText('A leg or foot that suddenly turns cold, pale or blue, numb or weak')).toBeInTheDocument();
    expect(screen.getByText('One calf swollen, or warm and red')).toBeInTheDocument();
  });
});

describe('asked again on Log', () => {
  const DAY = 86_400_000;

  it('four weeks on, or after a warning in the last four weeks, looking back no further than that through a long diary', async () => {
    const now = Date.now();
    const set = saved(await addAnswerSet('symptoms', {}, now - 400 * DAY));
    saved(await completeAnswerSet(set.id, now - 400 * DAY));
    saved(await updateSettings({ lastExportAt: now })); // no export reminder to look through the diary too
    const cramps = [];
    for (let i = 1; i <= 200; i++) cramps[i] = saved(await addEpisode(now - i * DAY - 3_600_000));
    // A warning after the answers, but 200 days ago: the answers are simply due again.
    saved(await updateEpisode(cramps[200]!.id, { warnings: ['numbness'] }, now - 200 * DAY));
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    renderApp();
    expect(await screen.findByText('It has been 4 weeks: answer the symptom questions again, so changes show up.')).toBeInTheDocument();
    // The search for a warning has begun; a write waits for it to finish, then every record it read is counted.
    await waitFor(() => expect(steps.mock.calls.length).toBeGreaterThanOrEqual(20));
    await getDatabase().transaction('rw', getDatabase().episodes, () => undefined);
    // The last four weeks' cramps, not the 200 since the answers.
    expect(steps.mock.calls.length).toBeLessThan(60);
    expect(screen.queryByText(/You noted a warning sign/)).not.toBeInTheDocument();

    saved(await updateEpisode(cramps[3]!.id, { warnings: ['numbness'] }, now - 3 * DAY));
    expect(await screen.findByText('You noted a warning sign: please answer the symptom questions again.')).toBeInTheDocument();
  });
});
