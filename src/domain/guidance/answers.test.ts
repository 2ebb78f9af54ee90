import { describe, expect, it } from 'vitest';
import type { AnswerSet } from './answer-set';
import { shouldReask, SYMPTOMS_REASK_DAYS, warningSearchFrom } from './answers';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 27, 6, 30);
const answered = (at: number): AnswerSet => ({ id: '3c9e1f20-7a4b-4d2e-8f10-2b3c4d5e6f02', section: 'symptoms', answers: {}, completedAt: at, createdAt: at - 60_000, updatedAt: at });

describe('asking the symptom questions again', () => {
  it('looks for a warning only after the last answers, and no further back than four weeks', () => {
    expect(warningSearchFrom(undefined, NOW)).toBeUndefined();
    expect(warningSearchFrom(answered(NOW - 3 * DAY), NOW)).toBe(NOW - 3 * DAY);
    // Answered years ago: four weeks back from the hour, not years back through the diary.
    expect(warningSearchFrom(answered(NOW - 9 * 365 * DAY), NOW)).toBe(Date.UTC(2026, 10, 27, 6) - SYMPTOMS_REASK_DAYS * DAY);
    // The same all through the hour, so the search is not started again every minute.
    expect(warningSearchFrom(answered(NOW - 90 * DAY), NOW + 20 * 60_000)).toBe(warningSearchFrom(answered(NOW - 90 * DAY), NOW));
  });

  it('offers them the first time, after a warning since the answers, and four weeks on', () => {
    expect(shouldReask(undefined, NOW)).toBe('first');
    expect(shouldReask(answered(NOW - 3 * DAY), NOW)).toBeNull();
    expect(shouldReask(answered(NOW - 3 * DAY), NOW, NOW - DAY)).toBe('warning');
    expect(shouldReask(answered(NOW - 3 * DAY), NOW, NOW - 4 * DAY)).toBeNull();
    expect(shouldReask(answered(NOW - SYMPTOMS_REASK_DAYS * DAY), NOW)).toBe('due');
  });
});
