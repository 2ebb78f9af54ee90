/**
 * Patterns: what a person can learn from their own nights. Reads only the chosen range, computes every
 * figure once per change of data (pure domain functions), and draws small SVG charts, each with its
 * numbers in words or a table.
 */
import { useEffect, useMemo } from 'react';
import { addNights } from '../../domain/night';
import { nightsBetween } from '../../domain/patterns';
import { format, messages as m } from '../../i18n/messages';
import { useChanges, useRecordsFrom, useSettings } from '../../storage/live';
import { PATTERN_RANGES, usePatternsView, type PatternRange } from '../../state/patterns-store';
import { ChoiceGroup } from '../../ui/choice-group';
import { useLastNight } from '../../ui/use-last-night';
import { useLatestAnswers } from '../../ui/use-latest-answers';
import { useLocaleAndClock } from '../../ui/use-locale-and-clock';
import { BodySection, ReliefSection } from './body-relief-section';
import { ChangesSection } from './changes-section';
import { FactorsSection } from './factors-section';
import { FrequencySection } from './frequency-section';
import { TimeSection } from './time-section';

const NIGHTS: Record<Exclude<PatternRange, 'all'>, number> = { '4w': 28, '3m': 91, '1y': 365 };

export function PatternsScreen() {
  const { range, setRange } = usePatternsView();
  const lastNight = useLastNight();
  const key = range === 'all' ? 'all' : addNights(lastNight, -(NIGHTS[range] - 1));
  const records = useRecordsFrom(key);
  const current = records?.key === key ? records : undefined;
  const changes = useChanges();
  const answers = useLatestAnswers();
  const settings = useSettings();
  const { locale, hour12 } = useLocaleAndClock();

  const data = useMemo(() => {
    if (!current) return undefined;
    const first = current.firstNight !== null && current.firstNight < lastNight ? current.firstNight : lastNight;
    const inRange = current.episodes.filter((e) => e.night <= lastNight);
    return { episodes: inRange, nights: nightsBetween(inRange, current.checkIns, first, lastNight) };
  }, [current, lastNight]);

  const ready = Boolean(data && changes && answers);
  useEffect(() => {
    if (ready) performance.mark('patterns-drawn');
  }, [ready, range]);

  return (
    <section aria-labelledby="patterns-title" className="patterns">
      <h1 id="patterns-title">{m.patterns.title}</h1>
      <ChoiceGroup legend={m.patterns.range} columns={2} choices={PATTERN_RANGES.map((r) => ({ value: r, label: m.patterns.ranges[r] }))} value={range} onChange={setRange} />
      {ready && data && changes && answers && (
        <>
          <p className="hint">{format(m.patterns.known, { known: data.nights.filter((n) => n.known).length, nights: data.nights.length })}</p>
          {data.episodes.length === 0 && <p>{m.patterns.empty}</p>}
          <FrequencySection nights={data.nights} locale={locale} />
          <TimeSection nights={data.nights} episodes={data.episodes} locale={locale} hour12={hour12} />
          <BodySection episodes={data.episodes} />
          <ReliefSection episodes={data.episodes} answers={answers} locale={locale} />
          <FactorsSection nights={data.nights} volumeUnit={settings?.volumeUnit ?? 'ml'} locale={locale} />
          <ChangesSection changes={changes} nights={data.nights} lastNight={lastNight} locale={locale} />
        </>
      )}
    </section>
  );
}
