/** The health content in the pseudo-locale (see localize.ts). */
import { clinical as english } from '../en/clinical';
import { pseudoLocalize } from './localize';

export const clinical = pseudoLocalize(english);
