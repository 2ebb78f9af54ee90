/** The interface strings in the pseudo-locale (see localize.ts). */
import { app as english } from '../en/app';
import { pseudoLocalize } from './localize';

export const app = pseudoLocalize(english);
