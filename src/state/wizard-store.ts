/**
 * Where the person is in the wizard, kept across closing the app and updates (localStorage), so it
 * resumes exactly there. The answers themselves are in the database, saved as they are given.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { uiStorage } from './local-storage';

export interface WizardRun {
  profileSetId: string;
  symptomsSetId: string;
  includeProfile: boolean;
  step: number;
}

interface WizardState {
  run?: WizardRun;
  begin: (run: WizardRun) => void;
  goTo: (step: number) => void;
  end: () => void;
}

export const useWizard = create<WizardState>()(
  persist(
    (set) => ({
      begin: (run) => set({ run }),
      goTo: (step) => set((s) => (s.run ? { run: { ...s.run, step: Math.max(0, step) } } : s)),
      end: () => set({ run: undefined }),
    }),
    {
      // Do not rename without migrating: a half-answered wizard lives under this key.
      name: 'crampnote-wizard-run',
      version: 1,
      storage: createJSONStorage(uiStorage),
      partialize: (s) => ({ run: s.run }),
    },
  ),
);
