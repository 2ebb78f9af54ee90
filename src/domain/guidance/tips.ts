/**
 * Which self-care tips and "what we know" notes a person sees. Adults get self-care (§3); the wording
 * changes with what they told us, nobody is ever pointed towards compression stockings, and a person
 * under 18 gets the adults-only notice instead of adult tips.
 */
import { TIPS, WHAT_WE_KNOW, type Tip } from './content';
import type { Answers } from './questions';
import { circulationAnswers, circulationRiskGroup, isMinor, nerveGroup } from './rules';

export interface OwnPattern {
  /** The person's own diary shows more cramps on nights when the bedroom felt cold. */
  colderNightsWorse: boolean;
}

/**
 * Self-care tips for this person.
 * @param pattern what their own diary shows; the warm-bedding tip is only for those whose cold nights are worse
 */
export function selfCareTips(a: Answers, pattern: OwnPattern = { colderNightsWorse: false }): Tip[] {
  if (isMinor(a)) return [];
  const drinks = a['alcohol-per-week'];
  return [
    TIPS.duringCramp,
    TIPS.bedtimeStretch,
    TIPS.stayActive,
    ...(drinks === 0 ? [] : [TIPS.lessAlcohol]),
    a['limit-fluids'] === 'yes' ? TIPS.fluidLimit : TIPS.drinkNormally,
    TIPS.magnesium,
    ...(pattern.colderNightsWorse ? [TIPS.warmBedding] : []),
  ];
}

/** True when compression stockings need a warning: a circulation risk group, circulation answers, or nerve answers [R26]. */
export function stockingsNeedWarning(a: Answers): boolean {
  return circulationRiskGroup(a).length > 0 || circulationAnswers(a).length > 0 || nerveGroup(a).length > 0;
}

export function whatWeKnow(a: Answers): Tip[] {
  if (isMinor(a)) return [];
  return [
    stockingsNeedWarning(a) ? WHAT_WE_KNOW.stockingsWarning : WHAT_WE_KNOW.stockings,
    WHAT_WE_KNOW.hangingFeet,
    WHAT_WE_KNOW.electrolytes,
    WHAT_WE_KNOW.cold,
    WHAT_WE_KNOW.painkillers,
    WHAT_WE_KNOW.sportsDrinkAfterAlcohol,
  ];
}
