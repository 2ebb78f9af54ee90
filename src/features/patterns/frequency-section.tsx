/**
 * How often: nights with cramps and cramps, per 7 recorded nights, week by week (weeks grouped on long
 * ranges, never sampled), with the latest rates in words and every count in a table.
 */
import { groupWeeks, rolling, type Night, type WeekBucket } from '../../domain/patterns';
import { formatNight, formatNumber, plural } from '../../i18n/format';
import { format } from '../../i18n/messages';
import { insights } from '../../i18n/insights';
import { Chart } from '../../ui/charts/chart';
import { NumbersTable } from '../../ui/charts/numbers-table';

/** Points at most on a phone's width. */
const MAX_POINTS = 26;

const perRecordedWeek = (count: number, w: WeekBucket) => (w.knownNights > 0 ? (count / w.knownNights) * 7 : null);

export function FrequencySection({ nights, weeks: allWeeks, locale }: { nights: readonly Night[]; weeks: readonly WeekBucket[]; locale: string }) {
  // Only the latest window of each is needed: the chart plots weeks.
  const last7 = rolling(nights.slice(-7), 7).at(-1)?.crampNightsPerWeek;
  const last28 = rolling(nights.slice(-28), 28).at(-1)?.crampNightsPerWeek;
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '-' : formatNumber(v, locale));
  const now = last7 === null || last7 === undefined || last28 === null || last28 === undefined ? insights.patterns.rateUnknown : format(insights.patterns.rateNow, { seven: n(last7), twentyEight: n(last28) });
  const weeks = groupWeeks(allWeeks, MAX_POINTS);
  const span = weeks.at(-1)?.weeks ?? 1;
  const label = (w: WeekBucket) => format(insights.patterns.week, { night: formatNight(w.start, locale) });

  return (
    <section aria-labelledby="frequency-title">
      <h2 id="frequency-title">{insights.patterns.frequency}</h2>
      <p>{now}</p>
      <Chart
        title={insights.patterns.byWeek}
        summary={`${insights.patterns.frequency}, ${insights.patterns.byWeek}. ${now}`}
        kind="line"
        labels={weeks.map(label)}
        axisLabels={weeks.map((w) => formatNight(w.start, locale))}
        series={[
          { label: insights.patterns.seriesCrampNights, values: weeks.map((w) => perRecordedWeek(w.crampNights, w)), className: 'series-a' },
          { label: insights.patterns.seriesCramps, values: weeks.map((w) => perRecordedWeek(w.cramps, w)), className: 'series-b' },
        ]}
        unit={insights.patterns.perRecordedWeek}
        formatValue={(v) => formatNumber(v, locale)}
        caption={plural(insights.patterns.pointsSpan, span, locale)}
      >
        <NumbersTable
          summary={`${insights.patterns.frequency}: ${insights.patterns.table}`}
          head={[insights.report.period, insights.patterns.recordedNights, insights.patterns.seriesCrampNights, insights.patterns.seriesCramps]}
          rows={weeks.map((w) => [label(w), w.knownNights, w.crampNights, w.cramps])}
        />
      </Chart>
    </section>
  );
}
