/**
 * The nightly check-in: one per night, saved field by field as it is touched.
 */
import { BEDROOM_FEELS, CHECK_IN_LIMITS, type CheckInPatch } from '../../domain/check-in';
import { formatNight, plural } from '../../i18n/format';
import { format } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { deleteCheckIn, restoreCheckIn, saveCheckIn } from '../../storage/check-ins';
import { useCheckIn, useEpisodeCountOfNight, useSettings } from '../../storage/live';
import { guardSave, guardWrite, useNotices } from '../../state/notice-store';
import { leaveDeletedRecord, useRoute } from '../../state/route-store';
import { ChoiceGroup } from '../../ui/choice-group';
import { EveningFields } from '../../ui/evening-fields';
import { NumberField } from '../../ui/number-field';
import { useLocaleAndClock } from '../../ui/use-locale-and-clock';

type YesNo = 'yes' | 'no';
const YES_NO = [
  { value: 'yes' as const, label: screens.checkIn.yes },
  { value: 'no' as const, label: screens.checkIn.no },
];
const toYesNo = (b: boolean | undefined): YesNo | undefined => (b === undefined ? undefined : b ? 'yes' : 'no');

export function CheckInScreen({ night }: { night: string }) {
  const checkIn = useCheckIn(night);
  const cramps = useEpisodeCountOfNight(night);
  const settings = useSettings();
  const { locale } = useLocaleAndClock();
  const navigate = useRoute((s) => s.navigate);

  if (checkIn === undefined || cramps === undefined || !settings) return null;
  const save = (patch: CheckInPatch) => guardSave(() => saveCheckIn(night, patch));
  const volUnit = settings.volumeUnit;
  const remove = async (id: string) => {
    const removed = await guardWrite(() => deleteCheckIn(id));
    if (!removed) return;
    useNotices.getState().offerUndo({ message: screens.history.checkInDeleted, undo: () => restoreCheckIn(removed) });
    leaveDeletedRecord();
  };

  return (
    <section aria-labelledby="check-in-title">
      <h1 id="check-in-title">{format(screens.checkIn.title, { night: formatNight(night, locale) })}</h1>
      <p className="hint">{screens.checkIn.intro}</p>
      {cramps > 0 ? (
        <p>{plural(screens.checkIn.hadCramps, cramps, locale)}</p>
      ) : (
        // One tick, said the way round a person says it: never "No cramp that night: No".
        <ChoiceGroup
          multiple
          legend={screens.checkIn.thatNight}
          choices={[{ value: 'no-cramp' as const, label: screens.checkIn.noCramp }]}
          value={checkIn?.noCramp ? ['no-cramp'] : []}
          onChange={() => save({ noCramp: !checkIn?.noCramp })}
        />
      )}
      <EveningFields night={night} checkIn={checkIn} volumeUnit={volUnit} />
      <ChoiceGroup legend={screens.checkIn.caffeineAfter2pm} choices={YES_NO} value={toYesNo(checkIn?.caffeineAfter2pm)} onChange={(v) => save({ caffeineAfter2pm: v === 'yes' })} />
      <NumberField label={screens.checkIn.exercise} value={checkIn?.exerciseMinutes} limit={CHECK_IN_LIMITS.exerciseMinutes} onChange={(exerciseMinutes) => save({ exerciseMinutes })} />
      <NumberField label={screens.checkIn.hoursOnFeet} value={checkIn?.hoursOnFeet} limit={CHECK_IN_LIMITS.hoursOnFeet} onChange={(hoursOnFeet) => save({ hoursOnFeet })} />
      <ChoiceGroup legend={screens.checkIn.stretch} choices={YES_NO} value={toYesNo(checkIn?.stretchDone)} onChange={(v) => save({ stretchDone: v === 'yes' })} />
      <ChoiceGroup
        legend={screens.checkIn.bedroom}
        columns={3}
        choices={BEDROOM_FEELS.map((value) => ({ value, label: screens.bedroom[value] }))}
        value={checkIn?.bedroom}
        onChange={(bedroom) => save({ bedroom })}
      />
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate('/')}>{screens.checkIn.done}</button>
      </div>
      {checkIn && (
        <div className="delete-row">
          <button type="button" className="danger quiet" onClick={() => remove(checkIn.id)}>{screens.checkIn.delete}</button>
        </div>
      )}
    </section>
  );
}
