import { describe, expect, it } from 'vitest';
import { activeSteps, answer, askedIn, isValidAnswer, QUESTIONS, STEPS } from './questions';

describe('answering', () => {
  it('toggles options of a multi question, keeping their order', () => {
    let a = answer({}, 'conditions', 'thyroid');
    a = answer(a, 'conditions', 'kidney');
    expect(a.conditions).toEqual(['kidney', 'thyroid']);
    expect(answer(a, 'conditions', 'kidney').conditions).toEqual(['thyroid']);
  });

  it('"none" and "not sure" stand alone', () => {
    const some = answer(answer({}, 'conditions', 'thyroid'), 'conditions', 'liver');
    expect(answer(some, 'conditions', 'none').conditions).toEqual(['none']);
    expect(answer(answer(some, 'conditions', 'unsure'), 'conditions', 'liver').conditions).toEqual(['liver']);
  });

  it('replaces a single answer', () => {
    expect(answer({ age: '18-49' }, 'age', '65-plus').age).toBe('65-plus');
  });

  it('checks stored answers against their question', () => {
    expect(isValidAnswer('age', '65-plus')).toBe(true);
    expect(isValidAnswer('age', '66')).toBe(false);
    expect(isValidAnswer('conditions', ['thyroid', 'gout'])).toBe(false);
    expect(isValidAnswer('sleep-effect', 11)).toBe(false);
    expect(isValidAnswer('alcohol-per-week', 12)).toBe(true);
  });
});

describe('steps', () => {
  it('asks every question in exactly one step, red flags first', () => {
    const all = STEPS.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toEqual(new Set(QUESTIONS.map((q) => q.id)));
    expect(STEPS[0]).toEqual(['sudden-cold-leg', 'chest-symptoms', 'calf-swollen-now']);
  });

  it('asks follow-ups only when they apply', () => {
    const walking = STEPS.find((s) => s.includes('walking-pain'))!;
    expect(askedIn(walking, {}).map((q) => q.id)).toEqual(['walking-pain']);
    expect(askedIn(walking, { 'walking-pain': 'yes' }).map((q) => q.id)).toEqual(['walking-pain', 'walking-starts-at-rest', 'walking-eases-10', 'walking-where']);
    const foot = STEPS.find((s) => s.includes('diabetic-foot'))!;
    expect(askedIn(foot, { diabetes: 'no' }).map((q) => q.id)).toEqual(['dirty-wound']);
    expect(askedIn(foot, { diabetes: 'type-2' }).map((q) => q.id)).toEqual(['diabetic-foot', 'dirty-wound']);
    expect(askedIn(foot, { diabetes: 'unsure' }).map((q) => q.id)).toEqual(['diabetic-foot', 'dirty-wound']);
  });

  it('leaves the profile out on a symptoms-only run', () => {
    const withProfile = activeSteps({}, true);
    const withoutProfile = activeSteps({}, false);
    expect(withoutProfile.length).toBeLessThan(withProfile.length);
    expect(withoutProfile.flat()).not.toContain('age');
    expect(withoutProfile.flat()).toContain('sudden-cold-leg');
  });
});
