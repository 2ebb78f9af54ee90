/**
 * What the app keeps about the diary outside the database: the half-done wizard, which urgent messages
 * were read, drafts not yet stored. Deleting everything forgets all of it, in memory and in localStorage.
 */
import { clearUiStorage } from './local-storage';
import { useSeenFindings } from './seen-findings';
import { forgetDrafts } from './unsaved';
import { useWizard } from './wizard-store';

export function forgetUiState(): void {
  useWizard.getState().end();
  useSeenFindings.setState({ seen: {} });
  forgetDrafts();
  // Last: the stores above write their emptied state back to localStorage as they change.
  clearUiStorage();
}
