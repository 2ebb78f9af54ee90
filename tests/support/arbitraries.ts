/**
 * Random but valid diary records, for property-based tests.
 */
import fc from 'fast-check';
import { CHANGE_KINDS, type Change } from '../../src/domain/change';
import { BEDROOM_FEELS } from '../../src/domain/check-in';
import { CONTEXTS, DURATION_BANDS, REGIONS, RELIEFS, SIDES, WARNINGS, type Episode } from '../../src/domain/episode';
import type { CheckIn } from '../../src/domain/check-in';
import type { AnswerSet } from '../../src/domain/guidance/answer-set';
import { nightOf } from '../../src/domain/night';

const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2026, 10, 20);
const time = fc.integer({ min: FROM, max: TO });
const sub = <T>(values: readonly T[]) => fc.subarray([...values]);

export const episodeArb: fc.Arbitrary<Episode> = fc
  .record(
    {
      id: fc.uuid({ version: 4 }),
      startedAt: time,
      utcOffsetMinutes: fc.constantFrom(-300, 0, 60, 330, 540),
      loggedLater: fc.boolean(),
      context: fc.constantFrom(...CONTEXTS),
      sites: fc.uniqueArray(fc.record({ region: fc.constantFrom(...REGIONS), side: fc.constantFrom(...SIDES) }), { maxLength: 4, selector: (s) => `${s.side}-${s.region}` }),
      durationBand: fc.constantFrom(...DURATION_BANDS),
      durationMinutes: fc.integer({ min: 0, max: 600 }),
      intensity: fc.integer({ min: 0, max: 10 }),
      reliefTried: sub(RELIEFS),
      reliefWorked: sub(RELIEFS),
      sleepLostMinutes: fc.integer({ min: 0, max: 720 }),
      roomTempC: fc.integer({ min: -100, max: 500 }).map((t) => t / 10),
      fluidsMl: fc.integer({ min: 0, max: 10_000 }),
      caffeineDrinks: fc.integer({ min: 0, max: 30 }),
      alcoholDrinks: fc.integer({ min: 0, max: 50 }),
      warnings: sub(WARNINGS),
      notes: fc.string({ maxLength: 200 }),
      edit: fc.integer({ min: 0, max: 86_400_000 }),
    },
    { requiredKeys: ['id', 'startedAt', 'utcOffsetMinutes', 'loggedLater', 'sites', 'reliefTried', 'reliefWorked', 'warnings', 'notes', 'edit'] },
  )
  .map(({ edit, ...e }) => ({ ...e, night: nightOf(e.startedAt, e.utcOffsetMinutes), createdAt: e.startedAt, updatedAt: e.startedAt + edit }));

export const checkInArb = (night: string): fc.Arbitrary<CheckIn> =>
  fc
    .record(
      {
        id: fc.uuid({ version: 4 }),
        noCramp: fc.boolean(),
        alcoholDrinks: fc.integer({ min: 0, max: 50 }),
        caffeineDrinks: fc.integer({ min: 0, max: 30 }),
        caffeineAfter2pm: fc.boolean(),
        fluidsMl: fc.integer({ min: 0, max: 10_000 }),
        exerciseMinutes: fc.integer({ min: 0, max: 1440 }),
        hoursOnFeet: fc.integer({ min: 0, max: 48 }).map((h) => h / 2),
        stretchDone: fc.boolean(),
        bedroom: fc.constantFrom(...BEDROOM_FEELS),
        at: time,
      },
      { requiredKeys: ['id', 'noCramp', 'at'] },
    )
    .map(({ at, ...c }) => ({ ...c, night, createdAt: at, updatedAt: at }));

export const answerSetArb: fc.Arbitrary<AnswerSet> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    section: fc.constantFrom('profile' as const, 'symptoms' as const),
    age: fc.constantFrom('under-18', '18-49', '50-64', '65-plus', 'prefer-not'),
    where: sub(['toes', 'calf', 'thigh', 'arch']),
    sleep: fc.integer({ min: 0, max: 10 }),
    at: time,
    done: fc.boolean(),
  })
  .map(({ id, section, age, where, sleep, at, done }) => ({
    id,
    section,
    answers: section === 'profile' ? { age } : { where, 'sleep-effect': sleep },
    ...(done ? { completedAt: at } : {}),
    createdAt: at,
    updatedAt: at,
  }));

export const changeArb: fc.Arbitrary<Change> = fc
  .record({ id: fc.uuid({ version: 4 }), kind: fc.constantFrom(...CHANGE_KINDS), label: fc.string({ minLength: 1, maxLength: 120 }).map((s) => s.trim()).filter((s) => s.length > 0), day: fc.integer({ min: 0, max: 2000 }), at: time })
  .map(({ day, at, ...c }) => ({ ...c, startNight: new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString().slice(0, 10), createdAt: at, updatedAt: at }));

/** A diary: episodes, one check-in per distinct night, answer sets and changes. */
export const diaryArb = fc
  .record({
    episodes: fc.uniqueArray(episodeArb, { maxLength: 25, selector: (e) => e.id }),
    nights: fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { maxLength: 15 }),
    answerSets: fc.uniqueArray(answerSetArb, { maxLength: 4, selector: (s) => s.id }),
    changes: fc.uniqueArray(changeArb, { maxLength: 3, selector: (c) => c.id }),
  })
  .chain(({ episodes, nights, answerSets, changes }) =>
    fc
      .tuple(...nights.map((n) => checkInArb(new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))))
      .map((checkIns) => ({ episodes, checkIns: checkIns as CheckIn[], answerSets, changes })),
  );
