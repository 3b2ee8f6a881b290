import { useRef } from 'react';
import { Button } from 'react-aria-components';
import { REGISTERS } from '../../../domain/registers.ts';
import type { EntryView, RegisterView } from '../../../protocol/registers.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from '../../ui/Icon.tsx';
import { EntryFacts } from './EntryFacts.tsx';
import { titleField } from './entryText.ts';
import { JudgementPanel } from './JudgementPanel.tsx';
import { RegisterPanel } from './RegisterPanel.tsx';
import type { RegistersScope } from './registersScope.ts';
import { nextPosition } from './registersState.ts';
import { useRowEditing } from './useRowEditing.tsx';

const benefits = REGISTERS.benefits;
const assumptions = REGISTERS.assumptions;
/** The assumption's field that names the benefit it belongs to. */
const benefitRef = assumptions.fields.find((field) => field.input.kind === 'entryRef' && field.input.register === 'benefits') ?? null;

interface BenefitsSectionProps {
  readonly benefitsView: RegisterView;
  readonly assumptionsView: RegisterView;
  readonly scope: RegistersScope;
}

/**
 * The living benefits register: each expected benefit with the assumptions it rests on beneath it,
 * and, per assumption, how members judge it.
 */
export function BenefitsSection({ benefitsView, assumptionsView, scope }: BenefitsSectionProps) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const editing = useRowEditing(scope, () => heading.current?.focus());
  const benefitOf = (assumption: EntryView) => (benefitRef ? assumption.data[benefitRef.id] : null);
  const known = new Set(benefitsView.entries.map((entry) => entry.id));
  const orphans = assumptionsView.entries.filter((assumption) => {
    const ref = benefitOf(assumption);
    return typeof ref !== 'string' || !known.has(ref);
  });

  const addAssumption = (benefit: EntryView | null) =>
    editing.open({
      kind: 'add',
      definition: assumptions,
      position: nextPosition(assumptionsView),
      initial: benefit && benefitRef ? { [benefitRef.id]: benefit.id } : undefined,
    });

  const assumptionList = (items: readonly EntryView[]) =>
    items.length === 0 ? (
      <p className="muted">{t('registers.noAssumptions')}</p>
    ) : (
      <ul className="assumption-list">
        {items.map((assumption) => {
          const name = scope.rowTitle(assumptions, assumption) ?? t('registers.untitled');
          return (
            <li key={assumption.id} className="assumption" data-testid="assumption">
              <p className="assumption-text project-text">{name}</p>
              <EntryFacts definition={assumptions} entry={assumption} scope={scope} leaveOut={[titleField(assumptions)?.id ?? '', benefitRef?.id ?? '']} />
              <JudgementPanel entry={assumption} title={name} scope={scope} />
              {editing.controlsFor(assumptions, assumptionsView.canEdit, assumption, name)}
            </li>
          );
        })}
      </ul>
    );

  return (
    <RegisterPanel
      definition={benefits}
      title={t('registers.benefitsTitle')}
      canEdit={benefitsView.canEdit}
      headingRef={heading}
      notice={editing.notice}
      failure={editing.failure}
      action={
        benefitsView.canEdit ? (
          <Button className="button" onPress={() => editing.open({ kind: 'add', definition: benefits, position: nextPosition(benefitsView) })}>
            <Icon name="plus" size={18} /> {t('registers.addBenefit')}
          </Button>
        ) : null
      }
    >
      <p className="muted">{t('registers.judgeInvite')}</p>
      {benefitsView.entries.length === 0 ? <p className="muted">{t('registers.noBenefits')}</p> : null}
      <ul className="benefit-list">
        {benefitsView.entries.map((benefit) => {
          const name = scope.rowTitle(benefits, benefit) ?? t('registers.untitled');
          const headingId = `benefit-${benefit.id}`;
          return (
            <li key={benefit.id} className="benefit" data-testid="benefit">
              <div className="benefit-head">
                <h3 id={headingId} className="benefit-title">
                  {name}
                </h3>
                {editing.controlsFor(benefits, benefitsView.canEdit, benefit, name)}
              </div>
              <EntryFacts definition={benefits} entry={benefit} scope={scope} leaveOut={[titleField(benefits)?.id ?? '']} />
              <div className="assumptions-head">
                <h4 className="assumptions-title">{t('registers.assumptionsOf')}</h4>
                {assumptionsView.canEdit ? (
                  <Button className="button button-small" onPress={() => addAssumption(benefit)} aria-label={t('registers.addAssumptionOne', { row: name })}>
                    <Icon name="plus" size={16} /> {t('registers.addAssumption')}
                  </Button>
                ) : null}
              </div>
              {assumptionList(assumptionsView.entries.filter((assumption) => benefitOf(assumption) === benefit.id))}
            </li>
          );
        })}
      </ul>
      {orphans.length > 0 ? (
        <section className="benefit" aria-labelledby="assumptions-orphaned">
          <h3 id="assumptions-orphaned" className="benefit-title">
            {t('registers.orphanedAssumptions')}
          </h3>
          {assumptionList(orphans)}
        </section>
      ) : null}
      {editing.dialogs}
    </RegisterPanel>
  );
}
