/**
 * The strings of the screens away from the bedside, in the app's language, reached by key
 * (`screens.settings.title`). Loaded only by those screens and the forms that name units. See messages.ts
 * for how a language is chosen.
 */
import { screens as source } from './en/screens';

export const screens = source;
