import type { StepDefinition, TemplateDefinition } from '../../../domain/template.ts';
import { useT } from '../../i18n/useT.ts';
import { noteFrameOf, notesShownIn } from '../../realtime/boardSelectors.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { ShownNotes } from '../workshopSteps/ShownNotes.tsx';
import { VoteControls } from './VoteControls.tsx';
import { VotingStatus } from './VotingStatus.tsx';

interface SelectStepProps {
  readonly template: TemplateDefinition;
  readonly step: StepDefinition;
  readonly state: ClientState;
  readonly client: WorkshopClient;
}

/**
 * A select step on a phone: the notes of an earlier step to choose among, by category, with a dot
 * to give on each while voting is open; afterwards the most voted first.
 */
export function SelectStep({ template, step, state, client }: SelectStepProps) {
  const { t, l } = useT();
  const workshop = state.board.workshop;
  if (!workshop) return null;
  const votingOpen = workshop.votingStepId === step.id;
  const notes = notesShownIn(state.board.notes, template, step);
  const voted = notes.some((n) => n.votes > 0);
  return (
    <div className="notes-step">
      {votingOpen ? <VotingStatus state={state} /> : <p className="muted">{voted ? t('selectStep.results') : t('selectStep.waitForVoting')}</p>}
      <section aria-labelledby="select-heading">
        <h2 id="select-heading">{t('selectStep.notesTitle', { step: l(noteFrameOf(template, step).title) })}</h2>
        <ShownNotes
          template={template}
          step={step}
          state={state}
          notes={notes}
          showVotes={votingOpen || voted}
          headingLevel={3}
          hideEmpty
          renderVote={(note) => <VoteControls note={note} state={state} client={client} />}
        />
      </section>
    </div>
  );
}
