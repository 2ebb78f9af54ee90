/**
 * Settings: units, clock, night theme, emergency number, reminders, the lock, and what the browser does
 * with the diary.
 */
import { useEffect, useId, useState } from 'react';
import { isDialable } from '../../domain/emergency-number';
import { CLOCKS, SETTINGS_LIMITS, THEME_MODES, type Clock, type SettingsPatch, type ThemeMode } from '../../domain/settings';
import type { TemperatureUnit, VolumeUnit } from '../../domain/units';
import { formatBytes, formatTime, localeUses12Hour } from '../../i18n/format';
import { format, messages as m } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { useSettings } from '../../storage/live';
import { persistenceNow, requestPersistence, storageEstimate } from '../../platform/persistence';
import { updateSettings } from '../../storage/settings';
import { useLocale } from '../../ui/use-locale';
import { guardSave } from '../../state/notice-store';
import { useRoute } from '../../state/route-store';
import { ChoiceGroup } from '../../ui/choice-group';
import { NumberField } from '../../ui/number-field';
import { LockSection } from './lock-section';
import { RemindersSection } from './reminders-section';

const CLOCK_LABEL: Record<Clock, string> = { auto: screens.settings.clockAuto, '12': screens.settings.clock12, '24': screens.settings.clock24 };
const THEME_LABEL: Record<ThemeMode, string> = { always: screens.settings.themeAlways, device: screens.settings.themeDevice, hours: screens.settings.themeHours };
const PERSIST_TEXT = { granted: screens.settings.persistGranted, 'not-granted': screens.settings.persistDenied, unsupported: screens.settings.persistUnsupported };

export function SettingsScreen() {
  const settings = useSettings();
  const navigate = useRoute((s) => s.navigate);
  const locale = useLocale();
  const numberId = useId();
  const [estimate, setEstimate] = useState<{ usage: number; quota: number }>();
  const [number, setNumber] = useState<string>();
  const [persisted, setPersisted] = useState<keyof typeof PERSIST_TEXT>();

  useEffect(() => {
    void storageEstimate().then(setEstimate);
    void persistenceNow().then(setPersisted);
  }, []);
  const askAgain = async () => {
    await requestPersistence();
    setPersisted(await persistenceNow());
  };

  if (!settings) return null;
  const save = (patch: SettingsPatch) => guardSave(() => updateSettings(patch));
  const example = formatTime(new Date(2026, 0, 1, 21, 30).getTime(), locale, localeUses12Hour(locale));

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{screens.settings.title}</h1>
      <button type="button" className="secondary" onClick={() => navigate('/data')}>{m.data.link}</button>
      <h2>{screens.settings.units}</h2>
      <ChoiceGroup<TemperatureUnit>
        legend={screens.settings.temperature}
        choices={[{ value: 'c', label: screens.settings.celsius }, { value: 'f', label: screens.settings.fahrenheit }]}
        value={settings.temperatureUnit}
        onChange={(temperatureUnit) => save({ temperatureUnit })}
      />
      <ChoiceGroup<VolumeUnit>
        legend={screens.settings.volume}
        choices={[{ value: 'ml', label: screens.settings.millilitres }, { value: 'floz', label: screens.settings.fluidOunces }]}
        value={settings.volumeUnit}
        onChange={(volumeUnit) => save({ volumeUnit })}
      />
      <ChoiceGroup
        legend={screens.settings.clock}
        columns={1}
        choices={CLOCKS.map((value) => ({ value, label: format(CLOCK_LABEL[value], { example }) }))}
        value={settings.clock}
        onChange={(clock) => save({ clock })}
      />
      <ChoiceGroup legend={screens.settings.theme} columns={1} choices={THEME_MODES.map((value) => ({ value, label: THEME_LABEL[value] }))} value={settings.theme} onChange={(theme) => save({ theme })} />
      {settings.theme === 'hours' && (
        <div className="two-up">
          <NumberField label={screens.settings.nightFrom} value={settings.nightFromHour} limit={SETTINGS_LIMITS.nightFromHour} onChange={(h) => (h === undefined ? undefined : save({ nightFromHour: h }))} />
          <NumberField label={screens.settings.nightTo} value={settings.nightToHour} limit={SETTINGS_LIMITS.nightToHour} onChange={(h) => (h === undefined ? undefined : save({ nightToHour: h }))} />
        </div>
      )}
      <div className="field">
        <label htmlFor={numberId}>{screens.settings.emergencyNumber}</label>
        <input
          id={numberId}
          type="tel"
          inputMode="tel"
          value={number ?? settings.emergencyNumber}
          aria-invalid={number !== undefined && !isDialable(number)}
          onChange={(e) => {
            setNumber(e.target.value);
            if (isDialable(e.target.value)) void save({ emergencyNumber: e.target.value });
          }}
        />
      </div>
      <RemindersSection />
      <LockSection />
      <h2>{screens.settings.storage}</h2>
      {persisted && <p>{PERSIST_TEXT[persisted]}</p>}
      {persisted === 'not-granted' && (
        <button type="button" className="secondary" onClick={askAgain}>
          {screens.settings.persistRequest}
        </button>
      )}
      {estimate && <p>{format(screens.settings.spaceUsed, { used: formatBytes(estimate.usage, locale), quota: formatBytes(estimate.quota, locale) })}</p>}
      <p>{screens.settings.privacy}</p>
    </section>
  );
}
