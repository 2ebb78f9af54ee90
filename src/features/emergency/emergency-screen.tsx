/**
 * Emergency signs: reachable from every screen in one tap, offline, without answering anything first
 * (clinical-content.md §3, emergency and urgent-today tiers; §6 wording).
 */
import { format, messages as m } from '../../i18n/messages';
import { useEmergencyNumber } from '../../ui/use-emergency-number';

export function EmergencyScreen() {
  const { emergencyNumber: number } = useEmergencyNumber();
  return (
    <section aria-labelledby="emergency-title" className="emergency">
      <h1 id="emergency-title">{m.emergency.title}</h1>
      <p className="lead">{format(m.emergency.intro, { number })}</p>
      <ul>
        {m.emergency.signs.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <a className="call-button" href={`tel:${number}`}>
        {format(m.emergency.call, { number })}
      </a>
      <h2>{m.emergency.urgentTitle}</h2>
      <ul>
        {m.emergency.urgent.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p>{m.emergency.disclaimer}</p>
      <p className="hint">{m.emergency.numberNote}</p>
    </section>
  );
}
