/**
 * While a cramp lasts: how long it has been going on, and one large "The cramp is over" that records the
 * minutes from the log tap, so nobody has to estimate them at 3 a.m. Offered for an hour after the tap,
 * until a duration is recorded; the minutes stay editable in the form below.
 */
import { useEffect, useState } from 'react';
import { timedDuration, TIMER_WINDOW_MS, type Episode, type EpisodePatch } from '../../domain/episode';
import { formatNumber } from '../../i18n/format';
import { format, messages as m } from '../../i18n/messages';

interface Props {
  episode: Episode;
  locale: string;
  /** Resolves to undefined when the save failed. */
  save: (patch: EpisodePatch) => Promise<unknown>;
}

const clock = (ms: number) => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

export function CrampTimer({ episode, locale, save }: Props) {
  const [now, setNow] = useState(() => Date.now());
  const [recorded, setRecorded] = useState<number | 'under-1' | undefined>(undefined);
  const offered = recorded === undefined && timedDuration(episode, now) !== undefined;
  useEffect(() => {
    if (!offered) return;
    const tick = setInterval(() => setNow(Date.now()), 1_000);
    const end = setTimeout(() => setNow(Date.now()), Math.max(0, episode.startedAt + TIMER_WINDOW_MS - Date.now()) + 1);
    return () => {
      clearInterval(tick);
      clearTimeout(end);
    };
  }, [offered, episode.startedAt]);

  if (recorded !== undefined) {
    return <p role="status" className="timer-done">{recorded === 'under-1' ? m.episode.timerUnderMinute : format(m.episode.timerRecorded, { minutes: formatNumber(recorded, locale, 0) })}</p>;
  }
  if (!offered) return null;
  return (
    <div className="timer">
      <p className="timer-elapsed">{format(m.episode.timerRunning, { time: clock(now - episode.startedAt) })}</p>
      <button
        type="button"
        className="primary timer-stop"
        onClick={async () => {
          const patch = timedDuration(episode, Date.now());
          if (!patch) return;
          if ((await save(patch)) !== undefined) setRecorded(patch.durationMinutes ?? 'under-1');
        }}
      >
        {m.episode.timerStop}
      </button>
    </div>
  );
}
