/**
 * Evenings compared: the cramp rate on nights with each factor against nights without, as plain counts,
 * shown only once there are enough nights; otherwise how many more are needed.
 */
import { compareFactors, FLUIDS_THRESHOLD_ML, type Night } from '../../domain/patterns';
import { volumeForDisplay, type VolumeUnit } from '../../domain/units';
import { formatNumber, formatPercent, plural } from '../../i18n/format';
import { format } from '../../i18n/messages';
import { screens } from '../../i18n/screens';
import { insights } from '../../i18n/insights';

interface Props {
  nights: readonly Night[];
  volumeUnit: VolumeUnit;
  locale: string;
}

export function FactorsSection({ nights, volumeUnit, locale }: Props) {
  const comparisons = compareFactors(nights);
  // Amounts in the person's own units: 1,500 ml or 51 fl oz.
  const percent = (share: number) => formatPercent(share, locale);
  const amount = `${formatNumber(volumeForDisplay(FLUIDS_THRESHOLD_ML, volumeUnit), locale, 0)} ${volumeUnit === 'ml' ? screens.settings.millilitres : screens.settings.fluidOunces}`;
  return (
    <section aria-labelledby="factors-title">
      <h2 id="factors-title">{insights.patterns.factorsTitle}</h2>
      <p className="hint">{insights.patterns.factorsCaption}</p>
      <ul className="plain factors">
        {comparisons.map((c) => {
          const words = insights.patterns.factors[c.factor];
          return (
            <li key={c.factor} className="card">
              <h3>{words.name}</h3>
              {c.shown ? (
                <>
                  <p>
                    {format(insights.patterns.factorSentence, {
                      withCramps: c.with.crampNights,
                      withNights: c.with.nights,
                      withLabel: format(words.with, { amount }),
                      withShare: percent(c.with.crampNights / c.with.nights),
                      withoutCramps: c.without.crampNights,
                      withoutNights: c.without.nights,
                      withoutLabel: words.without,
                      withoutShare: percent(c.without.crampNights / c.without.nights),
                    })}
                  </p>
                  <p className="hint">
                    {format(c.apart ? insights.patterns.factorApart : insights.patterns.factorTooFew, {
                      withLow: percent(c.intervals.with.low),
                      withHigh: percent(c.intervals.with.high),
                      withoutLow: percent(c.intervals.without.low),
                      withoutHigh: percent(c.intervals.without.high),
                    })}
                  </p>
                  <div className="compare" aria-hidden="true">
                    <span className="compare-bar" style={{ ['--share' as string]: String(c.with.crampNights / c.with.nights) }} />
                    <span className="compare-bar muted" style={{ ['--share' as string]: String(c.without.crampNights / c.without.nights) }} />
                  </div>
                </>
              ) : (
                <p>{c.needed.logged > 0 ? plural(insights.patterns.neededLogged, c.needed.logged, locale) : format(insights.patterns.neededGroups, { with: c.needed.with, without: c.needed.without })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
