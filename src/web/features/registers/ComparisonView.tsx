import { useId } from 'react';
import type { ComparisonResponse, TraitComparison } from '../../../protocol/comparison.ts';
import { useT } from '../../i18n/useT.ts';
import { traitName } from '../../ui/actionText.ts';
import { barPercent, comparisonHidden, comparisonScale, type ComparisonHidden } from './comparisonText.ts';
import '../../ui/comparison.css';

/**
 * The before/after comparison per RASMUS trait: what was expected to get better or worse, against
 * what was experienced. Data in, nothing fetched, so the live board can show it too. The bars are a
 * picture for the eye (hidden from screen readers); the table under them holds the same numbers.
 * Below the anonymity threshold it says why there is nothing to show.
 */
export function ComparisonView({ comparison }: { comparison: ComparisonResponse }) {
  const { t, n } = useT();
  const hidden = comparisonHidden(comparison);
  const { expected, experienced } = comparison;
  return (
    <div className="comparison">
      {expected || experienced ? (
        <ul className="comparison-sides">
          {expected ? <li>{t('comparisonView.expectedSide', { title: expected.title, count: n(expected.contributors) })}</li> : null}
          {experienced ? <li>{t('comparisonView.experiencedSide', { title: experienced.title, count: n(experienced.contributors) })}</li> : null}
        </ul>
      ) : null}
      {hidden || !comparison.traits ? <HiddenReason hidden={hidden ?? { reason: 'no_expected' }} /> : <ComparisonData traits={comparison.traits} />}
    </div>
  );
}

function HiddenReason({ hidden }: { hidden: ComparisonHidden }) {
  const { t, tn, n } = useT();
  const sentence = (() => {
    switch (hidden.reason) {
      case 'no_expected':
        return t('comparisonView.noExpected');
      case 'no_experienced':
        return t('comparisonView.noExperienced');
      case 'too_few_expected':
        if (hidden.contributors === 0) return t('comparisonView.noneYetExpected', { title: hidden.title, min: n(hidden.minGroupSize) });
        return tn('comparisonView.tooFewExpected', hidden.contributors, { title: hidden.title, min: n(hidden.minGroupSize) });
      case 'too_few_experienced':
        if (hidden.contributors === 0) return t('comparisonView.noneYetExperienced', { title: hidden.title, min: n(hidden.minGroupSize) });
        return tn('comparisonView.tooFewExperienced', hidden.contributors, { title: hidden.title, min: n(hidden.minGroupSize) });
      default: {
        const unreachable: never = hidden;
        throw new Error(`unhandled comparison reason ${JSON.stringify(unreachable)}`);
      }
    }
  })();
  return <p className="callout comparison-hidden">{sentence}</p>;
}

function ComparisonData({ traits }: { traits: readonly TraitComparison[] }) {
  const { t, n, locale } = useT();
  const captionId = useId();
  const scale = comparisonScale(traits);
  const bar = (value: number, side: 'expected' | 'experienced', label: string) => (
    <div className="cmp-bar-row">
      <span className="cmp-row-label">{label}</span>
      <span className="cmp-track">
        {value > 0 ? <span className={`cmp-bar cmp-${side}`} style={{ width: `${barPercent(value, scale)}%` }} /> : null}
      </span>
      <span className="cmp-value">{n(value)}</span>
    </div>
  );
  const pair = (kind: 'positive' | 'negative', expectedValue: number, experiencedValue: number) => (
    <div className={`cmp-pair cmp-${kind}`}>
      <p className="cmp-pair-label">
        <span className="cmp-sign">{kind === 'positive' ? '+' : '−'}</span> {kind === 'positive' ? t('comparisonView.better') : t('comparisonView.worse')}
      </p>
      {bar(expectedValue, 'expected', t('comparisonView.expectedShort'))}
      {bar(experiencedValue, 'experienced', t('comparisonView.experiencedShort'))}
    </div>
  );
  return (
    <>
      <div className="comparison-chart" aria-hidden="true">
        <ul className="comparison-legend">
          <li>
            <span className="cmp-swatch cmp-expected" /> {t('comparisonView.legendExpected')}
          </li>
          <li>
            <span className="cmp-swatch cmp-experienced" /> {t('comparisonView.legendExperienced')}
          </li>
        </ul>
        <div className="cmp-traits">
          {traits.map((trait) => (
            <div key={trait.traitId} className="cmp-trait">
              <p className="cmp-trait-name">{traitName(trait.traitId, locale) ?? trait.traitId}</p>
              {pair('positive', trait.expectedPositive, trait.experiencedPositive)}
              {pair('negative', trait.expectedNegative, trait.experiencedNegative)}
            </div>
          ))}
        </div>
      </div>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="comparison-table">
          <caption id={captionId}>{t('comparisonView.caption')}</caption>
          <thead>
            <tr>
              <td />
              <th scope="colgroup" colSpan={2}>
                {t('comparisonView.better')}
              </th>
              <th scope="colgroup" colSpan={2}>
                {t('comparisonView.worse')}
              </th>
            </tr>
            <tr>
              <th scope="col">{t('comparisonView.trait')}</th>
              <th scope="col">{t('comparisonView.expectedShort')}</th>
              <th scope="col">{t('comparisonView.experiencedShort')}</th>
              <th scope="col">{t('comparisonView.expectedShort')}</th>
              <th scope="col">{t('comparisonView.experiencedShort')}</th>
            </tr>
          </thead>
          <tbody>
            {traits.map((trait) => (
              <tr key={trait.traitId}>
                <th scope="row">{traitName(trait.traitId, locale) ?? trait.traitId}</th>
                <td>{n(trait.expectedPositive)}</td>
                <td>{n(trait.experiencedPositive)}</td>
                <td>{n(trait.expectedNegative)}</td>
                <td>{n(trait.experiencedNegative)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
