/**
 * The quiet "Update available" prompt, with the update's other passing lines, above the bottom navigation.
 * Loaded after the app has started, so registering the service worker never delays the bedside screen.
 */
import { screens } from '../i18n/screens';
import { useUpdatePrompt } from './use-update-prompt';

export default function UpdatePrompt() {
  const update = useUpdatePrompt();
  return (
    <div role="status">
      {update.updatedElsewhere ? (
        <div className="notice update">
          <p>{screens.update.updatedElsewhere}</p>
          <button type="button" className="secondary" onClick={update.reloadNow}>{screens.update.reloadNow}</button>
        </div>
      ) : update.needRefresh && (
        <div className="notice update">
          <p>{screens.update.available}</p>
          <button type="button" className="primary" onClick={update.apply}>{screens.update.apply}</button>
          <button type="button" className="secondary" onClick={update.dismiss}>{screens.update.later}</button>
        </div>
      )}
      {update.updateFailed && <p className="notice">{screens.update.failed}</p>}
      {update.offlineReady && !update.needRefresh && <p className="notice">{screens.update.readyOffline}</p>}
    </div>
  );
}
