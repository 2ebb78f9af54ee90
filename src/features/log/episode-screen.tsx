/**
 * Details of one cramp. Every control saves the moment it is touched; there is no Save button to forget.
 */
import { lazy, startTransition, Suspense, useEffect, useMemo, useState } from 'react';
import type { Episode, EpisodePatch } from '../../domain/episode';
import { formatNight, formatTime } from '../../i18n/format';
import { format, messages as m } from '../../i18n/messages';
import { deleteEpisode, restoreEpisode, updateEpisode } from '../../storage/episodes';
import { useEpisode, useSettings } from '../../storage/live';
import { guardSave, guardWrite, useNotices } from '../../state/notice-store';
import { leaveDeletedRecord, useRoute } from '../../state/route-store';
import { useLocaleAndClock } from '../../ui/use-locale-and-clock';
import { CrampTimer } from './cramp-timer';

const EpisodeFindings = lazy(() => import('./episode-findings'));
const EpisodeForm = lazy(() => import('./episode-form'));

export function EpisodeScreen({ id }: { id: string }) {
  const episode = useEpisode(id);
  const settings = useSettings();
  const { locale, hour12 } = useLocaleAndClock();
  const navigate = useRoute((s) => s.navigate);
  const save = useMemo(() => (change: EpisodePatch | ((e: Episode) => EpisodePatch)) => guardSave(() => updateEpisode(id, change)), [id]);

  // The confirmation paints first; the long form follows a frame later, so "Saved" shows at once.
  const [formShown, setFormShown] = useState(false);
  const loaded = Boolean(episode);
  useEffect(() => {
    if (!loaded) return;
    performance.mark('log-shown');
    const frame = requestAnimationFrame(() => startTransition(() => setFormShown(true)));
    return () => cancelAnimationFrame(frame);
  }, [loaded]);

  if (episode === undefined) return null;
  if (episode === null) return <p role="status">{m.episode.notFound}</p>;

  const remove = async () => {
    const removed = await guardWrite(() => deleteEpisode(id));
    if (!removed) return;
    useNotices.getState().offerUndo({ message: m.episode.deleted, undo: () => restoreEpisode(removed) });
    leaveDeletedRecord();
  };

  return (
    <section aria-labelledby="episode-title">
      <h1 id="episode-title">{m.episode.title}</h1>
      <p role="status" className="saved">
        {format(m.episode.savedAt, { time: formatTime(episode.startedAt, locale, hour12), night: formatNight(episode.night, locale) })}
        {episode.loggedLater && <> {m.episode.loggedLater}</>}
      </p>
      <CrampTimer episode={episode} locale={locale} save={save} />
      {formShown && (
        <Suspense fallback={null}>
          <EpisodeFindings episode={episode} />
        </Suspense>
      )}
      {formShown && settings && (
        <Suspense fallback={null}>
          <EpisodeForm episode={episode} settings={settings} save={save} onDone={() => navigate('/')} onDelete={remove} />
        </Suspense>
      )}
    </section>
  );
}
