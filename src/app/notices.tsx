/**
 * The messages above every screen. A storage problem stays at the top of the screen until it is dealt with.
 * Undo and a passing status come and go by themselves: they float above the bottom navigation (see
 * `.toasts`), so their coming and going never moves the screen under a finger.
 */
import { useEffect } from 'react';
import { messages as m } from '../i18n/messages';
import { FATAL_PROBLEMS, guardWrite, useNotices } from '../state/notice-store';

const UNDO_MS = 10_000;

export function Notices() {
  const { problem, clearProblem } = useNotices();
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
    </div>
  );
}

export function PassingNotices() {
  const { undo, status, clearUndo, announce } = useNotices();

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

  return (
    <div role="status">
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
  );
}
