/** The strings of the screens away from the bedside in the pseudo-locale (see localize.ts). */
import { screens as english } from '../en/screens';
import { pseudoLocalize } from './localize';

export const screens = pseudoLocalize(english);
