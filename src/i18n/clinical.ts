/**
 * What the app says about health, in the app's language, reached by key (`clinical.findings[id].title`).
 * Loaded only by the screens that show it, so the bedside start does not carry it. See messages.ts for
 * how a language is chosen.
 */
import { clinical as source } from './en/clinical';

export const clinical = source;
