import type { ProjectPhaseId, ProjectStepId } from '../../../domain/projectPhases.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon, type IconName } from '../../ui/Icon.tsx';
import { projectTimeline, type TimelineState } from './phaseTimeline.ts';

const STATE_ICON: Readonly<Record<TimelineState, IconName>> = { done: 'check', current: 'dot', ahead: 'circle' };

function useStateText() {
  const { t } = useT();
  return (state: TimelineState) => (state === 'done' ? t('phase.done') : state === 'current' ? t('phase.current') : t('phase.ahead'));
}

/** A round marker with an icon of its own for each state, so the state never rests on colour. */
function StateMarker({ state }: { state: TimelineState }) {
  return (
    <span className={`timeline-marker timeline-marker-${state}`} aria-hidden="true">
      <Icon name={STATE_ICON[state]} size={state === 'current' ? 14 : 16} />
    </span>
  );
}

/**
 * The project's four phases and their steps in order, as nested ordered lists: what is done, where
 * the project is now (aria-current), and what is still ahead, each with an icon and text. A column
 * on phones; the phases side by side on wider screens.
 */
export function PhaseTimeline({ phase, step }: { phase: ProjectPhaseId; step: ProjectStepId }) {
  const { t, l } = useT();
  const stateText = useStateText();
  const timeline = projectTimeline(phase, step);
  return (
    <div className="timeline-wrap">
      <ol className="timeline" aria-label={t('phase.timeline')}>
        {timeline.map((p) => (
          <li key={p.id} className={`timeline-phase timeline-phase-${p.state}`}>
            <div className="timeline-phase-head">
              <StateMarker state={p.state} />
              <span className="timeline-phase-text">
                <span className="timeline-phase-number">{t('phase.number', { number: p.number })}</span>
                <span className="timeline-phase-name">{l(p.label)}</span>
                <span className="timeline-state-text">{stateText(p.state)}</span>
              </span>
            </div>
            <ol className="timeline-steps">
              {p.steps.map((s) => (
                <li key={s.id} className={`timeline-step timeline-step-${s.state}`} aria-current={s.state === 'current' ? 'step' : undefined}>
                  <StateMarker state={s.state} />
                  <span className="timeline-step-name">{l(s.label)}</span>
                  {s.state === 'current' ? (
                    <span className="timeline-now">{t('phase.currentShort')}</span>
                  ) : (
                    <span className="visually-hidden">{stateText(s.state)}</span>
                  )}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <ul className="timeline-legend" aria-hidden="true">
        {(['done', 'current', 'ahead'] as const).map((state) => (
          <li key={state}>
            <StateMarker state={state} /> {stateText(state)}
          </li>
        ))}
      </ul>
    </div>
  );
}
