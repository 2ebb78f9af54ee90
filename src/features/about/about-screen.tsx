/**
 * What the app is and is not (clinical-content.md §6).
 */
import { messages as m } from '../../i18n/messages';

export function AboutScreen() {
  return (
    <section aria-labelledby="about-title">
      <h1 id="about-title">{m.about.title}</h1>
      {m.about.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </section>
  );
}
