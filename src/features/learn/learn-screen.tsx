/**
 * Learn: what night cramps are, what helps, and when to see someone, each statement with its evidence.
 */
import { LEARN, type LearnParagraph } from '../../domain/guidance/content';
import { clinical } from '../../i18n/clinical';
import { messages as m } from '../../i18n/messages';
import { AppLink } from '../../ui/app-link';
import { EvidenceTag } from '../../ui/evidence-tag';
import { Sources } from '../../ui/sources';

/** A paragraph's words, evidence and sources, its own or its tip's. */
function read(p: LearnParagraph) {
  if ('tip' in p) return { key: p.tip.id, text: clinical.tips[p.tip.id].text, evidence: p.tip.evidence, against: p.tip.against, sources: p.tip.sources };
  return { key: p.text, text: clinical.learn.paragraphs[p.text], evidence: p.evidence, against: undefined, sources: p.sources };
}

export function LearnScreen() {
  return (
    <section aria-labelledby="learn-title">
      <h1 id="learn-title">{m.learn.title}</h1>
      <p>{m.learn.intro}</p>
      {LEARN.map((section) => (
        <section key={section.id} aria-labelledby={`learn-${section.id}`}>
          <h2 id={`learn-${section.id}`}>{clinical.learn.sections[section.id]}</h2>
          {section.paragraphs.map(read).map((p) => (
            <div key={p.key} className="card tip">
              <p>{p.text}</p>
              <EvidenceTag evidence={p.evidence} against={p.against} />
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
