/**
 * The messages that sit above every screen: storage problems and Undo.
 */
import { useEffect } from 'react';
import { messages as m } from '../i18n/messages';
import { FATAL_PROBLEMS, guardWrite, useNotices } from '../state/notice-store';

const UNDO_MS = 10_000;

export function Notices() {
  const { problem, undo, status, clearProblem, clearUndo, announce } = useNotices();

  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(clearUndo, UNDO_MS);
    return () => clearTimeout(t);
  }, [undo, clearUndo]);

  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => announce(''), UNDO_MS);
    return () => clearTimeout(t);
  }, [status, announce]);

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
        {status && <p className="notice">{status}</p>}
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
      </div>
    </div>
  );
}
