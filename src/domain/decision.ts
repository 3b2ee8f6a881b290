import type { DomainErrorCode } from './domainErrors.ts';
import { err, ok, type Result } from './result.ts';
import type { WorkshopEventData } from './workshopEvents.ts';

/** Dots to hand back to a named voter, because the note they were on is gone. */
export interface VoteRefund {
  readonly participantId: string;
  readonly stepId: string;
  readonly count: number;
}

/** What the engine decided: the events to record, and any change to spent votes. */
export interface Decision {
  readonly events: readonly WorkshopEventData[];
  /** Change to the actor's own spent votes in the step open for voting. */
  readonly votesUsedDelta: number;
  readonly voteRefunds: readonly VoteRefund[];
}

export type DecisionResult = Result<Decision, DomainErrorCode>;

export const accept = (...events: WorkshopEventData[]): DecisionResult => ok({ events, votesUsedDelta: 0, voteRefunds: [] });
export const refuse = (code: DomainErrorCode): DecisionResult => err(code);
