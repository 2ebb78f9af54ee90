/**
 * Emergency and same-day signs reported earlier and no longer current: each with its date, never as an
 * instruction.
 */
import { clinical } from '../i18n/clinical';
import type { PastReport } from '../domain/guidance/rules';
import { describeReport } from './finding-card';

export function PastReports({ reports, locale }: { reports: readonly PastReport[]; locale: string }) {
  if (reports.length === 0) return null;
  return (
    <section aria-labelledby="reported-earlier-title" className="card">
      <h2 id="reported-earlier-title">{clinical.reportedEarlier.title}</h2>
      <p className="hint">{clinical.reportedEarlier.lead}</p>
      <ul>
        {reports.map((r, i) => (
          <li key={i}>{describeReport(r, locale)}</li>
        ))}
      </ul>
    </section>
  );
}
