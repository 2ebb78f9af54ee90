/**
 * The evidence tag every tip shows (good, mixed, weak, none), in words, never by colour alone. Advice
 * against something says how good the evidence is that it does not help.
 */
import { EVIDENCE_AGAINST_TEXT, EVIDENCE_TEXT, type Evidence } from '../domain/guidance/content';

export function EvidenceTag({ evidence, against = false }: { evidence: Evidence; against?: boolean }) {
  return <span className={`evidence evidence-${evidence}`}>{(against ? EVIDENCE_AGAINST_TEXT : EVIDENCE_TEXT)[evidence]}</span>;
}
