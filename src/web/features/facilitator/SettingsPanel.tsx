import { useRef, useState } from 'react';
import { Button, Group, Input, Label, NumberField, Switch } from 'react-aria-components';
import type { StepDefinition } from '../../../domain/template.ts';
import { MAX_VOTE_BUDGET } from '../../../domain/workshopState.ts';
import type { WorkshopView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Icon } from '../../ui/Icon.tsx';

interface SettingsPanelProps {
  readonly workshop: WorkshopView;
  readonly step: StepDefinition;
  readonly client: WorkshopClient;
}

function Toggle({ label, isSelected, isDisabled, onChange }: { label: string; isSelected: boolean; isDisabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <Switch className="switch" isSelected={isSelected} isDisabled={isDisabled} onChange={onChange}>
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      {label}
    </Switch>
  );
}

/** Private writing and revealing, authors, anonymity (one-way), votes and voting. */
export function SettingsPanel({ workshop, step, client }: SettingsPanelProps) {
  const { t, tn } = useT();
  const { settings } = workshop;
  const [budget, setBudget] = useState(settings.voteBudget);
  const hidden = workshop.hiddenCounts[step.id] ?? 0;
  const votingHere = workshop.votingStepId === step.id;
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section className="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="panel-title" ref={heading} tabIndex={-1}>
        {t('facilitator.settings')}
      </h2>
      <Toggle label={t('facilitator.privateWriting')} isSelected={settings.privateWriting} onChange={(privateWriting) => client.send({ type: 'settings.update', privateWriting })} />
      <p className="field-description">{t('facilitator.privateWritingHint')}</p>
      {step.categorySet ? (
        <Button className="button" isDisabled={hidden === 0} onPress={() => client.send({ type: 'notes.reveal', stepId: step.id })}>
          <Icon name="hidden" size={18} /> {hidden > 0 ? tn('facilitator.revealCount', hidden) : t('facilitator.revealNone')}
        </Button>
      ) : null}
      <Toggle
        label={t('facilitator.showAuthors')}
        isSelected={settings.showAuthors}
        isDisabled={settings.anonymous}
        onChange={(showAuthors) => client.send({ type: 'settings.update', showAuthors })}
      />
      {settings.anonymous ? (
        <p className="badge-line">
          <Icon name="check" size={18} /> {t('facilitator.isAnonymous')}
        </p>
      ) : (
        <ConfirmDialog
          trigger={<Button className="button">{t('facilitator.makeAnonymous')}</Button>}
          title={t('facilitator.anonymousConfirmTitle')}
          body={<p>{t('facilitator.anonymousConfirmBody')}</p>}
          confirmLabel={t('facilitator.anonymousConfirm')}
          onConfirm={() => {
            client.send({ type: 'settings.update', anonymous: true });
            // The button is replaced by a line saying the workshop is anonymous; focus goes to
            // the panel's heading once the dialog has closed, rather than falling to the page.
            requestAnimationFrame(() => heading.current?.focus());
          }}
          danger
        />
      )}
      <div className="inline-form">
        <NumberField className="field field-number" value={budget} onChange={setBudget} minValue={1} maxValue={MAX_VOTE_BUDGET} step={1}>
          <Label className="field-label">{t('facilitator.voteBudget')}</Label>
          <Group className="number-group">
            <Input className="field-input" />
          </Group>
        </NumberField>
        <Button
          className="button"
          isDisabled={!Number.isInteger(budget) || budget === settings.voteBudget}
          onPress={() => client.send({ type: 'settings.update', voteBudget: budget })}
        >
          {t('common.save')}
        </Button>
      </div>
      {step.voting ? (
        votingHere ? (
          <Button className="button button-primary" onPress={() => client.send({ type: 'voting.close' })}>
            {t('facilitator.closeVoting')}
          </Button>
        ) : (
          <Button className="button button-primary" onPress={() => client.send({ type: 'voting.open', stepId: step.id })} data-testid="open-voting">
            {t('facilitator.openVoting')}
          </Button>
        )
      ) : null}
    </section>
  );
}
