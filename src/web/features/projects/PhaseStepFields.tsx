import { FieldError, Label, Radio, RadioGroup } from 'react-aria-components';
import { findPhase, PROJECT_PHASES, type ProjectPhaseId, type ProjectStepId } from '../../../domain/projectPhases.ts';
import { useT } from '../../i18n/useT.ts';

interface PhaseStepFieldsProps {
  readonly phase: ProjectPhaseId;
  readonly step: ProjectStepId;
  readonly onChange: (phase: ProjectPhaseId, step: ProjectStepId) => void;
  readonly error?: string | null;
}

/**
 * The phase as one radio group and the step as another whose choices follow the phase: picking a
 * phase moves the step to that phase's first step.
 */
export function PhaseStepFields({ phase, step, onChange, error }: PhaseStepFieldsProps) {
  const { t, l } = useT();
  const current = findPhase(phase) ?? PROJECT_PHASES[0];
  return (
    <div className="phase-fields">
      <RadioGroup
        className="field radio-group"
        value={phase}
        onChange={(value) => {
          const next = findPhase(value);
          if (next) onChange(next.id, next.steps[0].id);
        }}
      >
        <Label className="field-label">{t('phase.phaseLabel')}</Label>
        <div className="radio-column">
          {PROJECT_PHASES.map((p, index) => (
            <Radio key={p.id} value={p.id} className="radio">
              <span className="phase-choice-number">{t('phase.number', { number: index + 1 })}</span>
              <span>{l(p.label)}</span>
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <RadioGroup
        className="field radio-group"
        value={step}
        onChange={(value) => {
          const next = current.steps.find((s) => s.id === value);
          if (next) onChange(current.id, next.id);
        }}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
      >
        <Label className="field-label">{t('phase.stepLabel', { phase: l(current.label) })}</Label>
        <div className="radio-column">
          {current.steps.map((s) => (
            <Radio key={s.id} value={s.id} className="radio">
              {l(s.label)}
            </Radio>
          ))}
        </div>
        <FieldError className="field-error">{error}</FieldError>
      </RadioGroup>
    </div>
  );
}
