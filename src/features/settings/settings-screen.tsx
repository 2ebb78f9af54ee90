/**
 * Settings: units, clock, night theme, emergency number, and what the browser does with the diary.
 */
import { useEffect, useId, useState } from 'react';
import { isDialable } from '../../domain/emergency-number';
import { CLOCKS, SETTINGS_LIMITS, THEME_MODES, type Clock, type SettingsPatch, type ThemeMode } from '../../domain/settings';
import type { TemperatureUnit, VolumeUnit } from '../../domain/units';
import { formatBytes, formatTime, localeUses12Hour } from '../../i18n/format';
import { format, messages as m } from '../../i18n/messages';
import { useSettings } from '../../storage/live';
import { persistenceNow, requestPersistence, storageEstimate } from '../../platform/persistence';
import { updateSettings } from '../../storage/settings';
import { useLocale } from '../../ui/use-locale';
import { guardSave } from '../../state/notice-store';
import { useRoute } from '../../state/route-store';
import { ChoiceGroup } from '../../ui/choice-group';
import { NumberField } from '../../ui/number-field';
import { RemindersSection } from './reminders-section';

const CLOCK_LABEL: Record<Clock, string> = { auto: m.settings.clockAuto, '12': m.settings.clock12, '24': m.settings.clock24 };
const THEME_LABEL: Record<ThemeMode, string> = { always: m.settings.themeAlways, device: m.settings.themeDevice, hours: m.settings.themeHours };
const PERSIST_TEXT = { granted: m.settings.persistGranted, 'not-granted': m.settings.persistDenied, unsupported: m.settings.persistUnsupported };

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
      <h1 id="settings-title">{m.settings.title}</h1>
      <button type="button" className="secondary" onClick={() => navigate('/data')}>{m.data.link}</button>
      <h2>{m.settings.units}</h2>
      <ChoiceGroup<TemperatureUnit>
        legend={m.settings.temperature}
        choices={[{ value: 'c', label: m.settings.celsius }, { value: 'f', label: m.settings.fahrenheit }]}
        value={settings.temperatureUnit}
        onChange={(temperatureUnit) => save({ temperatureUnit })}
      />
      <ChoiceGroup<VolumeUnit>
        legend={m.settings.volume}
        choices={[{ value: 'ml', label: m.settings.millilitres }, { value: 'floz', label: m.settings.fluidOunces }]}
        value={settings.volumeUnit}
        onChange={(volumeUnit) => save({ volumeUnit })}
      />
      <ChoiceGroup
        legend={m.settings.clock}
        columns={1}
        choices={CLOCKS.map((value) => ({ value, label: format(CLOCK_LABEL[value], { example }) }))}
        value={settings.clock}
        onChange={(clock) => save({ clock })}
      />
      <ChoiceGroup legend={m.settings.theme} columns={1} choices={THEME_MODES.map((value) => ({ value, label: THEME_LABEL[value] }))} value={settings.theme} onChange={(theme) => save({ theme })} />
      {settings.theme === 'hours' && (
        <div className="two-up">
          <NumberField label={m.settings.nightFrom} value={settings.nightFromHour} limit={SETTINGS_LIMITS.nightFromHour} onChange={(h) => (h === undefined ? undefined : save({ nightFromHour: h }))} />
          <NumberField label={m.settings.nightTo} value={settings.nightToHour} limit={SETTINGS_LIMITS.nightToHour} onChange={(h) => (h === undefined ? undefined : save({ nightToHour: h }))} />
        </div>
      )}
      <div className="field">
        <label htmlFor={numberId}>{m.settings.emergencyNumber}</label>
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
      <h2>{m.settings.storage}</h2>
      {persisted && <p>{PERSIST_TEXT[persisted]}</p>}
      {persisted === 'not-granted' && (
        <button type="button" className="secondary" onClick={askAgain}>
          {m.settings.persistRequest}
        </button>
      )}
      {estimate && <p>{format(m.settings.spaceUsed, { used: formatBytes(estimate.usage, locale), quota: formatBytes(estimate.quota, locale) })}</p>}
      <p>{m.settings.privacy}</p>
    </section>
  );
}
