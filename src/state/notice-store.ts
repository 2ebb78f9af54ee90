/**
 * Messages the shell shows over any screen: a storage problem, an Undo offer, a confirmation.
 */
import { create } from 'zustand';
import { classifyStorageError, type StorageProblem } from '../storage/errors';
import { InvalidEditError } from '../storage/episodes';
import { InvalidCheckInError } from '../storage/check-ins';
import { InvalidChangeError } from '../storage/changes';
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

/** The problem a failed write means to the person. */
export function problemOf(error: unknown): Problem {
  if (error instanceof InvalidEditError) return error.problem.reason === 'future' ? 'futureTime' : 'invalid';
  if (error instanceof InvalidCheckInError || error instanceof InvalidChangeError) return 'invalid';
  return classifyStorageError(error);
}

/**
 * Runs a write and turns a failure into a message; the record stays as it was. Resolves to the result,
 * or undefined when the write failed.
 */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T | undefined> {
  try {
    const result = await trackWrite(write());
    const { problem, clearProblem } = useNotices.getState();
    if (problem && !FATAL_PROBLEMS.includes(problem)) clearProblem();
    return result;
  } catch (error) {
    useNotices.getState().showProblem(problemOf(error));
    return undefined;
  }
}
