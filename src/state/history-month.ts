/**
 * The month History shows, kept while the app runs so that coming back from a record returns to it.
 * Unset means the latest month.
 */
import { create } from 'zustand';
import type { MonthKey } from '../domain/calendar';

interface HistoryMonth {
  month?: MonthKey;
  setMonth: (month: MonthKey) => void;
}

export const useHistoryMonth = create<HistoryMonth>((set) => ({
  setMonth: (month) => set({ month }),
}));
