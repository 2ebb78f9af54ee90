/**
 * The evening of one night (alcohol, caffeine, fluids), asked once per night: the check-in screen and the
 * cramp form both show these fields, and both read and write the night's check-in.
 */
import { CHECK_IN_LIMITS, type CheckIn, type CheckInPatch } from '../domain/check-in';
import type { NightKey } from '../domain/night';
import { limitInUnit } from '../domain/record';
import type { VolumeUnit } from '../domain/units';
import { volumeForDisplay, volumeToStored } from '../domain/units';
import { format } from '../i18n/messages';
import { screens } from '../i18n/screens';
import { saveCheckIn } from '../storage/check-ins';
import { guardSave } from '../state/notice-store';
import { NumberField } from './number-field';

interface Props {
  night: NightKey;
  checkIn: CheckIn | null | undefined;
  volumeUnit: VolumeUnit;
}

export function EveningFields({ night, checkIn, volumeUnit }: Props) {
  const save = (patch: CheckInPatch) => guardSave(() => saveCheckIn(night, patch));
  const key = (field: string) => `evening-${night}:${field}`;
  return (
    <>
      <NumberField draftKey={key('alcoholDrinks')} label={screens.checkIn.alcohol} value={checkIn?.alcoholDrinks} limit={CHECK_IN_LIMITS.alcoholDrinks} onChange={(alcoholDrinks) => save({ alcoholDrinks })} />
      <NumberField draftKey={key('caffeineDrinks')} label={screens.checkIn.caffeine} value={checkIn?.caffeineDrinks} limit={CHECK_IN_LIMITS.caffeineDrinks} onChange={(caffeineDrinks) => save({ caffeineDrinks })} />
      <NumberField
        draftKey={key('fluidsMl')}
        label={format(screens.checkIn.fluids, { unit: volumeUnit === 'ml' ? screens.settings.millilitres : screens.settings.fluidOunces })}
        value={checkIn?.fluidsMl === undefined ? undefined : volumeForDisplay(checkIn.fluidsMl, volumeUnit)}
        limit={limitInUnit(CHECK_IN_LIMITS.fluidsMl, (ml) => volumeForDisplay(ml, volumeUnit), volumeUnit === 'ml')}
        onChange={(v) => save({ fluidsMl: v === undefined ? undefined : volumeToStored(v, volumeUnit) })}
      />
    </>
  );
}
