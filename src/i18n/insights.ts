/**
 * The strings of Patterns and the clinician report, in the app's language, reached by key
 * (`insights.patterns.title`). Loaded only by those screens. See messages.ts for how a language is chosen.
 */
import { insights as source } from './en/insights';

export const insights = source;
