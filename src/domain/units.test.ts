import { describe, expect, it } from 'vitest';
import {
  celsiusToFahrenheit, defaultUnits, fahrenheitToCelsius, regionOf, temperatureForDisplay, temperatureToStored, volumeForDisplay, volumeToStored,
} from './units';

describe('temperature', () => {
  it('converts the fixed points', () => {
    expect(celsiusToFahrenheit(0)).toBe(32);
    expect(celsiusToFahrenheit(100)).toBe(212);
    expect(fahrenheitToCelsius(-40)).toBe(-40);
  });

  it('stores what a °F user types as °C and shows it back unchanged', () => {
    expect(temperatureToStored(68, 'f')).toBe(20);
    expect(temperatureForDisplay(20, 'f')).toBe(68);
    for (let f = 40; f <= 100; f++) expect(temperatureForDisplay(temperatureToStored(f, 'f'), 'f')).toBe(f);
  });

  it('keeps °C to one decimal', () => {
    expect(temperatureToStored(19.46, 'c')).toBe(19.5);
    expect(temperatureForDisplay(19.5, 'c')).toBe(19.5);
  });
});

describe('volume', () => {
  it('stores fluid ounces as whole millilitres', () => {
    expect(volumeToStored(8, 'floz')).toBe(237);
    expect(volumeForDisplay(237, 'floz')).toBe(8);
    expect(volumeToStored(250, 'ml')).toBe(250);
  });
});

describe('locale defaults', () => {
  it('finds the region in a language tag', () => {
    expect(regionOf('en-US')).toBe('US');
    expect(regionOf('zh-Hant-TW')).toBe('TW');
    expect(regionOf('es-419')).toBe('419');
    expect(regionOf('fr')).toBeUndefined();
  });

  it('uses °F and fl oz in the United States, metric elsewhere', () => {
    expect(defaultUnits('en-US')).toEqual({ temperature: 'f', volume: 'floz' });
    expect(defaultUnits('en-GB')).toEqual({ temperature: 'c', volume: 'ml' });
    expect(defaultUnits('de')).toEqual({ temperature: 'c', volume: 'ml' });
  });
});
