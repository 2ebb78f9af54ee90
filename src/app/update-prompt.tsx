/**
 * The quiet "Update available" prompt. Loaded after the app has started, so registering the service
 * worker never delays the bedside screen.
 */
import { messages as m } from '../i18n/messages';
import { useUpdatePrompt } from './use-update-prompt';

export default function UpdatePrompt() {
  const update = useUpdatePrompt();
  return (
    <div role="status" className="notices">
      {update.updatedElsewhere ? (
        <div className="notice update">
          <p>{m.update.updatedElsewhere}</p>
          <button type="button" className="secondary" onClick={update.reloadNow}>{m.update.reloadNow}</button>
        </div>
      ) : update.needRefresh && (
        <div className="notice update">
          <p>{m.update.available}</p>
          <button type="button" className="primary" onClick={update.apply}>{m.update.apply}</button>
          <button type="button" className="secondary" onClick={update.dismiss}>{m.update.later}</button>
        </div>
      )}
      {update.updateFailed && <p className="notice">{m.update.failed}</p>}
      {update.offlineReady && !update.needRefresh && <p className="notice">{m.update.readyOffline}</p>}
    </div>
  );
}
