/**
 * The schemas of every stored record, used to check files before import, and tied to the record types at
 * compile time (below) so the database's records and the import can never drift apart.
 */
import * as v from 'valibot';
import { CHANGE_KINDS, CHANGE_LABEL_MAX, type Change } from './change';
import { BEDROOM_FEELS, CHECK_IN_LIMITS, type CheckIn } from './check-in';
import { CONTEXTS, DURATION_BANDS, EARLIEST_START, LIMITS, REGIONS, RELIEFS, SIDES, WARNINGS, type Episode } from './episode';
import type { AnswerSet } from './guidance/answer-set';
import { isValidAnswer, QUESTION_IDS, type QuestionId } from './guidance/questions';
import { isNightKey, nightOf } from './night';
import { CLOCKS, THEME_MODES, type Settings } from './settings';

const uuid = v.pipe(v.string(), v.uuid());
const time = v.pipe(v.number(), v.integer(), v.minValue(EARLIEST_START));
const ranged = ({ min, max }: { min: number; max: number }) => v.pipe(v.number(), v.minValue(min), v.maxValue(max));
const night = v.pipe(v.string(), v.check(isNightKey, 'not a real date'));

export const EpisodeSchema = v.pipe(
  v.object({
    id: uuid,
    startedAt: time,
    utcOffsetMinutes: v.pipe(v.number(), v.integer(), v.minValue(-14 * 60), v.maxValue(14 * 60)),
    night,
    loggedLater: v.boolean(),
    context: v.optional(v.picklist(CONTEXTS)),
    sites: v.array(v.object({ region: v.picklist(REGIONS), side: v.picklist(SIDES) })),
    durationBand: v.optional(v.picklist(DURATION_BANDS)),
    durationMinutes: v.optional(ranged(LIMITS.durationMinutes)),
    intensity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
    reliefTried: v.array(v.picklist(RELIEFS)),
    reliefWorked: v.array(v.picklist(RELIEFS)),
    sleepLostMinutes: v.optional(ranged(LIMITS.sleepLostMinutes)),
    roomTempC: v.optional(ranged(LIMITS.roomTempC)),
    fluidsMl: v.optional(ranged(LIMITS.fluidsMl)),
    caffeineDrinks: v.optional(ranged(LIMITS.caffeineDrinks)),
    alcoholDrinks: v.optional(ranged(LIMITS.alcoholDrinks)),
    warnings: v.array(v.picklist(WARNINGS)),
    notes: v.pipe(v.string(), v.maxLength(LIMITS.notesLength.max)),
    createdAt: time,
    updatedAt: time,
  }),
  v.check((e) => e.night === nightOf(e.startedAt, e.utcOffsetMinutes), 'night does not match the start time'),
  v.check((e) => e.createdAt <= e.updatedAt, 'changed before it was made'),
);

export const CheckInSchema = v.pipe(
  v.object({
    id: uuid,
    night,
    noCramp: v.boolean(),
    alcoholDrinks: v.optional(ranged(CHECK_IN_LIMITS.alcoholDrinks)),
    caffeineDrinks: v.optional(ranged(CHECK_IN_LIMITS.caffeineDrinks)),
    caffeineAfter2pm: v.optional(v.boolean()),
    fluidsMl: v.optional(ranged(CHECK_IN_LIMITS.fluidsMl)),
    exerciseMinutes: v.optional(ranged(CHECK_IN_LIMITS.exerciseMinutes)),
    hoursOnFeet: v.optional(ranged(CHECK_IN_LIMITS.hoursOnFeet)),
    stretchDone: v.optional(v.boolean()),
    bedroom: v.optional(v.picklist(BEDROOM_FEELS)),
    createdAt: time,
    updatedAt: time,
  }),
  v.check((c) => c.createdAt <= c.updatedAt, 'changed before it was made'),
);

export const SettingsSchema = v.object({
  id: v.literal('app'),
  temperatureUnit: v.picklist(['c', 'f']),
  volumeUnit: v.picklist(['ml', 'floz']),
  clock: v.picklist(CLOCKS),
  theme: v.picklist(THEME_MODES),
  nightFromHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
  nightToHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
  emergencyNumber: v.pipe(v.string(), v.regex(/^\+?\d{2,15}$/)),
  installHintDismissed: v.boolean(),
  lastExportAt: v.optional(time),
  updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const AnswersSchema = v.pipe(
  v.record(v.picklist(QUESTION_IDS), v.union([v.string(), v.array(v.string()), v.number()])),
  v.check((answers) => Object.entries(answers).every(([id, value]) => isValidAnswer(id as QuestionId, value)), 'an answer is not one the question offers'),
);

export const AnswerSetSchema = v.pipe(
  v.object({
    id: uuid,
    section: v.picklist(['profile', 'symptoms']),
    answers: AnswersSchema,
    completedAt: v.optional(time),
    createdAt: time,
    updatedAt: time,
  }),
  v.check((s) => s.createdAt <= s.updatedAt, 'changed before it was made'),
);

export const ChangeSchema = v.pipe(
  v.object({
    id: uuid,
    kind: v.picklist(CHANGE_KINDS),
    label: v.pipe(v.string(), v.maxLength(CHANGE_LABEL_MAX)),
    startNight: night,
    createdAt: time,
    updatedAt: time,
  }),
  v.check((c) => c.createdAt <= c.updatedAt, 'changed before it was made'),
);

// Compile-time ties between the schemas and the record types: a field added to one and not the other
// fails the type-check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false) : false;
const ties: [
  Same<v.InferOutput<typeof EpisodeSchema>, Episode>,
  Same<v.InferOutput<typeof CheckInSchema>, CheckIn>,
  Same<v.InferOutput<typeof SettingsSchema>, Settings>,
  Same<v.InferOutput<typeof AnswerSetSchema>, AnswerSet>,
  Same<v.InferOutput<typeof ChangeSchema>, Change>,
] = [true, true, true, true, true];
void ties;
