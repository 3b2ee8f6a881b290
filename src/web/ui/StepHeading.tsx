import type { StepDefinition } from '../../domain/template.ts';
import { useT } from '../i18n/useT.ts';

interface StepHeadingProps {
  readonly step: StepDefinition;
  readonly index: number;
  readonly total: number;
  /** The page's h1 (participant, board) or a section heading (facilitator). */
  readonly level?: 1 | 2;
}

/** "Step 2 of 5", the step's title and the question put to everyone. */
export function StepHeading({ step, index, total, level = 1 }: StepHeadingProps) {
  const { t, l } = useT();
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="step-heading">
      <p className="eyebrow">{t('step.position', { index: index + 1, total })}</p>
      <Heading className="step-title" data-testid="step-title">
        {l(step.title)}
      </Heading>
      <p className="step-prompt">{l(step.prompt)}</p>
    </div>
  );
}
