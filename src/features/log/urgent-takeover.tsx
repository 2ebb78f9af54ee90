/**
 * An urgent finding about the cramp being edited takes the whole screen the moment it arises, wherever
 * the person has scrolled: the message, the call button where it can be "call now", and a way back to the
 * form. Once they go back it does not take the screen again for that cramp; the finding stays on the
 * details, on Log for the night and in History.
 */
import { useEffect, useRef } from 'react';
import { clinical } from '../../i18n/clinical';
import { isUrgentTier, type Finding } from '../../domain/guidance/rules';
import { screens } from '../../i18n/screens';
import { findingKey, seenKey, useSeenFindings } from '../../state/seen-findings';
import { findingAction } from '../../ui/finding-card';
import { CallButton, offersCall } from '../../ui/findings-by-tier';

interface Props {
  episodeId: string;
  findings: readonly Finding[];
  emergencyNumber: string;
}

export function UrgentTakeover({ episodeId, findings, emergencyNumber }: Props) {
  const seen = useSeenFindings((s) => s.seen);
  const markSeen = useSeenFindings((s) => s.markSeen);
  const heading = useRef<HTMLHeadingElement>(null);
  const unseen = findings.filter((f) => isUrgentTier(f.tier) && seen[seenKey('takeover', findingKey(episodeId, f.id))] === undefined);
  const top = unseen[0];
  const shown = top !== undefined;

  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown, top?.id]);

  if (!top) return null;
  const tier = top.tier;
  const inTier = unseen.filter((f) => f.tier === tier);
  const back = () => markSeen('takeover', inTier.map((f) => findingKey(episodeId, f.id)));

  return (
    <div className="takeover" role="alertdialog" aria-modal="true" aria-labelledby="takeover-title" aria-describedby="takeover-lead">
      <div className="takeover-body">
        <h1 id="takeover-title" ref={heading} tabIndex={-1}>{clinical.tiers[tier].title}</h1>
        <p id="takeover-lead">{clinical.tiers[tier].lead}</p>
        {offersCall(tier) && <CallButton emergencyNumber={emergencyNumber} />}
        {inTier.map((f) => (
          <p key={f.id}>{findingAction(f, emergencyNumber)}</p>
        ))}
        <button type="button" className="secondary" onClick={back}>
          {screens.guide.urgentBack}
        </button>
      </div>
    </div>
  );
}
