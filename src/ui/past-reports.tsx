/**
 * Emergency and same-day signs reported earlier and no longer current: each with its date, never as an
 * instruction.
 */
import { REPORTED_EARLIER } from '../domain/guidance/content';
import type { PastReport } from '../domain/guidance/rules';
import { describeReport } from './finding-card';

export function PastReports({ reports, locale }: { reports: readonly PastReport[]; locale: string }) {
  if (reports.length === 0) return null;
  return (
    <section aria-labelledby="reported-earlier-title" className="card">
      <h2 id="reported-earlier-title">{REPORTED_EARLIER.title}</h2>
      <p className="hint">{REPORTED_EARLIER.lead}</p>
      <ul>
        {reports.map((r, i) => (
          <li key={i}>{describeReport(r, locale)}</li>
        ))}
      </ul>
    </section>
  );
}
