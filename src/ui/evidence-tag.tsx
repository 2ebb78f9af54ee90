/**
 * The evidence tag every tip shows (good, mixed, weak, none), in words, never by colour alone.
 */
import { EVIDENCE_TEXT, type Evidence } from '../domain/guidance/content';

export function EvidenceTag({ evidence }: { evidence: Evidence }) {
  return <span className={`evidence evidence-${evidence}`}>{EVIDENCE_TEXT[evidence]}</span>;
}
