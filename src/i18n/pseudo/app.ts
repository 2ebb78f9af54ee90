/** The interface strings in the pseudo-locale (see localize.ts). */
import { app as english } from '../en/app.ts';
import { pseudoLocalize } from './localize.ts';

export const app = pseudoLocalize(english);
