/**
 * Before and after a change the person marked: a medicine (with the note to tell the prescriber) or a
 * self-care experiment. Shown only with the §5 minimum of nights; the placebo note (about 28% improve on a
 * dummy treatment) is said once, for medicines and experiments alike.
 */
import { useId, useState } from 'react';
import { CHANGE_KINDS, CHANGE_LABEL_MAX, type Change, type ChangeKind } from '../../domain/change';
import { beforeAfter, type Night } from '../../domain/patterns';
import { formatNight, formatNumber } from '../../i18n/format';
import { format } from '../../i18n/messages';
import { insights } from '../../i18n/insights';
import { addChange, deleteChange, restoreChange } from '../../storage/changes';
import { guardSave, guardWrite, useNotices } from '../../state/notice-store';
import { ChoiceGroup } from '../../ui/choice-group';

interface Props {
  changes: readonly Change[];
  nights: readonly Night[];
  lastNight: string;
  locale: string;
}

export function ChangesSection({ changes, nights, lastNight, locale }: Props) {
  const id = useId();
  const [kind, setKind] = useState<ChangeKind>('experiment');
  const [label, setLabel] = useState('');
  const [night, setNight] = useState(lastNight);
  const n = (v: number | null) => (v === null ? '-' : formatNumber(v, locale));

  const add = async () => {
    const saved = await guardSave(() => addChange(kind, label, night));
    if (saved) setLabel('');
  };
  const remove = async (change: Change) => {
    const removed = await guardWrite(() => deleteChange(change.id));
    if (removed) useNotices.getState().offerUndo({ message: insights.patterns.changeDeleted, undo: () => restoreChange(removed) });
  };

  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">{insights.patterns.changesTitle}</h2>
      <p>{insights.patterns.changesIntro}</p>
      <ul className="plain">
        {changes.map((c) => {
          const r = beforeAfter(nights, c.startNight);
          const values = { label: c.label, night: formatNight(c.startNight, locale) };
          return (
            <li key={c.id} className="card">
              {r.shown ? (
                <p>{format(insights.patterns.beforeAfter, { ...values, before: n(r.before.perWeek), after: n(r.after.perWeek), window: r.window })}</p>
              ) : (
                <>
                  <p>{format(insights.patterns.beforeAfterShort, values)}</p>
                  <p className="hint">{format(insights.patterns.beforeAfterNeeded, r.needed)}</p>
                </>
              )}
              {c.kind === 'medicine' && <p className="hint">{insights.patterns.medicineNote}</p>}
              <button type="button" className="secondary" onClick={() => remove(c)}>
                {format(insights.patterns.deleteChange, { label: c.label })}
              </button>
            </li>
          );
        })}
      </ul>
      {changes.length > 0 && <p className="hint">{insights.patterns.placeboNote}</p>}
      <ChoiceGroup legend={insights.patterns.changeKind} choices={CHANGE_KINDS.map((k) => ({ value: k, label: insights.patterns.kinds[k] }))} value={kind} onChange={setKind} />
      <div className="field">
        <label htmlFor={`${id}-label`}>{insights.patterns.changeLabel}</label>
        <input id={`${id}-label`} type="text" maxLength={CHANGE_LABEL_MAX} value={label} onChange={(e) => setLabel(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{insights.patterns.changeDate}</label>
        <input id={`${id}-date`} type="date" value={night} onChange={(e) => setNight(e.target.value)} />
      </div>
      <button type="button" className="secondary" disabled={label.trim() === ''} onClick={add}>
        {insights.patterns.addChange}
      </button>
    </section>
  );
}
