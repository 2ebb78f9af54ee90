/**
 * How often: cramp nights and cramps per week, as rolling 7- and 28-night lines, with the numbers.
 */
import type { Night } from '../../domain/patterns';
import { rolling } from '../../domain/patterns';
import { formatNight, formatNumber } from '../../i18n/format';
import { format, messages as m } from '../../i18n/messages';
import { LineChart, thin } from '../../ui/charts/line-chart';
import { NumbersTable } from '../../ui/charts/numbers-table';

export function FrequencySection({ nights, locale }: { nights: readonly Night[]; locale: string }) {
  const r7 = rolling(nights, 7);
  const r28 = rolling(nights, 28);
  const last7 = r7.at(-1)?.crampNightsPerWeek;
  const last28 = r28.at(-1)?.crampNightsPerWeek;
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '-' : formatNumber(v, locale));
  const now = last7 === null || last7 === undefined || last28 === null || last28 === undefined ? m.patterns.rateUnknown : format(m.patterns.rateNow, { seven: n(last7), twentyEight: n(last28) });
  const firstNight = nights[0]?.night;
  const lastNight = nights.at(-1)?.night;
  const from = firstNight ? formatNight(firstNight, locale) : '';
  const to = lastNight ? formatNight(lastNight, locale) : '';
  const weeklyRows = thin(r28.map((p, i) => ({ ...p, seven: r7[i] })), 12);

  return (
    <section aria-labelledby="frequency-title">
      <h2 id="frequency-title">{m.patterns.frequency}</h2>
      <p>{now}</p>
      {(['crampNightsPerWeek', 'cramps'] as const).map((key) => (
        <LineChart
          key={key}
          summary={`${key === 'cramps' ? m.patterns.cramps : m.patterns.crampNights}. ${now}`}
          from={from}
          to={to}
          series={[
            { label: m.patterns.rolling28, values: thin(r28.map((p) => p[key])), className: 'series-a' },
            { label: m.patterns.rolling7, values: thin(r7.map((p) => p[key])), className: 'series-b' },
          ]}
        >
          <NumbersTable
            summary={`${key === 'cramps' ? m.patterns.cramps : m.patterns.crampNights}: ${m.patterns.table}`}
            head={[m.report.period, m.patterns.rolling7, m.patterns.rolling28]}
            rows={weeklyRows.map((row) => [formatNight(row.night, locale), n(row.seven?.[key]), n(row[key])])}
          />
        </LineChart>
      ))}
    </section>
  );
}
