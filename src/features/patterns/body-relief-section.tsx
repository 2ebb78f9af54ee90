/**
 * Where cramps happen (the body map, shaded by count) and what relief helped, fastest first. When
 * hanging the foot down is what helps, the circulation note from the guidance rules is shown beside it.
 */
import { REGIONS, SIDES, type Episode } from '../../domain/episode';
import { clinical } from '../../i18n/clinical';
import type { Answers } from '../../domain/guidance/questions';
import { circulationRiskGroup } from '../../domain/guidance/rules';
import { bodyMapCounts, reliefTable } from '../../domain/patterns';
import { formatNumber } from '../../i18n/format';
import { format, messages as m, siteName } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { insights } from '../../i18n/insights';
import { BodyHeatMap } from '../../ui/body-heat-map';

export function BodySection({ episodes }: { episodes: readonly Episode[] }) {
  const counts = bodyMapCounts(episodes);
  const max = Math.max(1, ...counts.map((c) => c.count));
  const top = [...counts].sort((a, b) => b.count - a.count)[0];
  const thigh = counts.filter((c) => c.region === 'thigh').reduce((sum, c) => sum + c.count, 0);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const count = (region: string, side: string) => counts.find((c) => c.region === region && c.side === side)?.count ?? 0;
  return (
    <section aria-labelledby="body-title">
      <h2 id="body-title">{insights.patterns.bodyTitle}</h2>
      {top && top.count > 0 && <p>{format(insights.patterns.bodySummary, { place: siteName(top), count: top.count })}</p>}
      <BodyHeatMap counts={counts} regionLabel={(r) => m.regions[r]} sideLabel={(s) => m.sides[s]} viewLabel={(v) => screens.views[v]} />
      <table className="heat">
        <thead>
          <tr>
            <th scope="col">{insights.report.region}</th>
            {SIDES.map((side) => (
              <th key={side} scope="col">{m.sides[side]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {REGIONS.map((region) => (
            <tr key={region}>
              <th scope="row">{m.regions[region]}</th>
              {SIDES.map((side) => {
                const c = count(region, side);
                return (
                  <td key={side}>
                    <span className="heat-bar" style={{ ['--heat' as string]: String(c / max) }} aria-hidden="true" />
                    {c}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {thigh >= 3 && thigh / Math.max(1, total) >= 0.2 && <p className="flag">{insights.patterns.thighNote}</p>}
    </section>
  );
}

export function ReliefSection({ episodes, answers, locale }: { episodes: readonly Episode[]; answers: Answers; locale: string }) {
  const rows = reliefTable(episodes);
  const hangHelped = rows.some((r) => r.method === 'hang-foot' && r.worked > 0);
  const circulation = hangHelped ? clinical.findings[circulationRiskGroup(answers).length > 0 ? 'hang-foot-with-risk' : 'hang-foot-no-risk'] : undefined;
  return (
    <section aria-labelledby="relief-title">
      <h2 id="relief-title">{insights.patterns.reliefTitle}</h2>
      {rows.length === 0 ? (
        <p>{insights.patterns.reliefNone}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{insights.patterns.method}</th>
              <th scope="col">{insights.patterns.tried}</th>
              <th scope="col">{insights.patterns.helped}</th>
              <th scope="col">{insights.patterns.minutes}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.method}>
                <th scope="row">{screens.reliefs[r.method]}</th>
                <td>{r.tried}</td>
                <td>{r.worked}</td>
                <td>{r.medianMinutesWhenWorked === null ? insights.patterns.tooFew : format(insights.patterns.minutesValue, { minutes: formatNumber(r.medianMinutesWhenWorked, locale) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {circulation && (
        <div className="card finding" role="note">
          <h3>{circulation.title}</h3>
          <p>{circulation.action}</p>
        </div>
      )}
      <p className="hint">{insights.patterns.factorsCaption}</p>
    </section>
  );
}
