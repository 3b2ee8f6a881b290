import type { ReactNode } from 'react';
import type { StepDefinition, TemplateDefinition } from '../../../domain/template.ts';
import type { NoteView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import { noteFrameOf } from '../../realtime/boardSelectors.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import { NoteBoard } from '../../ui/NoteBoard.tsx';

interface ShownNotesProps {
  readonly template: TemplateDefinition;
  readonly step: StepDefinition;
  readonly state: ClientState;
  /** The step's notes, from notesShownIn: the parent reads them too, so it works them out once. */
  readonly notes: readonly NoteView[];
  readonly showVotes: boolean;
  readonly variant?: 'projector' | 'normal';
  readonly headingLevel?: 2 | 3;
  readonly hideEmpty?: boolean;
  /** Controls on each note while voting is open in the step (a phone's dot). */
  readonly renderVote?: (note: NoteView) => ReactNode;
}

/**
 * The visible notes a step shows (a select step: its source step's), by the source's categories;
 * once voting in the step has closed and dots were given, the most voted first.
 */
export function ShownNotes({ template, step, state, notes, showVotes, variant, headingLevel, hideEmpty, renderVote }: ShownNotesProps) {
  const { t } = useT();
  const workshop = state.board.workshop;
  if (!workshop) return null;
  const votingOpen = workshop.votingStepId === step.id;
  if (notes.length === 0 && step.kind === 'select') return <p className="muted">{t('selectStep.noNotes')}</p>;
  return (
    <NoteBoard
      step={noteFrameOf(template, step)}
      options={workshop.options}
      notes={notes}
      groups={[...state.board.groups.values()]}
      variant={variant}
      showVotes={showVotes}
      sortByVotes={!votingOpen && notes.some((n) => n.votes > 0)}
      headingLevel={headingLevel}
      hideEmpty={hideEmpty}
      renderActions={votingOpen ? renderVote : undefined}
    />
  );
}
