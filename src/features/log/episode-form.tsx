/**
 * The details of one cramp: every control saves the moment it is touched. Loaded after the "Saved"
 * confirmation has painted (and fetched early, once the app has started), so the one-tap log stays light.
 */
import { useState } from 'react';
import { CONTEXTS, DURATION_BANDS, LIMITS, WARNINGS, toggleIn, toggleSite, type Episode, type EpisodePatch, type WarningSymptom } from '../../domain/episode';
import { hasMoreDetails } from '../../domain/episode-details';
import type { Settings } from '../../domain/settings';
import { EveningFields } from '../../ui/evening-fields';
import { useLockState } from '../../storage/lock-state';
import { limitInUnit } from '../../domain/record';
import { temperatureForDisplay, temperatureToStored } from '../../domain/units';
import { format, messages as m, siteName, sitesChosen } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { BodyMap } from '../../ui/body-map';
import { ChoiceGroup } from '../../ui/choice-group';
import { NumberField } from '../../ui/number-field';
import { ScaleField } from '../../ui/scale-field';
import { useCheckIn } from '../../storage/live';
import { hasDraftsFor } from '../../state/unsaved';
import { AutosaveNotes } from './autosave-notes';
import { ReliefList } from './relief-list';
import { StartTimeField } from './start-time-field';

/** A cramp looked at this long after it started is being filled in later (the morning), so every field shows. */
const LATER_MS = 60 * 60_000;

const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));

export interface FormProps {
  episode: Episode;
  settings: Settings;
  save: (change: EpisodePatch | ((e: Episode) => EpisodePatch)) => Promise<unknown>;
  onDone: () => void;
  onDelete: () => void;
}

export default function EpisodeForm({ episode, settings, save, onDone, onDelete }: FormProps) {
  const tempUnit = settings.temperatureUnit;
  const volUnit = settings.volumeUnit;
  // The night's check-in holds the evening, asked once per night.
  const checkIn = useCheckIn(episode.night);
  const locked = useLockState() === 'locked';
  // Right after the log tap only where, how bad and what helped are asked; the rest waits under a fold,
  // open from the start when it already holds something (or kept unsaved text), or when the cramp is being
  // looked at later.
  const [moreOpen] = useState(() => hasMoreDetails(episode) || hasDraftsFor(`${episode.id}:`) || Date.now() - episode.startedAt > LATER_MS);
  return (
    <>
      <BodyMap
        legend={screens.details.where}
        hint={screens.details.whereHint}
        sites={episode.sites}
        regionLabel={(r) => m.regions[r]}
        sideLabel={(s) => m.sides[s]}
        viewLabel={(v) => screens.views[v]}
        siteLabel={siteName}
        chosenLabel={sitesChosen}
        onToggle={(site) => save((e) => ({ sites: toggleSite(e.sites, site) }))}
      />
      <ScaleField legend={format(screens.details.intensity, LIMITS.intensity)} limit={LIMITS.intensity} value={episode.intensity} onChange={(intensity) => save({ intensity })} />
      <ReliefList episode={episode} save={save} />
      <div className="actions column">
        <button type="button" className="primary done-button" onClick={onDone}>{screens.details.done}</button>
        {/* There is no Save button to forget. */}
        <p className="hint center">{screens.details.autosaveNote}</p>
      </div>
      <details className="fold more-details" open={moreOpen}>
        <summary><h2>{screens.details.moreDetails}</h2></summary>
        <StartTimeField startedAt={episode.startedAt} onChange={(startedAt) => save({ startedAt })} />
        <ChoiceGroup legend={screens.details.context} choices={labelled(CONTEXTS, screens.contexts)} value={episode.context} onChange={(context) => save({ context })} />
        <ChoiceGroup legend={screens.details.duration} choices={labelled(DURATION_BANDS, screens.durations)} value={episode.durationBand} onChange={(durationBand) => save({ durationBand })} />
        <NumberField draftKey={`${episode.id}:durationMinutes`} label={screens.details.exactMinutes} value={episode.durationMinutes} limit={LIMITS.durationMinutes} onChange={(durationMinutes) => save({ durationMinutes })} />
        <NumberField draftKey={`${episode.id}:sleepLostMinutes`} label={screens.details.sleepLost} value={episode.sleepLostMinutes} limit={LIMITS.sleepLostMinutes} onChange={(sleepLostMinutes) => save({ sleepLostMinutes })} />
        <ChoiceGroup<WarningSymptom> multiple legend={screens.details.warnings} choices={labelled(WARNINGS, screens.warningSymptoms)} value={episode.warnings} onChange={(w) => save((e) => ({ warnings: toggleIn(e.warnings, w, WARNINGS) }))} />
        <NumberField draftKey={`${episode.id}:roomTempC`}
          label={format(screens.details.roomTemp, { unit: tempUnit === 'c' ? screens.settings.celsius : screens.settings.fahrenheit })}
          value={episode.roomTempC === undefined ? undefined : temperatureForDisplay(episode.roomTempC, tempUnit)}
          limit={limitInUnit(LIMITS.roomTempC, (c) => temperatureForDisplay(c, tempUnit), false)}
          onChange={(v) => save({ roomTempC: v === undefined ? undefined : temperatureToStored(v, tempUnit) })}
        />
        {/* While locked, the night's check-in cannot be read, so it is not offered for changing. */}
        {!locked && (
          <fieldset className="field">
            <legend>{screens.details.evening}</legend>
            <p className="hint">{screens.details.eveningHint}</p>
            <EveningFields night={episode.night} checkIn={checkIn} volumeUnit={volUnit} />
          </fieldset>
        )}
        <AutosaveNotes label={screens.details.notes} stored={episode.notes} draftKey={`${episode.id}:notes`} onSave={(notes) => save({ notes })} />
      </details>
      {/* Deleting is out of the thumb's way of "Done", and quieter: Undo follows it. */}
      <div className="delete-row">
        <button type="button" className="danger quiet" onClick={onDelete}>{screens.details.delete}</button>
      </div>
    </>
  );
}
