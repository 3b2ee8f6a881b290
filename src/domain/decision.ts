import type { DomainErrorCode } from './domainErrors.ts';
import { err, ok, type Result } from './result.ts';
import type { WorkshopEventData } from './workshopEvents.ts';

/** What the engine decided: the events to record, and any change to the actor's spent votes. */
export interface Decision {
  readonly events: readonly WorkshopEventData[];
  readonly votesUsedDelta: number;
}

export type DecisionResult = Result<Decision, DomainErrorCode>;

export const accept = (...events: WorkshopEventData[]): DecisionResult => ok({ events, votesUsedDelta: 0 });
export const refuse = (code: DomainErrorCode): DecisionResult => err(code);
