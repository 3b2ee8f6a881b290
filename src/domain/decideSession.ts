import type { Actor } from './actor.ts';
import { accept, refuse, type DecisionResult } from './decision.ts';
import type { TemplateDefinition } from './template.ts';
import type { WorkshopCommand } from './workshopCommands.ts';
import { DISPLAY_NAME_MAX_LENGTH, type WorkshopState } from './workshopState.ts';

type SessionCommand = Extract<
  WorkshopCommand,
  {
    type:
      | 'step.go'
      | 'timer.start'
      | 'timer.stop'
      | 'paper.headcount'
      | 'settings.update'
      | 'participant.rename'
      | 'workshop.finish'
      | 'workshop.reopen';
  }
>;

/** Running the session: steps, the timer, settings, names, finishing. */
export function decideSession(
  state: WorkshopState,
  template: TemplateDefinition,
  actor: Actor,
  command: SessionCommand,
  now: number,
): DecisionResult {
  switch (command.type) {
    case 'step.go': {
      if (command.stepIndex < 0 || command.stepIndex >= template.steps.length) return refuse('step_out_of_range');
      if (command.stepIndex === state.stepIndex) return accept();
      // A timer belongs to the step it was started in; voting too.
      return accept(
        { type: 'step.changed', stepIndex: command.stepIndex },
        ...(state.timer.endsAt !== null ? [{ type: 'timer.stopped' as const }] : []),
        ...(state.votingStepId !== null ? [{ type: 'voting.closed' as const }] : []),
      );
    }
    case 'timer.start': {
      const durationMs = command.seconds * 1000;
      return accept({ type: 'timer.started', endsAt: now + durationMs, durationMs });
    }
    case 'timer.stop':
      return state.timer.endsAt === null ? accept() : accept({ type: 'timer.stopped' });
    case 'paper.headcount': {
      // Only steps that take notes have people writing in them, on paper or not.
      const step = template.steps.find((s) => s.id === command.stepId);
      if (!step || step.categorySet === null) return refuse('step_takes_no_notes');
      if ((state.paperHeadcounts.get(step.id) ?? 0) === command.count) return accept();
      return accept({ type: 'paper.counted', stepId: step.id, count: command.count });
    }
    case 'settings.update': {
      if (state.settings.anonymous && command.anonymous === false) return refuse('anonymity_is_permanent');
      const anonymous = command.anonymous ?? state.settings.anonymous;
      const settings = {
        anonymous,
        privateWriting: command.privateWriting ?? state.settings.privateWriting,
        // Authors of an anonymous workshop are unknown; showing them is meaningless.
        showAuthors: anonymous ? false : (command.showAuthors ?? state.settings.showAuthors),
        voteBudget: command.voteBudget ?? state.settings.voteBudget,
      };
      return accept({ type: 'settings.changed', settings });
    }
    case 'participant.rename': {
      if (actor.kind !== 'participant') return refuse('not_allowed');
      const name = command.displayName?.trim() ?? '';
      if (name.length > DISPLAY_NAME_MAX_LENGTH) return refuse('name_too_long');
      // In an anonymous workshop a name would be an author in disguise.
      const displayName = state.settings.anonymous || name.length === 0 ? null : name;
      return accept({ type: 'participant.renamed', participantId: actor.participantId, displayName });
    }
    case 'workshop.finish':
      // A finished workshop never gets here: decide() refuses it as workshop_finished.
      return accept({ type: 'workshop.finished' });
    case 'workshop.reopen':
      return state.status === 'open' ? accept() : accept({ type: 'workshop.reopened' });
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled session command ${JSON.stringify(unreachable)}`);
    }
  }
}
