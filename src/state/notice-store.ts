/**
 * Messages the shell shows over any screen: a storage problem, an Undo offer, a confirmation.
 */
import { create } from 'zustand';
import type { Checked, RecordProblem, StorageProblem } from '../domain/record';
import { classifyStorageError } from '../storage/errors';
import { trackWrite } from './pending-writes';

export type Problem = StorageProblem | 'invalid' | 'futureTime';

export interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
}

interface NoticeState {
  problem?: Problem;
  undo?: UndoOffer;
  status?: string;
  showProblem: (problem: Problem) => void;
  clearProblem: () => void;
  offerUndo: (offer: UndoOffer) => void;
  clearUndo: () => void;
  announce: (status: string) => void;
}

/** Problems that leave the database unusable until the page is reloaded: they stay until then. */
export const FATAL_PROBLEMS: readonly Problem[] = ['unavailable', 'newer-version', 'closed-by-upgrade', 'deleted-elsewhere'];

export const useNotices = create<NoticeState>((set, get) => ({
  showProblem: (problem) => {
    const current = get().problem;
    if (current && FATAL_PROBLEMS.includes(current)) return;
    set({ problem });
  },
  clearProblem: () => set({ problem: undefined }),
  offerUndo: (undo) => set({ undo }),
  clearUndo: () => set({ undo: undefined }),
  announce: (status) => set({ status }),
}));

/** The notice a refused value means to the person. */
export function noticeOf(problem: RecordProblem): Problem {
  return problem.reason === 'future' ? 'futureTime' : 'invalid';
}

/**
 * Runs a write and turns a failure of storage into a message; the record stays as it was. Resolves to the
 * result, or undefined when the write failed.
 */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T | undefined> {
  try {
    const result = await trackWrite(write());
    const { problem, clearProblem } = useNotices.getState();
    if (problem && !FATAL_PROBLEMS.includes(problem)) clearProblem();
    return result;
  } catch (error) {
    useNotices.getState().showProblem(classifyStorageError(error));
    return undefined;
  }
}

/**
 * Runs a checked write: a refused value and a failure of storage both become a message, and nothing is
 * written. Resolves to the saved record, or undefined when nothing was saved.
 */
export async function guardSave<T>(write: () => Promise<Checked<T>>): Promise<T | undefined> {
  const result = await guardWrite(write);
  if (result === undefined) return undefined;
  if (result.ok) return result.value;
  useNotices.getState().showProblem(noticeOf(result.problem));
  return undefined;
}
