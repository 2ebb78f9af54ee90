/**
 * What the app is and is not, and where the emergency signs are (clinical-content.md §6).
 */
import { format, messages as m } from '../../i18n/messages';
import { useRoute } from '../../state/route-store';

export function AboutScreen() {
  const navigate = useRoute((s) => s.navigate);
  return (
    <section aria-labelledby="about-title">
      <h1 id="about-title">{m.about.title}</h1>
      {m.about.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <h2>{m.emergency.title}</h2>
      <ul>
        {m.emergency.signs.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p>
        <a
          href="/emergency"
          className="inline-target"
          onClick={(e) => {
            e.preventDefault();
            navigate('/emergency');
          }}
        >
          {m.about.moreSigns}
        </a>
      </p>
      <p>
        <a
          href="/learn"
          className="inline-target"
          onClick={(e) => {
            e.preventDefault();
            navigate('/learn');
          }}
        >
          {m.learn.title}
        </a>
      </p>
      <p className="hint">{format(m.about.version, { version: __APP_VERSION__ })}</p>
    </section>
  );
}
