import { useState } from 'react';
import { Button, Group, Input, Label, NumberField } from 'react-aria-components';
import type { StepDefinition } from '../../../domain/template.ts';
import { MAX_TIMER_SECONDS } from '../../../domain/workshopState.ts';
import type { WorkshopView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { Timer } from '../../ui/Timer.tsx';

const PRESETS = [3, 5, 10] as const;

interface TimerControlsProps {
  readonly workshop: WorkshopView;
  readonly step: StepDefinition;
  readonly clockOffset: number;
  readonly client: WorkshopClient;
}

/** Start a countdown (3, 5, 10 minutes, the step's suggestion, or any), and stop it. */
export function TimerControls({ workshop, step, clockOffset, client }: TimerControlsProps) {
  const { t } = useT();
  const [custom, setCustom] = useState<number>(step.suggestedMinutes);
  const start = (minutes: number) => client.send({ type: 'timer.start', seconds: Math.round(Math.min(minutes * 60, MAX_TIMER_SECONDS)) });
  return (
    <section className="panel" aria-labelledby="timer-heading">
      <h2 id="timer-heading" className="panel-title">
        {t('facilitator.timer')}
      </h2>
      {workshop.timer.endsAt !== null ? (
        <div className="timer-running">
          <Timer timer={workshop.timer} clockOffset={clockOffset} />
          <Button className="button" onPress={() => client.send({ type: 'timer.stop' })}>
            {t('facilitator.stopTimer')}
          </Button>
        </div>
      ) : (
        <p className="muted">{t('facilitator.noTimer')}</p>
      )}
      <div className="button-row" role="group" aria-label={t('facilitator.timerPresets')}>
        {PRESETS.map((minutes) => (
          <Button key={minutes} className="button" onPress={() => start(minutes)}>
            {t('facilitator.minutes', { minutes })}
          </Button>
        ))}
      </div>
      <div className="inline-form">
        <NumberField className="field field-number" value={custom} onChange={setCustom} minValue={1} maxValue={MAX_TIMER_SECONDS / 60} step={1}>
          <Label className="field-label">{t('facilitator.customMinutes')}</Label>
          <Group className="number-group">
            <Input className="field-input" />
          </Group>
        </NumberField>
        <Button className="button" isDisabled={!Number.isFinite(custom) || custom < 1} onPress={() => start(custom)}>
          {t('facilitator.startTimer')}
        </Button>
      </div>
    </section>
  );
}
