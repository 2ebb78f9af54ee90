/**
 * Reminders that work offline with no server: the person picks a morning and/or an evening time, and the
 * app makes a calendar file with a daily event and an alarm for each, for their phone's own calendar.
 * Nothing is sent anywhere, and nothing is kept here: the calendar holds the reminders.
 */
import { useId, useState } from 'react';
import { isTimeOfDay, reminderCalendar, type Reminder, type ReminderKind } from '../../domain/reminders';
import { toLocalInputs } from '../../i18n/format';
import { screens } from '../../i18n/screens';
import { deliverFiles } from '../../ui/deliver-files';

const KINDS: readonly ReminderKind[] = ['morning', 'evening'];
const DEFAULT_TIME: Record<ReminderKind, string> = { morning: '07:30', evening: '21:00' };

export function RemindersSection() {
  const id = useId();
  const [chosen, setChosen] = useState<Record<ReminderKind, boolean>>({ morning: true, evening: true });
  const [times, setTimes] = useState<Record<ReminderKind, string>>(DEFAULT_TIME);
  const [status, setStatus] = useState('');
  const words = screens.settings.reminders;
  const picked = KINDS.filter((k) => chosen[k]);
  const valid = picked.length > 0 && picked.every((k) => isTimeOfDay(times[k]));

  const make = async () => {
    const reminders: Reminder[] = picked.map((kind) => ({ kind, time: times[kind], summary: words[kind].summary, description: words[kind].description }));
    const now = Date.now();
    const ics = reminderCalendar(reminders, toLocalInputs(now).date, new URL('/', window.location.href).href, now);
    const delivered = await deliverFiles([new File([ics], 'crampnote-reminders.ics', { type: 'text/calendar' })], words.title);
    if (delivered !== 'cancelled') setStatus(words.made);
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{words.title}</h2>
      <p>{words.intro}</p>
      {KINDS.map((kind) => (
        <div key={kind} className="reminder">
          <label className="check">
            <input type="checkbox" checked={chosen[kind]} onChange={(e) => setChosen({ ...chosen, [kind]: e.target.checked })} /> {words[kind].label}
          </label>
          <label className="visually-hidden" htmlFor={`${id}-${kind}`}>{words[kind].time}</label>
          <input id={`${id}-${kind}`} type="time" value={times[kind]} disabled={!chosen[kind]} onChange={(e) => setTimes({ ...times, [kind]: e.target.value })} />
        </div>
      ))}
      <button type="button" className="secondary" disabled={!valid} onClick={() => void make()}>{words.add}</button>
      <p role="status">{status}</p>
      <p className="hint">{words.platforms}</p>
    </section>
  );
}
