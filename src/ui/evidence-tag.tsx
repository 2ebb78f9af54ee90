/**
 * The evidence tag every tip shows (good, mixed, weak, none), in words, never by colour alone. Advice
 * against something says how good the evidence is that it does not help.
 */
import { type Evidence } from '../domain/guidance/content';
import { clinical } from '../i18n/clinical';

export function EvidenceTag({ evidence, against = false }: { evidence: Evidence; against?: boolean }) {
  return <span className={`evidence evidence-${evidence}`}>{(against ? clinical.evidenceAgainst : clinical.evidence)[evidence]}</span>;
}
