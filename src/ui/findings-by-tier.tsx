/**
 * Findings grouped by tier, most urgent first. The emergency and check-now tiers carry the call button;
 * an urgent group is announced to screen readers as an alert and is never folded away.
 */
import { clinical } from '../i18n/clinical';
import { isUrgentTier, TIERS, type Finding, type Tier } from '../domain/guidance/rules';
import { format } from '../i18n/messages';
import { screens } from '../i18n/screens';
import { FindingCard } from './finding-card';

interface Props {
  findings: readonly Finding[];
  locale: string;
  emergencyNumber: string;
  /** Fold the tiers that are not urgent, behind their title and count; urgent tiers are always open. */
  foldCalm?: boolean;
}

/** Tiers whose advice can be "call now": they carry the call button. */
export const offersCall = (tier: Tier) => tier === 'emergency' || tier === 'check-now';

export function CallButton({ emergencyNumber }: { emergencyNumber: string }) {
  return (
    <a className="call-button" href={`tel:${emergencyNumber}`}>
      {format(screens.guide.call, { number: emergencyNumber })}
    </a>
  );
}

export function FindingsByTier({ findings, locale, emergencyNumber, foldCalm = false }: Props) {
  return (
    <>
      {TIERS.filter((tier) => tier !== 'self-care').map((tier) => {
        const inTier = findings.filter((f) => f.tier === tier);
        if (inTier.length === 0) return null;
        if (foldCalm && !isUrgentTier(tier)) {
          return (
            <details key={tier} className={`tier tier-${tier} fold`}>
              <summary>
                <h2>{clinical.tiers[tier].title} ({inTier.length})</h2>
              </summary>
              <p>{clinical.tiers[tier].lead}</p>
              {inTier.map((f) => (
                <FindingCard key={f.id} finding={f} locale={locale} emergencyNumber={emergencyNumber} />
              ))}
            </details>
          );
        }
        return (
          <section key={tier} className={`tier tier-${tier}`} role={isUrgentTier(tier) ? 'alert' : undefined} aria-label={clinical.tiers[tier].title}>
            <h2>{clinical.tiers[tier].title}</h2>
            <p>{clinical.tiers[tier].lead}</p>
            {offersCall(tier) && <CallButton emergencyNumber={emergencyNumber} />}
            {inTier.map((f) => (
              <FindingCard key={f.id} finding={f} locale={locale} emergencyNumber={emergencyNumber} />
            ))}
          </section>
        );
      })}
    </>
  );
}
