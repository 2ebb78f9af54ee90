/**
 * Units. The diary stores one canonical unit per quantity (°C, millilitres) and converts only for display
 * and input, so changing the setting never rewrites a record.
 */

export type TemperatureUnit = 'c' | 'f';
export type VolumeUnit = 'ml' | 'floz';

/** US fluid ounce in millilitres. */
export const ML_PER_FL_OZ = 29.5735;

/** Regions whose everyday units are °F and fluid ounces (United States, Liberia, Myanmar and US territories). */
const IMPERIAL_REGIONS = new Set(['US', 'LR', 'MM', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM']);

export function celsiusToFahrenheit(c: number): number {
  return (c * 9) / 5 + 32;
}

export function fahrenheitToCelsius(f: number): number {
  return ((f - 32) * 5) / 9;
}

export function millilitresToFluidOunces(ml: number): number {
  return ml / ML_PER_FL_OZ;
}

export function fluidOuncesToMillilitres(floz: number): number {
  return floz * ML_PER_FL_OZ;
}

/** Region subtag of a BCP 47 tag ("en-US" → "US"), or undefined when the tag names none. */
export function regionOf(locale: string): string | undefined {
  const parts = locale.split(/[-_]/);
  return parts.slice(1).find((p) => /^[A-Za-z]{2}$|^\d{3}$/.test(p))?.toUpperCase();
}

/** The units a person in `locale` most likely uses. */
export function defaultUnits(locale: string): { temperature: TemperatureUnit; volume: VolumeUnit } {
  const imperial = IMPERIAL_REGIONS.has(regionOf(locale) ?? '');
  return imperial ? { temperature: 'f', volume: 'floz' } : { temperature: 'c', volume: 'ml' };
}

/** °C for storage from what the person typed in their unit, rounded to 0.1 °C. */
export function temperatureToStored(value: number, unit: TemperatureUnit): number {
  const c = unit === 'c' ? value : fahrenheitToCelsius(value);
  return Math.round(c * 10) / 10;
}

/** A stored °C value in the person's unit, rounded to whole degrees for °F and 0.1 for °C. */
export function temperatureForDisplay(celsius: number, unit: TemperatureUnit): number {
  return unit === 'c' ? Math.round(celsius * 10) / 10 : Math.round(celsiusToFahrenheit(celsius));
}

/** Millilitres for storage from a value in the person's unit, rounded to whole millilitres. */
export function volumeToStored(value: number, unit: VolumeUnit): number {
  return Math.round(unit === 'ml' ? value : fluidOuncesToMillilitres(value));
}

/** Stored millilitres in the person's unit (whole ml, or fl oz to one decimal). */
export function volumeForDisplay(ml: number, unit: VolumeUnit): number {
  return unit === 'ml' ? Math.round(ml) : Math.round(millilitresToFluidOunces(ml) * 10) / 10;
}
