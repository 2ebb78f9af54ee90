/** The strings of Patterns and the report in the pseudo-locale (see localize.ts). */
import { insights as english } from '../en/insights';
import { pseudoLocalize } from './localize';

export const insights = pseudoLocalize(english);
