/**
 * The forms and the import check with the same schema: whatever a form can save, an import accepts, and
 * whatever an import accepts, a form can save.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFile, parseExport, type WholeDiary } from './backup';
import { checkNewChange, type Change } from './change';
import { CHECK_IN_LIMITS, checkCheckInEdit, createCheckIn, type CheckIn, type CheckInPatch } from './check-in';
import { CONTEXTS, checkEpisodeEdit, createEpisode, LIMITS, REGIONS, type Episode, type EpisodePatch } from './episode';
import { limitInUnit, readTyped, type Limit } from './record';
import { checkSettingsEdit, defaultSettings, SETTINGS_LIMITS, type Settings, type SettingsPatch } from './settings';
import { temperatureForDisplay, temperatureToStored, volumeForDisplay, volumeToStored } from './units';

const NOW = Date.parse('2026-11-26T03:00:00Z');
const ID = '00000000-0000-4000-8000-000000000001';
const EMPTY: WholeDiary = { episodes: [], checkIns: [], answerSets: [], changes: [] };

/** Whether the import accepts a file holding exactly these records. */
function imports(records: Partial<WholeDiary>): boolean {
  const text = JSON.stringify(exportFile({ ...EMPTY, ...records }, NOW));
  return parseExport(text, text.length).ok;
}

const episode = createEpisode(ID, NOW - 3_600_000, 60);
const checkIn = createCheckIn(ID, '2026-11-25', NOW - 3_600_000);
const settings: Settings = { ...defaultSettings('en-GB'), updatedAt: NOW - 3_600_000 };

const episodeSaves = (patch: EpisodePatch) => checkEpisodeEdit(episode, patch, NOW);
const checkInSaves = (patch: CheckInPatch) => checkCheckInEdit(checkIn, patch, checkIn.night, ID, NOW);
const settingsSaves = (patch: SettingsPatch) => checkSettingsEdit(settings, patch, NOW);

/** Any number, the awkward ones included. */
const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -20_000, max: 20_000 }), fc.integer({ min: -200, max: 200 }).map((n) => n / 10), fc.constantFrom(0, -0, 0.5, 10.0001, Number.NaN, Infinity));
/** Anything a person might type into a number field. */
const anyText = fc.oneof(anyNumber.map(String), fc.string({ maxLength: 8 }), fc.constantFrom('', ' 7 ', '1e3', '0x10', '7.', '.5', '1,5', '-0'));

describe('a number field, its record and the import agree', () => {
  const episodeFields = Object.keys(LIMITS).filter((f) => f !== 'utcOffsetMinutes') as (keyof typeof LIMITS & keyof EpisodePatch)[];
  const checkInFields = Object.keys(CHECK_IN_LIMITS) as (keyof typeof CHECK_IN_LIMITS)[];
  const settingsFields = Object.keys(SETTINGS_LIMITS) as (keyof typeof SETTINGS_LIMITS)[];

  /** For any number in any of `fields`: the number field, the edit and the import agree. */
  function sameVerdict<F extends string>(fields: readonly F[], limits: Record<F, Limit>, edit: (field: F, n: number) => boolean, file: (field: F, n: number) => boolean, numRuns: number) {
    fc.assert(
      fc.property(fc.constantFrom(...fields), anyNumber, (field, n) => {
        const form = readTyped(String(n), limits[field]).ok;
        expect({ field, n, edit: edit(field, n), file: file(field, n) }).toEqual({ field, n, edit: form, file: form });
      }),
      { numRuns },
    );
  }

  it('episode: the field, the edit and the import give the same verdict for any number', () => {
    sameVerdict(episodeFields, LIMITS, (field, n) => episodeSaves({ [field]: n }).ok, (field, n) => imports({ episodes: [{ ...episode, [field]: n } as Episode] }), 400);
  });

  it('check-in: the field, the edit and the import give the same verdict for any number', () => {
    sameVerdict(checkInFields, CHECK_IN_LIMITS, (field, n) => checkInSaves({ [field]: n }).ok, (field, n) => imports({ checkIns: [{ ...checkIn, [field]: n } as CheckIn] }), 300);
  });

  it('settings: the hour fields, the edit and the import give the same verdict for any number', () => {
    sameVerdict(settingsFields, SETTINGS_LIMITS, (field, n) => settingsSaves({ [field]: n }).ok, (field, n) => imports({ settings: { ...settings, [field]: n } }), 200);
  });

  it('whatever is typed in °F or fl oz and accepted by the field is stored within the record and imported', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('c' as const, 'f' as const), fc.constantFrom('ml' as const, 'floz' as const), (text, t, vol) => {
        const temp = readTyped(text, limitInUnit(LIMITS.roomTempC, (c) => temperatureForDisplay(c, t), false));
        if (temp.ok && temp.value !== undefined) {
          const roomTempC = temperatureToStored(temp.value, t);
          expect(episodeSaves({ roomTempC }).ok).toBe(true);
          expect(imports({ episodes: [{ ...episode, roomTempC }] })).toBe(true);
        }
        const fluids = readTyped(text, limitInUnit(LIMITS.fluidsMl, (ml) => volumeForDisplay(ml, vol), vol === 'ml'));
        if (fluids.ok && fluids.value !== undefined) {
          const fluidsMl = volumeToStored(fluids.value, vol);
          expect(episodeSaves({ fluidsMl }).ok).toBe(true);
          expect(checkInSaves({ fluidsMl }).ok).toBe(true);
          expect(imports({ checkIns: [{ ...checkIn, fluidsMl }] })).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('choices, text and dates: the edit and the import agree', () => {
  it('a context or a place is accepted by both or by neither', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...CONTEXTS, ...REGIONS), fc.string({ maxLength: 12 })), (value) => {
        const context = episodeSaves({ context: value } as EpisodePatch).ok;
        expect(imports({ episodes: [{ ...episode, context: value } as Episode] })).toBe(context);
        const site = episodeSaves({ sites: [{ region: value, side: 'left' }] } as EpisodePatch).ok;
        expect(imports({ episodes: [{ ...episode, sites: [{ region: value, side: 'left' }] } as Episode] })).toBe(site);
      }),
    );
  });

  it('notes of any length: saved by the form exactly when the import takes them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6_000 }), (length) => {
        const notes = 'n'.repeat(length);
        expect(imports({ episodes: [{ ...episode, notes }] })).toBe(episodeSaves({ notes }).ok);
      }),
      { numRuns: 60 },
    );
  });

  it('a change marked on the timeline: what the form stores, the import takes, and what it refuses, the import refuses', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 130 }), fc.constantFrom('2026-11-20', '2026-02-29', '2024-02-29', '2026-13-01', 'yesterday'), (label, night) => {
        const made = checkNewChange(ID, 'medicine', label, night, NOW - 1000);
        const asTyped: Change = { id: ID, kind: 'medicine', label: label.trim(), startNight: night, createdAt: NOW - 1000, updatedAt: NOW - 1000 };
        expect(imports({ changes: [asTyped] })).toBe(made.ok);
      }),
    );
  });

  it('an emergency number: the settings screen and the import agree', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\+?\d{1,16}$/), fc.string({ maxLength: 10 })), (emergencyNumber) => {
        expect(imports({ settings: { ...settings, emergencyNumber } })).toBe(settingsSaves({ emergencyNumber }).ok);
      }),
    );
  });
});
