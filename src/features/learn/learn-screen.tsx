/**
 * Learn: what night cramps are, what helps, and when to see someone, each statement with its evidence.
 */
import { LEARN } from '../../domain/guidance/content';
import { messages as m } from '../../i18n/messages';
import { AppLink } from '../../ui/app-link';
import { EvidenceTag } from '../../ui/evidence-tag';
import { Sources } from '../../ui/sources';

export function LearnScreen() {
  return (
    <section aria-labelledby="learn-title">
      <h1 id="learn-title">{m.learn.title}</h1>
      <p>{m.learn.intro}</p>
      {LEARN.map((section) => (
        <section key={section.id} aria-labelledby={`learn-${section.id}`}>
          <h2 id={`learn-${section.id}`}>{section.title}</h2>
          {section.paragraphs.map((p) => (
            <div key={p.text} className="card tip">
              <p>{p.text}</p>
              <EvidenceTag evidence={p.evidence} />
              <Sources ids={p.sources} />
            </div>
          ))}
        </section>
      ))}
      <p>
        <AppLink to="/about" className="inline-target">
          {m.learn.about}
        </AppLink>
      </p>
    </section>
  );
}
