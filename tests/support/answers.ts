import type { Answers } from '../../src/domain/guidance/questions';

/** A 30-year-old with no risk factors: the baseline that fires no finding. */
export const LOW_RISK: Answers = {
  'sudden-cold-leg': 'no', 'chest-symptoms': 'no', 'calf-swollen-now': 'no', age: '18-49', diabetes: 'no', smoking: 'never',
  conditions: ['none'], 'family-leg-artery': 'no', pregnant: 'no', 'alcohol-per-week': 2, activity: 'some-walking',
  medicines: ['none'], 'medicine-change': 'no', 'limit-fluids': 'no', where: ['calf'], side: 'left', 'usual-length': '1-10',
  eases: ['toes-up'], 'long-unrelieved': 'no', 'walking-pain': 'no', 'rest-toe-pain': 'no', 'wound-or-dark-skin': 'no',
  'nerve-symptoms': ['none'], weakness: 'no', 'urge-to-move': 'no', 'dirty-wound': 'no', 'frequent-nights': 'no',
  'self-care-6-weeks': 'not-tried', 'sleep-effect': 2,
};
