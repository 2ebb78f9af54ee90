/**
 * The bedside screen: one large "Log a cramp" button; in the morning the one-tap "No cramp last night",
 * the details last night's cramps still lack and last night's check-in; in the evening tonight's check-in.
 * A finished check-in is confirmed here. While the diary is locked, only the log and a way to unlock.
 */
import { lazy, Suspense, useCallback, useEffect } from 'react';
import { formatNight, formatTime, plural } from '../../i18n/format';
import { messages as m, format } from '../../i18n/messages';
import { addEpisode } from '../../storage/episodes';
import { hasEvening } from '../../domain/check-in';
import { lacksDetails } from '../../domain/episode';
import { checkInNight, lastNight } from '../../domain/night';
import { deviceUtcOffset } from '../../platform/locale';
import { useCheckInsOf, useEpisodesOfNight } from '../../storage/live';
import { useLockState } from '../../storage/lock-state';
import { guardSave } from '../../state/notice-store';
import { takeEarlyTap } from '../../state/early-tap';
import { paths } from '../../state/paths';
import { useRoute } from '../../state/route-store';
import { ExportReminder } from './export-reminder';
import { InstallHint } from './install-hint';
import { useLocaleAndClock } from '../../ui/use-locale-and-clock';
import { useNow } from '../../ui/use-now';

const UrgentReminder = lazy(() => import('./urgent-reminder'));
const GuidePrompt = lazy(() => import('./guide-prompt'));

interface Props {
  /** Called once the first save has happened, to ask for persistent storage. */
  onSaved: () => void;
  /** True once the app has started and the browser is idle: what is not needed for the first tap waits for it. */
  started: boolean;
}

export function HomeScreen({ onSaved, started }: Props) {
  useEffect(() => {
    performance.mark('log-ready');
  }, []);
  const navigate = useRoute((s) => s.navigate);
  const now = useNow();
  const night = lastNight(now, deviceUtcOffset(now));
  // In the evening Log offers tonight's check-in; after midnight and through the day, last night's.
  const offered = checkInNight(now, deviceUtcOffset(now));
  const checkIns = useCheckInsOf(night, offered.night);
  const checkIn = checkIns?.[0];
  const offeredCheckIn = checkIns?.[1];
  const checkInDone = offeredCheckIn ? hasEvening(offeredCheckIn) : false;
  const episodes = useEpisodesOfNight(night);
  const cramps = episodes?.length;
  const { locale, hour12 } = useLocaleAndClock();
  const nightLabel = formatNight(night, locale);
  const lock = useLockState();
  const locked = lock === 'locked';
  // The reminders below read the diary's content: they wait until the lock's state is known, so a locked
  // diary is never searched for them (each record of its range would be stepped over, unreadable: seconds
  // for a long diary, during which the next save waited).
  const readable = lock === 'off' || lock === 'unlocked';

  const log = useCallback(
    async (at?: number) => {
      performance.mark('log-tap');
      const episode = await guardSave(() => addEpisode(at));
      if (!episode) return;
      onSaved();
      navigate(paths.episode(episode.id));
    },
    [onSaved, navigate],
  );

  // A tap on the page's first paint, before the app had started, is logged now, at its own time (taken once).
  useEffect(() => {
    const early = takeEarlyTap();
    if (early !== undefined) void log(early);
  }, [log]);

  // A morning answer, not the bedside tap: its save (and the check-in's rules) load when it is given.
  const noCramp = async () => {
    const saved = await guardSave(async () => (await import('../../storage/check-ins')).saveCheckIn(night, { noCramp: true }));
    if (saved) onSaved();
  };

  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title" className="visually-hidden">{m.home.title}</h1>
      <button type="button" className="log-button" onClick={() => log()}>
        {m.home.logCramp}
      </button>
      <p className="hint center">{m.home.logHint}</p>
      {/* Below the button: it comes once the browser offers to install or the diary has been read, and
          nothing that comes after the first paint may move "Log a cramp" under a finger. */}
      <InstallHint />
      {started && (
        <Suspense fallback={null}>
          <UrgentReminder />
        </Suspense>
      )}
      {locked && (
        <div className="morning">
          <p>{m.home.locked}</p>
          <button type="button" className="secondary" onClick={() => navigate('/unlock')}>{m.home.unlock}</button>
        </div>
      )}
      {/* While locked the diary reads as empty: nothing to offer from it. */}
      {!locked && <div className="morning" aria-live="polite">
        {cramps !== undefined && cramps > 0 && <p>{plural(m.home.lastNightCramps, cramps, locale)}</p>}
        {/* What the short night form left out is asked again in the morning, one button per cramp. */}
        {episodes?.filter(lacksDetails).map((e) => (
          <button key={e.id} type="button" className="secondary" onClick={() => navigate(paths.episode(e.id))}>
            {format(m.home.addDetails, { time: formatTime(e.startedAt, locale, hour12) })}
          </button>
        ))}
        {/* A cramp logged while the diary was locked could not clear the night's "no cramp": the cramp wins. */}
        {checkIn?.noCramp && cramps === 0 && <p>{format(m.home.noCrampSaved, { night: nightLabel })}</p>}
        {cramps === 0 && checkIn !== undefined && !checkIn?.noCramp && (
          <button type="button" className="secondary" onClick={noCramp}>
            {m.home.noCramp}
          </button>
        )}
        {checkInDone && <p>{offered.tonight ? m.home.checkInDoneTonight : m.home.checkInDoneLastNight}</p>}
        <button type="button" className="secondary" onClick={() => navigate(paths.checkIn(offered.night))}>
          {offered.tonight ? (checkInDone ? m.home.editCheckInTonight : m.home.checkInTonight) : checkInDone ? m.home.editCheckInLastNight : m.home.checkInLastNight}
        </button>
      </div>}
      {started && readable && (
        <Suspense fallback={null}>
          <GuidePrompt />
        </Suspense>
      )}
      {readable && <ExportReminder />}
    </section>
  );
}
