/**
 * Intensity and sleep lost by week, the time of night, and how long cramps lasted.
 */
import { LIMITS, type Episode } from '../../domain/episode';
import { durationMix, groupWeeks, hourHistogram, type WeekBucket } from '../../domain/patterns';
import { formatNight, formatNumber, formatTime, plural } from '../../i18n/format';
import { format } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { insights } from '../../i18n/insights';
import { Chart } from '../../ui/charts/chart';
import { NumbersTable } from '../../ui/charts/numbers-table';

/** Hours in the order of a night: 6 p.m. to 5 p.m. */
const NIGHT_ORDER = Array.from({ length: 24 }, (_, i) => (i + 18) % 24);

interface Props {
  /** The range's weeks, oldest first. */
  weeks: readonly WeekBucket[];
  episodes: readonly Episode[];
  locale: string;
  hour12: boolean;
}

export function TimeSection({ weeks: allWeeks, episodes, locale, hour12 }: Props) {
  const weeks = groupWeeks(allWeeks, 26);
  // Sleep lost per bar is the total of its weeks; intensity the mean of their rated cramps.
  const span = weeks[weeks.length - 1]?.weeks ?? 1;
  const hours = hourHistogram(episodes);
  const hourLabel = (h: number) => formatTime(new Date(2026, 0, 1, h).getTime(), locale, hour12);
  const peak = NIGHT_ORDER.reduce((best, h) => ((hours[h] ?? 0) > (hours[best] ?? 0) ? h : best), NIGHT_ORDER[0] ?? 0);
  const mix = durationMix(episodes);
  const over10 = mix.find((d) => d.band === 'over-10')?.count ?? 0;
  const bandLabel = (band: (typeof mix)[number]['band']) => (band === 'unknown' ? insights.report.unknownDuration : screens.durations[band]);

  const intensityTitle = format(insights.patterns.intensity, LIMITS.intensity);
  const weekLabel = (start: string) => format(insights.patterns.week, { night: formatNight(start, locale) });
  const num = (v: number) => formatNumber(v, locale);

  return (
    <>
      <section aria-labelledby="intensity-title">
        <h2 id="intensity-title">{insights.patterns.intensityTitle}</h2>
        <Chart
          title={intensityTitle}
          summary={intensityTitle}
          kind="bar"
          labels={weeks.map((w) => weekLabel(w.start))}
          axisLabels={weeks.map((w) => formatNight(w.start, locale))}
          series={[{ label: intensityTitle, values: weeks.map((w) => w.intensity), className: 'series-a' }]}
          unit={insights.patterns.intensityUnit}
          formatValue={num}
          caption={plural(insights.patterns.barsSpan, span, locale)}
        >
          <NumbersTable summary={`${intensityTitle}: ${insights.patterns.table}`} rows={weeks.map((w) => [weekLabel(w.start), w.intensity === null ? '-' : num(w.intensity)])} />
        </Chart>
        <Chart
          title={insights.patterns.sleepLost}
          summary={insights.patterns.sleepLost}
          kind="bar"
          labels={weeks.map((w) => weekLabel(w.start))}
          axisLabels={weeks.map((w) => formatNight(w.start, locale))}
          series={[{ label: insights.patterns.sleepLost, values: weeks.map((w) => w.sleepLostMinutes), className: 'series-a' }]}
          unit={insights.patterns.minutesUnit}
          formatValue={num}
        >
          <NumbersTable summary={`${insights.patterns.sleepLost}: ${insights.patterns.table}`} rows={weeks.map((w) => [weekLabel(w.start), num(w.sleepLostMinutes)])} />
        </Chart>
      </section>

      <section aria-labelledby="time-title">
        <h2 id="time-title">{insights.patterns.timeTitle}</h2>
        {episodes.length > 0 && <p>{format(insights.patterns.timeSummary, { hour: hourLabel(peak) })}</p>}
        <Chart
          title={insights.patterns.byHour}
          summary={episodes.length > 0 ? format(insights.patterns.timeSummary, { hour: hourLabel(peak) }) : insights.patterns.byHour}
          kind="bar"
          labels={NIGHT_ORDER.map(hourLabel)}
          series={[{ label: insights.patterns.count, values: NIGHT_ORDER.map((h) => hours[h] ?? 0), className: 'series-a' }]}
          unit={insights.patterns.count}
          formatValue={num}
        >
          <NumbersTable
            summary={`${insights.patterns.timeTitle}: ${insights.patterns.table}`}
            head={[insights.patterns.hour, insights.patterns.count]}
            rows={NIGHT_ORDER.filter((h) => (hours[h] ?? 0) > 0).map((h) => [hourLabel(h), hours[h] ?? 0])}
          />
        </Chart>
      </section>

      <section aria-labelledby="duration-title">
        <h2 id="duration-title">{insights.patterns.durationTitle}</h2>
        {over10 > 0 && <p className="flag">{plural(insights.patterns.over10, over10, locale)}</p>}
        <Chart
          title={insights.patterns.byLength}
          summary={mix.map((d) => `${bandLabel(d.band)}: ${d.count}`).join(', ')}
          kind="bar"
          labels={mix.map((d) => bandLabel(d.band))}
          series={[{ label: insights.patterns.count, values: mix.map((d) => d.count), className: 'series-a' }]}
          flagged={mix.map((d) => d.band === 'over-10')}
          unit={insights.patterns.count}
          formatValue={num}
        >
          <dl className="answers">
            {mix.map((d) => (
              <div key={d.band}>
                <dt>{bandLabel(d.band)}</dt>
                <dd>{d.count}</dd>
              </div>
            ))}
          </dl>
        </Chart>
      </section>
    </>
  );
}
