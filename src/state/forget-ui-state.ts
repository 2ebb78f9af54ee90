/**
 * What the app keeps about the diary outside the database: the half-done wizard, which urgent messages
 * were read, drafts not yet stored, the month History shows. Deleting everything forgets all of it, in memory and in localStorage.
 */
import { useHistoryMonth } from './history-month';
import { clearUiStorage } from './local-storage';
import { useSeenFindings } from './seen-findings';
import { forgetDrafts } from './unsaved';
import { useWizard } from './wizard-store';

export function forgetUiState(): void {
  useWizard.getState().end();
  useSeenFindings.setState({ seen: {} });
  useHistoryMonth.setState({ month: undefined });
  forgetDrafts();
  // Last: the stores above write their emptied state back to localStorage as they change.
  clearUiStorage();
}
