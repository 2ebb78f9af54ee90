/**
 * A change the person marks on their diary's timeline: a medicine started or changed (to show the
 * prescriber), or a self-care experiment such as six weeks of bedtime stretching.
 */
import type { NightKey } from './night';

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
