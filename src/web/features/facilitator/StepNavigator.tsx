import { Button } from 'react-aria-components';
import type { TemplateDefinition } from '../../../domain/template.ts';
import type { WorkshopView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { Icon } from '../../ui/Icon.tsx';

/** Previous / next, and the whole list of steps to jump to; every screen follows. */
export function StepNavigator({ template, workshop, client }: { template: TemplateDefinition; workshop: WorkshopView; client: WorkshopClient }) {
  const { t, l } = useT();
  const index = workshop.stepIndex;
  const last = template.steps.length - 1;
  const go = (stepIndex: number) => client.send({ type: 'step.go', stepIndex });
  return (
    <section className="panel" aria-labelledby="steps-heading">
      <h2 id="steps-heading" className="panel-title">
        {t('facilitator.steps')}
      </h2>
      <div className="button-row">
        <Button className="button" isDisabled={index === 0} onPress={() => go(index - 1)} data-testid="previous-step">
          <Icon name="arrowLeft" size={18} /> {t('facilitator.previous')}
        </Button>
        <Button className="button button-primary" isDisabled={index >= last} onPress={() => go(index + 1)} data-testid="next-step">
          {t('facilitator.next')} <Icon name="arrowRight" size={18} />
        </Button>
      </div>
      <ol className="step-list">
        {template.steps.map((step, i) => (
          <li key={step.id}>
            <Button
              className={i === index ? 'step-link step-link-current' : 'step-link'}
              onPress={() => go(i)}
              aria-current={i === index ? 'step' : undefined}
            >
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              <span>{l(step.title)}</span>
            </Button>
          </li>
        ))}
      </ol>
    </section>
  );
}
