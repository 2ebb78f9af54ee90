/**
 * A change the person marks on their diary's timeline: a medicine started or changed (to show the
 * prescriber), or a self-care experiment such as six weeks of bedtime stretching.
 */
import * as v from 'valibot';
import type { NightKey } from './night';
import { checkWith, night, time, uuid, type Checked, type Same } from './record';

export const CHANGE_KINDS = ['medicine', 'experiment'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  /** UUID. */
  id: string;
  kind: ChangeKind;
  /** The person's own words, e.g. "new water tablet" or "calf stretches at bedtime". */
  label: string;
  /** The first night with the change. */
  startNight: NightKey;
  createdAt: number;
  updatedAt: number;
}

export const CHANGE_LABEL_MAX = 120;

/** A whole stored change: a kind, a label of 1 to 120 characters with no spaces around it, a real night. */
export const ChangeSchema = v.pipe(
  v.object({
    id: uuid,
    kind: v.picklist(CHANGE_KINDS),
    label: v.pipe(v.string(), v.check((s) => s.trim() === s, 'inconsistent'), v.minLength(1, 'empty'), v.maxLength(CHANGE_LABEL_MAX, 'too-long')),
    startNight: night,
    createdAt: time,
    updatedAt: time,
  }),
  v.forward(v.check((c) => c.createdAt <= c.updatedAt, 'inconsistent'), ['updatedAt']),
);

const tie: Same<v.InferOutput<typeof ChangeSchema>, Change> = true;
void tie;

/** A new change from what the person typed (the label is trimmed), or the first problem. */
export function checkNewChange(id: string, kind: ChangeKind, label: string, startNight: NightKey, now: number): Checked<Change> {
  return checkWith(ChangeSchema, { id, kind, label: label.trim(), startNight, createdAt: now, updatedAt: now });
}
