/**
 * Which self-care tips and "what we know" notes a person sees. Everyone gets self-care (§3); the wording
 * changes with what they told us, and nobody is ever pointed towards compression stockings.
 */
import { TIPS, WHAT_WE_KNOW, type Tip } from './content';
import type { Answers } from './questions';
import { circulationRiskGroup, nerveGroup } from './rules';

export function selfCareTips(a: Answers): Tip[] {
  const drinks = a['alcohol-per-week'];
  return [
    TIPS.duringCramp,
    TIPS.bedtimeStretch,
    TIPS.stayActive,
    ...(drinks === 0 ? [] : [TIPS.lessAlcohol]),
    a['limit-fluids'] === 'yes' ? TIPS.fluidLimit : TIPS.drinkNormally,
    TIPS.magnesium,
    TIPS.warmBedding,
  ];
}

export function whatWeKnow(a: Answers): Tip[] {
  const cautious = circulationRiskGroup(a).length > 0 || nerveGroup(a).length > 0;
  return [
    cautious ? WHAT_WE_KNOW.stockingsWarning : WHAT_WE_KNOW.stockings,
    WHAT_WE_KNOW.hangingFeet,
    WHAT_WE_KNOW.electrolytes,
    WHAT_WE_KNOW.cold,
    WHAT_WE_KNOW.painkillers,
    WHAT_WE_KNOW.sportsDrinkAfterAlcohol,
  ];
}
