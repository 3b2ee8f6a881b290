import type { StepDefinition, TemplateDefinition } from '../../../domain/template.ts';
import { useT } from '../../i18n/useT.ts';
import { noteFrameOf, notesShownIn } from '../../realtime/boardSelectors.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import { Icon } from '../../ui/Icon.tsx';
import { ShownNotes } from '../workshopSteps/ShownNotes.tsx';

interface FacilitatorSelectProps {
  readonly template: TemplateDefinition;
  readonly step: StepDefinition;
  readonly state: ClientState;
}

/**
 * A select step on the facilitator's screen: the earlier step's notes to choose among, with their
 * dots; once voting is closed, the most voted first. Voting opens and closes in the settings panel.
 */
export function FacilitatorSelect({ template, step, state }: FacilitatorSelectProps) {
  const { t, tn, l } = useT();
  const workshop = state.board.workshop;
  if (!workshop) return null;
  const notes = notesShownIn(state.board.notes, template, step);
  const votingOpen = workshop.votingStepId === step.id;
  const dots = notes.reduce((sum, note) => sum + note.votes, 0);
  return (
    <section className="panel" aria-labelledby="select-heading">
      <h2 id="select-heading" className="panel-title">
        {t('selectStep.notesTitle', { step: l(noteFrameOf(template, step).title) })}
      </h2>
      <p className={votingOpen ? 'callout callout-vote' : 'muted'}>
        {votingOpen ? <Icon name="dot" size={16} /> : null} {votingOpen ? t('selectStep.votingOpenFacilitator') : t('selectStep.votingClosedFacilitator')}{' '}
        {tn('selectStep.dotsGiven', dots)}
      </p>
      <ShownNotes template={template} step={step} state={state} notes={notes} showVotes headingLevel={3} />
    </section>
  );
}
