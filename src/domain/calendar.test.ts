import { describe, expect, it } from 'vitest';
import { addMonths, monthCalendar, monthNights } from './calendar';
import { createCheckIn } from './check-in';
import { createEpisode } from './episode';
import { groupByNight } from './history';

const at = (iso: string) => Date.parse(iso);

describe('the month calendar', () => {
  const e1 = createEpisode('a', at('2026-11-12T23:00:00Z'), 0);
  const e2 = createEpisode('b', at('2026-11-13T03:00:00Z'), 0);
  const quiet = { ...createCheckIn('c', '2026-11-14', 0), noCramp: true };
  const unsaid = createCheckIn('d', '2026-11-15', 0);
  const nights = groupByNight([e1, e2], [quiet, unsaid]);

  it('puts each night of the month under its weekday, from the locale\'s first day', () => {
    // 1 November 2026 is a Sunday.
    const mondayFirst = monthCalendar('2026-11', nights, '2026-11-25', 1);
    expect(mondayFirst[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(mondayFirst[0]![6]?.night).toBe('2026-11-01');
    expect(mondayFirst.flat().filter(Boolean)).toHaveLength(30);
    expect(mondayFirst.every((week) => week.length === 7)).toBe(true);
    const sundayFirst = monthCalendar('2026-11', nights, '2026-11-25', 7);
    expect(sundayFirst[0]![0]?.night).toBe('2026-11-01');
    expect(sundayFirst.at(-1)!.filter(Boolean).at(-1)?.night).toBe('2026-11-30');
  });

  it('tells cramp nights, nights without a cramp, nights not recorded and nights to come apart', () => {
    const days = new Map(monthCalendar('2026-11', nights, '2026-11-25', 1).flat().flatMap((c) => (c ? [[c.night, c]] : [])));
    expect(days.get('2026-11-12')).toMatchObject({ kind: 'cramps', cramps: 2, recorded: true, day: 12 });
    expect(days.get('2026-11-14')).toMatchObject({ kind: 'no-cramp', recorded: true });
    // A check-in that does not say whether there was a cramp is not a night without one.
    expect(days.get('2026-11-15')).toMatchObject({ kind: 'unknown', recorded: true });
    expect(days.get('2026-11-16')).toMatchObject({ kind: 'unknown', recorded: false });
    expect(days.get('2026-11-26')).toMatchObject({ kind: 'to-come', recorded: false });
  });

  it('steps months across years and knows their length', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthNights('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
  });
});
