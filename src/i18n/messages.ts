/**
 * The interface strings of the app's language, reached by key (`messages.home.logCramp`). Each language is
 * one catalogue structure under src/i18n/<locale>/ (app.ts for the interface, clinical.ts for the health
 * content, insights.ts for Patterns and the report, screens.ts for the screens away from the bedside, each
 * loaded only where it is needed), with the same
 * keys and placeholders as English (src/i18n/en/), which a test checks. A build
 * picks one language; `CRAMPNOTE_LOCALE=pseudo` builds the pseudo-locale that shows hard-coded text and
 * layouts that break with longer words.
 */
import type { Site } from '../domain/episode';
import { app } from './en/app';

export const messages = app;

/** One place on one leg, in words: "Left calf". */
export function siteName(site: Site): string {
  return format(messages.site, { side: messages.sides[site.side], region: messages.regions[site.region] });
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Readonly<Record<string, string | number | boolean>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/** The places chosen on the body map, in words: "Chosen: Left calf, Right heel". */
export function sitesChosen(sites: readonly Site[]): string {
  return sites.length === 0 ? messages.episode.noSites : format(messages.episode.chosenSites, { places: sites.map(siteName).join(', ') });
}
