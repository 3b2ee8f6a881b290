import type { EntryView } from '../../../protocol/registers.ts';

export interface ChecklistSummary {
  readonly done: number;
  readonly underWay: number;
  /** Items the project has marked as not fitting here; left out of what remains. */
  readonly notRelevant: number;
  /** Items neither done, under way nor marked not relevant. */
  readonly notStarted: number;
  readonly total: number;
}

/** How far the project has come with the ten pieces of advice, from each item's status field. */
export function summariseChecklist(entries: readonly EntryView[], statusField = 'status'): ChecklistSummary {
  const count = (status: string) => entries.filter((entry) => entry.data[statusField] === status).length;
  const done = count('done');
  const underWay = count('under_way');
  const notRelevant = count('not_relevant');
  return { done, underWay, notRelevant, notStarted: entries.length - done - underWay - notRelevant, total: entries.length };
}
