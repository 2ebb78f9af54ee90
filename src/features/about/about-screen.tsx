/**
 * What the app is and is not, and where the emergency signs are (clinical-content.md §6).
 */
import { format, messages as m } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { AppLink } from '../../ui/app-link';

export function AboutScreen() {
  return (
    <section aria-labelledby="about-title">
      <h1 id="about-title">{screens.about.title}</h1>
      {screens.about.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <h2>{m.emergency.title}</h2>
      <ul>
        {m.emergency.signs.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p>
        <AppLink to="/emergency" className="inline-target">
          {screens.about.moreSigns}
        </AppLink>
      </p>
      <p>
        <AppLink to="/learn" className="inline-target">
          {m.learn.title}
        </AppLink>
      </p>
      <p className="hint">{format(screens.about.version, { version: __APP_VERSION__ })}</p>
    </section>
  );
}
