/**
 * What was tried and what helped, in one list: each method is a check ("tried"), and once tried it offers
 * its own "It helped" beside it. Both save at once; "It helped" on its own also marks the method tried.
 */
import { RELIEFS, type Episode, type EpisodePatch, type Relief } from '../../domain/episode';
import { toggleHelped, toggleTried } from '../../domain/episode-details';
import { format } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { useOptimisticValue, type SaveResult } from '../../ui/use-optimistic-value';

type ReliefMarks = Pick<Episode, 'reliefTried' | 'reliefWorked'>;

interface Props {
  episode: ReliefMarks;
  save: (change: (e: Episode) => EpisodePatch) => SaveResult;
}

export function ReliefList({ episode, save }: Props) {
  const stored: ReliefMarks = { reliefTried: episode.reliefTried, reliefWorked: episode.reliefWorked };
  const [shown, change] = useOptimisticValue(stored);
  const tried = (r: Relief) => shown.reliefTried.includes(r);
  const helped = (r: Relief) => shown.reliefWorked.includes(r);
  const apply = (patch: (e: ReliefMarks) => ReliefMarks) => change({ ...shown, ...patch(shown) }, () => save((e) => patch(e)));
  return (
    <fieldset className="field relief">
      <legend>{screens.details.relief}</legend>
      <p className="hint">{screens.details.reliefHint}</p>
      <ul className="plain relief-rows">
        {RELIEFS.map((r) => (
          <li key={r} className="relief-row">
            <label className="choice">
              <input type="checkbox" checked={tried(r)} onChange={() => apply((e) => ({ ...e, ...toggleTried(e, r) }))} />
              <span>{screens.reliefs[r]}</span>
            </label>
            {r !== 'nothing' && tried(r) && (
              <label className="choice helped">
                <input
                  type="checkbox"
                  checked={helped(r)}
                  aria-label={format(screens.details.reliefHelpedName, { method: screens.reliefs[r] })}
                  onChange={() => apply((e) => ({ ...e, ...toggleHelped(e, r) }))}
                />
                <span aria-hidden="true">{screens.details.reliefHelped}</span>
              </label>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
