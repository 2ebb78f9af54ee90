/**
 * Intensity and sleep lost by week, the time of night, and how long cramps lasted.
 */
import { LIMITS, type Episode } from '../../domain/episode';
import { durationMix, groupWeeks, hourHistogram, weekly, type Night } from '../../domain/patterns';
import { formatNight, formatNumber, formatTime, plural } from '../../i18n/format';
import { format, messages as m } from '../../i18n/messages';
import { BarChart } from '../../ui/charts/bar-chart';
import { NumbersTable } from '../../ui/charts/numbers-table';

/** Hours in the order of a night: 6 p.m. to 5 p.m. */
const NIGHT_ORDER = Array.from({ length: 24 }, (_, i) => (i + 18) % 24);

interface Props {
  nights: readonly Night[];
  episodes: readonly Episode[];
  locale: string;
  hour12: boolean;
}

export function TimeSection({ nights, episodes, locale, hour12 }: Props) {
  const weeks = groupWeeks(weekly(nights, episodes), 26);
  const span = weeks[weeks.length - 1]?.weeks ?? 1;
  const hours = hourHistogram(episodes);
  const hourLabel = (h: number) => formatTime(new Date(2026, 0, 1, h).getTime(), locale, hour12);
  const peak = NIGHT_ORDER.reduce((best, h) => ((hours[h] ?? 0) > (hours[best] ?? 0) ? h : best), NIGHT_ORDER[0] ?? 0);
  const mix = durationMix(episodes);
  const over10 = mix.find((d) => d.band === 'over-10')?.count ?? 0;
  const bandLabel = (band: (typeof mix)[number]['band']) => (band === 'unknown' ? m.report.unknownDuration : m.durations[band]);

  return (
    <>
      <section aria-labelledby="intensity-title">
        <h2 id="intensity-title">{m.patterns.intensityTitle}</h2>
        {span > 1 && <p className="hint">{plural(m.patterns.barsSpan, span, locale)}</p>}
        {(['intensity', 'sleepLostMinutes'] as const).map((key) => (
          <BarChart key={key} summary={key === 'intensity' ? format(m.patterns.intensity, LIMITS.intensity) : m.patterns.sleepLost} bars={weeks.map((w) => ({ label: w.start, value: w[key] ?? 0 }))}>
            <NumbersTable
              summary={`${key === 'intensity' ? format(m.patterns.intensity, LIMITS.intensity) : m.patterns.sleepLost}: ${m.patterns.table}`}
              rows={weeks.map((w) => [format(m.patterns.week, { night: formatNight(w.start, locale) }), w[key] === null ? '-' : formatNumber(w[key], locale)])}
            />
          </BarChart>
        ))}
      </section>

      <section aria-labelledby="time-title">
        <h2 id="time-title">{m.patterns.timeTitle}</h2>
        {episodes.length > 0 && <p>{format(m.patterns.timeSummary, { hour: hourLabel(peak) })}</p>}
        <BarChart summary={episodes.length > 0 ? format(m.patterns.timeSummary, { hour: hourLabel(peak) }) : m.patterns.timeTitle} bars={NIGHT_ORDER.map((h) => ({ label: String(h), value: hours[h] ?? 0 }))}>
          <NumbersTable
            summary={`${m.patterns.timeTitle}: ${m.patterns.table}`}
            head={[m.patterns.hour, m.patterns.count]}
            rows={NIGHT_ORDER.filter((h) => (hours[h] ?? 0) > 0).map((h) => [hourLabel(h), hours[h] ?? 0])}
          />
        </BarChart>
      </section>

      <section aria-labelledby="duration-title">
        <h2 id="duration-title">{m.patterns.durationTitle}</h2>
        {over10 > 0 && <p className="flag">{plural(m.patterns.over10, over10, locale)}</p>}
        <BarChart summary={mix.map((d) => `${bandLabel(d.band)}: ${d.count}`).join(', ')} bars={mix.map((d) => ({ label: d.band, value: d.count, flagged: d.band === 'over-10' }))}>
          <dl className="answers">
            {mix.map((d) => (
              <div key={d.band}>
                <dt>{bandLabel(d.band)}</dt>
                <dd>{d.count}</dd>
              </div>
            ))}
          </dl>
        </BarChart>
      </section>
    </>
  );
}
