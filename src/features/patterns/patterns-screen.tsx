/**
 * Patterns: what a person can learn from their own nights. Reads only the chosen range, computes every
 * figure once per change of data (pure domain functions), and draws small SVG charts, each with its
 * numbers in words or a table.
 */
import { useEffect, useMemo } from 'react';
import { addNights } from '../../domain/night';
import { nightsBetween, summarize, weekly } from '../../domain/patterns';
import { insights } from '../../i18n/insights';
import { useChanges, useRecordsFrom, useSettings } from '../../storage/live';
import { PATTERN_RANGES, usePatternsView, type PatternRange } from '../../state/patterns-store';
import { AppLink } from '../../ui/app-link';
import { ChoiceGroup } from '../../ui/choice-group';
import { useLastNight } from '../../ui/use-last-night';
import { useLatestAnswers } from '../../ui/use-latest-answers';
import { useLocaleAndClock } from '../../ui/use-locale-and-clock';
import { BodySection, ReliefSection } from './body-relief-section';
import { ChangesSection } from './changes-section';
import { FactorsSection } from './factors-section';
import { FrequencySection } from './frequency-section';
import { SummaryCard } from './summary-card';
import { TimeSection } from './time-section';

const NIGHTS: Record<Exclude<PatternRange, 'all'>, number> = { '4w': 28, '3m': 91, '1y': 365 };

export function PatternsScreen() {
  const { range, setRange } = usePatternsView();
  const lastNight = useLastNight();
  const start = range === 'all' ? undefined : addNights(lastNight, -(NIGHTS[range] - 1));
  // The period before, of the same length, is read too: the summary compares the two.
  const key = range === 'all' ? 'all' : addNights(lastNight, -(2 * NIGHTS[range] - 1));
  const records = useRecordsFrom(key);
  const current = records?.key === key ? records : undefined;
  const changes = useChanges();
  const answers = useLatestAnswers();
  const settings = useSettings();
  const { locale, hour12 } = useLocaleAndClock();

  const data = useMemo(() => {
    if (!current) return undefined;
    const oldest = current.firstNight !== null && current.firstNight < lastNight ? current.firstNight : lastNight;
    const first = start === undefined || oldest > start ? oldest : start;
    const episodes = current.episodes.filter((e) => e.night >= first && e.night <= lastNight);
    const nights = nightsBetween(episodes, current.checkIns, first, lastNight);
    let previous;
    if (start !== undefined && oldest < start) {
      const before = addNights(start, -1);
      const earlier = current.episodes.filter((e) => e.night >= oldest && e.night <= before);
      previous = { episodes: earlier, nights: nightsBetween(earlier, current.checkIns, oldest, before) };
    }
    return { episodes, nights, weeks: weekly(nights, episodes), summary: summarize({ nights, episodes }, previous) };
  }, [current, lastNight, start]);

  const ready = Boolean(data && changes && answers);
  useEffect(() => {
    if (ready) performance.mark('patterns-drawn');
  }, [ready, range]);

  return (
    <section aria-labelledby="patterns-title" className="patterns">
      <h1 id="patterns-title">{insights.patterns.title}</h1>
      <ChoiceGroup legend={insights.patterns.range} columns={2} choices={PATTERN_RANGES.map((r) => ({ value: r, label: insights.patterns.ranges[r] }))} value={range} onChange={setRange} />
      {ready && data && changes && answers && (
        <>
          <SummaryCard summary={data.summary} range={range} locale={locale} hour12={hour12} />
          <p>
            <AppLink to="/report" className="inline-target">{insights.report.open}</AppLink>
          </p>
          {data.summary.needed > 0 && data.episodes.some((e) => e.reliefTried.length + e.reliefWorked.length > 0) && (
            // What eased a cramp is a table, not a chart, and may carry a circulation note: never held back.
            <ReliefSection episodes={data.episodes} answers={answers} locale={locale} />
          )}
          {data.summary.needed === 0 && (
            <>
              <p className="hint">{insights.patterns.known}</p>
              <FrequencySection nights={data.nights} weeks={data.weeks} locale={locale} />
              <TimeSection weeks={data.weeks} episodes={data.episodes} locale={locale} hour12={hour12} />
              <BodySection episodes={data.episodes} />
              <ReliefSection episodes={data.episodes} answers={answers} locale={locale} />
              <FactorsSection nights={data.nights} volumeUnit={settings?.volumeUnit ?? 'ml'} locale={locale} />
            </>
          )}
          <ChangesSection changes={changes} nights={data.nights} lastNight={lastNight} locale={locale} />
        </>
      )}
    </section>
  );
}
