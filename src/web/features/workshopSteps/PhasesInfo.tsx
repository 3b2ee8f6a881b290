import { PHASE_GUIDES, PHASE_QUESTIONS } from '../../../domain/method/phaseQuestions.ts';
import { PROJECT_PHASES, type ProjectPhaseId } from '../../../domain/projectPhases.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from '../../ui/Icon.tsx';
import { headingsAt, type InfoProps } from './infoHeadings.ts';
import './workshopSteps.css';

/**
 * The four phases of a digitalisation, what happens in each and how staff take part, with the
 * questions to talk about. The workshop's own phase is said in words (and marked), and only its
 * questions are shown; without a phase, every phase's questions are.
 */
export function PhasesInfo({ focus, headingLevel = 2, compact }: InfoProps & { focus: ProjectPhaseId | null }) {
  const { t, l } = useT();
  const { Heading, SubHeading } = headingsAt(headingLevel);
  return (
    <ol className={compact ? 'trait-cards method-cards method-cards-compact' : 'trait-cards method-cards'}>
      {PROJECT_PHASES.map((phase, index) => {
        const isFocus = focus === phase.id;
        const guide = PHASE_GUIDES[phase.id];
        const showQuestions = focus === null || isFocus;
        return (
          <li key={phase.id} className={isFocus ? 'trait-card method-card method-card-focus' : 'trait-card method-card'} data-testid={`phase-${phase.id}`}>
            <Heading className="trait-name">
              <span className="trait-letter" aria-hidden="true">
                {index + 1}
              </span>
              {l(phase.label)}
            </Heading>
            {isFocus ? (
              <p className="method-focus">
                <Icon name="check" size={18} /> {t('infoPhases.focus')}
              </p>
            ) : null}
            <p>{l(guide.summary)}</p>
            {compact ? null : (
              <>
                <SubHeading className="trait-subheading">{t('infoPhases.involvement')}</SubHeading>
                <ul className="trait-list">
                  {guide.involvement.map((item) => (
                    <li key={item.en}>{l(item)}</li>
                  ))}
                </ul>
              </>
            )}
            {showQuestions ? (
              <>
                <SubHeading className="trait-subheading">{t('infoPhases.questions')}</SubHeading>
                <ol className="trait-list method-questions">
                  {PHASE_QUESTIONS[phase.id].map((question) => (
                    <li key={question.id}>{l(question.text)}</li>
                  ))}
                </ol>
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
