/**
 * The messages that sit above every screen: storage problems, Undo, and the update prompt.
 */
import { useEffect } from 'react';
import { messages as m } from '../i18n/messages';
import { FATAL_PROBLEMS, guardWrite, useNotices } from '../state/notice-store';
import { useUpdatePrompt } from './use-update-prompt';

const UNDO_MS = 10_000;

export function Notices() {
  const { problem, undo, clearProblem, clearUndo } = useNotices();
  const update = useUpdatePrompt();

  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(clearUndo, UNDO_MS);
    return () => clearTimeout(t);
  }, [undo, clearUndo]);

  const fatal = problem !== undefined && FATAL_PROBLEMS.includes(problem);
  return (
    <div className="notices">
      {problem && (
        <div role="alert" className="notice problem">
          <p>{m.problems[problem]}</p>
          {fatal ? (
            <button type="button" className="secondary" onClick={() => location.reload()}>{m.problems.reload}</button>
          ) : (
            <button type="button" className="secondary" onClick={clearProblem}>{m.dismiss}</button>
          )}
        </div>
      )}
      <div role="status" className="notice-status">
        {undo && (
          <div className="notice">
            <p>{undo.message}</p>
            <button
              type="button"
              className="secondary"
              onClick={async () => {
                clearUndo();
                await guardWrite(undo.undo);
              }}
            >
              {m.undo}
            </button>
          </div>
        )}
        {update.needRefresh && (
          <div className="notice update">
            <p>{m.update.available}</p>
            <button type="button" className="primary" onClick={update.apply}>{m.update.apply}</button>
            <button type="button" className="secondary" onClick={update.dismiss}>{m.update.later}</button>
          </div>
        )}
        {update.offlineReady && !update.needRefresh && <p className="notice">{m.update.readyOffline}</p>}
      </div>
    </div>
  );
}
