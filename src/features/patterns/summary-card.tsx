/**
 * The first thing Patterns says: how the chosen period compares with the one before, in words and numbers,
 * how many nights were recorded, and the one observation the data supports. With too few recorded nights,
 * only what to record and how many more nights are needed.
 */
import { LIMITS } from '../../domain/episode';
import type { PeriodFigures, Summary } from '../../domain/patterns';
import { formatNumber, formatTime, plural } from '../../i18n/format';
import { format, messages as m } from '../../i18n/messages';
import { insights } from '../../i18n/insights';
import type { PatternRange } from '../../state/patterns-store';

interface Props {
  summary: Summary;
  range: PatternRange;
  locale: string;
  hour12: boolean;
}

export function SummaryCard({ summary, range, locale, hour12 }: Props) {
  const words = insights.patterns.summary;
  if (summary.needed > 0) {
    return (
      <section className="card summary" aria-labelledby="summary-title">
        <h2 id="summary-title">{words.title}</h2>
        <p>{plural(words.needMore, summary.needed, locale)}</p>
        <p className="hint">{words.recorded}: {format(words.recordedValue, { known: summary.current.known, nights: summary.current.nights })}</p>
      </section>
    );
  }
  const n = (v: number | null) => (v === null ? words.none : formatNumber(v, locale));
  const minutes = (v: number | null) => (v === null ? words.none : format(words.minutes, { minutes: formatNumber(v, locale, 0) }));
  const [nowHead, beforeHead] = words.columns[summary.previous ? range : 'all'];
  const row = (label: string, pick: (f: PeriodFigures) => string) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td>{pick(summary.current)}</td>
      {summary.previous && <td>{pick(summary.previous)}</td>}
    </tr>
  );
  return (
    <section className="card summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{words.title}</h2>
      {summary.notable && <p className="notable">{notableText(summary.notable, locale, hour12)}</p>}
      <table className="summary-table">
        <thead>
          <tr>
            <th scope="col">{words.measure}</th>
            <th scope="col">{nowHead}</th>
            {summary.previous && <th scope="col">{beforeHead}</th>}
          </tr>
        </thead>
        <tbody>
          {row(words.crampNights, (f) => n(f.crampNightsPerWeek))}
          {row(words.cramps, (f) => n(f.crampsPerWeek))}
          {row(format(words.intensity, LIMITS.intensity), (f) => n(f.medianIntensity))}
          {row(words.sleepLost, (f) => minutes(f.sleepLostPerWeek))}
          {row(words.recorded, (f) => format(words.recordedValue, { known: f.known, nights: f.nights }))}
        </tbody>
      </table>
    </section>
  );
}

function notableText(notable: NonNullable<Summary['notable']>, locale: string, hour12: boolean): string {
  const words = insights.patterns.summary;
  switch (notable.kind) {
    case 'change':
      return format(notable.direction === 'fewer' ? words.fewer : words.more, { from: formatNumber(notable.from, locale), to: formatNumber(notable.to, locale) });
    case 'place':
      return format(words.place, { place: format(m.site, { side: m.sidesInText[notable.side], region: m.regions[notable.region] }), count: notable.count, of: notable.of });
    case 'steady':
      return words.steady;
    case 'hour':
      return format(words.hour, { hour: formatTime(new Date(2026, 0, 1, notable.hour).getTime(), locale, hour12), count: notable.count, of: notable.of });
  }
}
