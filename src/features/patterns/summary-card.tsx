/**
 * The first thing Patterns says: how the chosen period compares with the one before, in words and numbers,
 * how many nights were recorded, and the one observation the data supports. With too few recorded nights,
 * only what to record and how many more nights are needed.
 */
import { LIMITS } from '../../domain/episode';
import type { PeriodFigures, Summary } from '../../domain/patterns';
import { formatNumber, formatTime, plural } from '../../i18n/format';
import { format, messages as m } from '../../i18n/messages';
import type { PatternRange } from '../../state/patterns-store';

interface Props {
  summary: Summary;
  range: PatternRange;
  locale: string;
  hour12: boolean;
}

export function SummaryCard({ summary, range, locale, hour12 }: Props) {
  const words = m.patterns.summary;
  if (summary.needed > 0) {
    return (
      <section className="card summary" aria-labelledby="summary-title">
        <h2 id="summary-title">{words.title}</h2>
        <p>{plural(words.needMore, summary.needed, locale)}</p>
        <p className="hint">{format(words.recordedValue, { known: summary.current.known, nights: summary.current.nights, unknown: summary.current.nights - summary.current.known })}</p>
      </section>
    );
  }
  const n = (v: number | null) => (v === null ? words.none : formatNumber(v, locale));
  const minutes = (v: number | null) => (v === null ? words.none : format(words.minutes, { minutes: formatNumber(v, locale, 0) }));
  const row = (label: string, pick: (f: PeriodFigures) => string) => (
    <div key={label}>
      <dt>{label}</dt>
      <dd>{summary.previous ? format(words.withBefore, { now: pick(summary.current), before: pick(summary.previous) }) : pick(summary.current)}</dd>
    </div>
  );
  return (
    <section className="card summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{words.title}</h2>
      <p className="hint">{words.period[summary.previous ? range : 'all']}</p>
      {summary.notable && <p className="notable">{notableText(summary.notable, locale, hour12)}</p>}
      <dl className="answers">
        {row(words.crampNights, (f) => n(f.crampNightsPerWeek))}
        {row(words.cramps, (f) => n(f.crampsPerWeek))}
        {row(format(words.intensity, LIMITS.intensity), (f) => n(f.medianIntensity))}
        {row(words.sleepLost, (f) => minutes(f.sleepLostPerWeek))}
        {row(words.recorded, (f) => format(words.recordedValue, { known: f.known, nights: f.nights, unknown: f.nights - f.known }))}
      </dl>
    </section>
  );
}

function notableText(notable: NonNullable<Summary['notable']>, locale: string, hour12: boolean): string {
  const words = m.patterns.summary;
  switch (notable.kind) {
    case 'change':
      return format(notable.direction === 'fewer' ? words.fewer : words.more, { from: formatNumber(notable.from, locale), to: formatNumber(notable.to, locale) });
    case 'place':
      return format(words.place, { place: format(m.site, { side: m.sidesInText[notable.side], region: m.regions[notable.region] }), count: notable.count, of: notable.of });
    case 'hour':
      return format(words.hour, { hour: formatTime(new Date(2026, 0, 1, notable.hour).getTime(), locale, hour12), count: notable.count, of: notable.of });
  }
}
