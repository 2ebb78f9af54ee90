import { describe, expect, it } from 'vitest';
import { createCheckIn } from './check-in';
import { checkInsCsv, episodesCsv, isoWithOffset } from './csv';
import { createEpisode } from './episode';

describe('CSV export', () => {
  it('writes local times with their UTC offset', () => {
    expect(isoWithOffset(Date.UTC(2026, 10, 26, 1, 14), 60)).toBe('2026-11-26T02:14:00+01:00');
    expect(isoWithOffset(Date.UTC(2026, 10, 26, 7, 0), -330)).toBe('2026-11-26T01:30:00-05:30');
  });

  it('has one row per episode, units in the headers, and quotes what needs quoting', () => {
    const e = { ...createEpisode('e1', Date.UTC(2026, 10, 26, 2), 0), notes: 'calf, then "arch"\nagain', roomTempC: 19.5, sites: [{ region: 'calf' as const, side: 'left' as const }] };
    const [header, row, end] = episodesCsv([e]).split('\r\n');
    expect(header).toContain('room_temp_c');
    expect(header).toContain('fluids_ml');
    expect(header).toContain('intensity_0_to_10');
    expect(row).toContain('2026-11-26T02:00:00+00:00,2026-11-25,false');
    expect(row).toContain('left calf');
    expect(row).toContain('19.5');
    expect(episodesCsv([e])).toContain('"calf, then ""arch""\nagain"');
    expect(end).toBe('');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const e = { ...createEpisode('e1', Date.UTC(2026, 10, 26, 2), 0), notes: '=HYPERLINK("http://x")' };
    expect(episodesCsv([e])).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(episodesCsv([{ ...e, notes: '+1' }])).toContain(",'+1,");
  });

  it('writes check-ins in night order', () => {
    const csv = checkInsCsv([{ ...createCheckIn('b', '2026-11-25', 0), noCramp: true, fluidsMl: 1500 }, createCheckIn('a', '2026-11-20', 0)]);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('id,night,no_cramp,alcohol_drinks,caffeine_drinks,caffeine_after_2pm,fluids_ml,exercise_minutes,hours_on_feet,bedtime_stretch,bedroom,created_at,updated_at');
    expect(lines[1]).toMatch(/^a,2026-11-20,false,/);
    expect(lines[2]).toMatch(/^b,2026-11-25,true,,,,1500,/);
  });
});
