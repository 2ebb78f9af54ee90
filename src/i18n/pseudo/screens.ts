/** The strings of Settings, Your data and About in the pseudo-locale (see localize.ts). */
import { screens as english } from '../en/screens';
import { pseudoLocalize } from './localize';

export const screens = pseudoLocalize(english);
