/**
 * Which range the Patterns screen shows, kept while the app is open.
 */
import { create } from 'zustand';

export const PATTERN_RANGES = ['4w', '3m', '1y', 'all'] as const;
export type PatternRange = (typeof PATTERN_RANGES)[number];

export const usePatternsView = create<{ range: PatternRange; setRange: (range: PatternRange) => void }>((set) => ({
  range: '3m',
  setRange: (range) => set({ range }),
}));
