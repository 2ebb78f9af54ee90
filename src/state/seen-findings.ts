/**
 * Which urgent findings about a cramp the person has already seen, so a message that took the screen does
 * not take it again each time the cramp is opened, and the Log screen's reminder can be put away. Kept in
 * localStorage by episode and finding; "delete everything" clears it with the rest.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { uiStorage } from './local-storage';

/** Where a finding was seen: the full-screen message on the cramp's details, or the reminder on Log. */
export type SeenWhere = 'takeover' | 'log';

interface SeenState {
  seen: Record<string, number>;
  markSeen: (where: SeenWhere, keys: readonly string[]) => void;
}

/** One finding about one record (an episode, or a set of answers). */
export const findingKey = (recordId: string, findingId: string) => `${recordId}:${findingId}`;

/** Where `seen` records that a finding was seen in a place. */
export const seenKey = (where: SeenWhere, key: string) => `${where}:${key}`;

/** Entries older than this are dropped: a finding is only ever current for a day. */
const KEEP_MS = 7 * 86_400_000;

export const useSeenFindings = create<SeenState>()(
  persist(
    (set) => ({
      seen: {},
      markSeen: (where, keys) =>
        set((s) => {
          const at = Date.now();
          return {
            seen: Object.fromEntries([...Object.entries(s.seen).filter(([, t]) => at - t < KEEP_MS), ...keys.map((k) => [seenKey(where, k), at] as const)]),
          };
        }),
    }),
    {
      // Do not rename without migrating: which urgent messages were seen lives under this key.
      name: 'crampnote-seen-findings',
      version: 1,
      storage: createJSONStorage(uiStorage),
      partialize: (s) => ({ seen: s.seen }),
    },
  ),
);
