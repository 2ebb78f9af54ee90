/**
 * The local emergency number, from the region of the device's locale. 112 is the fallback: it is the
 * number across the EU and reaches emergency services from most mobile phones worldwide.
 */
import { regionOf } from './units';

const BY_REGION: Record<string, string> = {
  US: '911', CA: '911', MX: '911', PR: '911', PH: '911', AR: '911',
  GB: '999', IE: '112', HK: '999', SG: '995', MY: '999',
  AU: '000', NZ: '111', JP: '119', KR: '119', TW: '119', CN: '120',
  IN: '112', ZA: '112', BR: '192', IL: '101',
};

export const FALLBACK_EMERGENCY_NUMBER = '112';

export function defaultEmergencyNumber(locale: string): string {
  return BY_REGION[regionOf(locale) ?? ''] ?? FALLBACK_EMERGENCY_NUMBER;
}

/** A dialable number: digits, optionally with a leading +, 2 to 15 of them. */
export const DIALABLE = /^\+?\d{2,15}$/;

export function isDialable(number: string): boolean {
  return DIALABLE.test(number);
}
