import type { ActionRevisionView } from '../../../protocol/actionPlan.ts';
import type { Translator } from '../../i18n/useT.ts';
import { formatDueDate } from '../../ui/actionText.ts';

/** The fields an action's history shows, in the order a person reads an action. */
export const REVISION_FIELDS = ['what', 'problem', 'who', 'responsible', 'due', 'status', 'followUp', 'scope'] as const;
export type RevisionField = (typeof REVISION_FIELDS)[number];

/** One field of a revision as words: a date in the reader's language, a status by its name, an empty field said so. */
export function revisionValue(revision: ActionRevisionView, field: RevisionField, { t, locale }: Pick<Translator, 't' | 'locale'>): string {
  switch (field) {
    case 'what':
    case 'problem':
    case 'who':
    case 'followUp':
      return revision[field] || t('registers.empty');
    case 'responsible':
      return revision.responsibleName ?? t('actionPlan.nobody');
    case 'due':
      return formatDueDate(revision.due, locale) ?? t('actions.noDate');
    case 'status':
      return t(`actionStatus.${revision.status}`);
    case 'scope':
      return revision.scope === 'upward' && revision.upwardTo ? t(`actionPlan.sentTo.${revision.upwardTo}`) : t('actionScope.choice.ours');
    default: {
      const unreachable: never = field;
      throw new Error(`unknown field ${String(unreachable)}`);
    }
  }
}

/** Whether a field of a revision holds anything (an empty text, no date or nobody is not worth a line). */
export function isFilled(revision: ActionRevisionView, field: RevisionField): boolean {
  switch (field) {
    case 'what':
    case 'problem':
    case 'who':
    case 'followUp':
      return revision[field].trim() !== '';
    case 'responsible':
      return revision.responsibleName !== null;
    case 'due':
      return revision.due !== null;
    case 'status':
    case 'scope':
      return true;
    default: {
      const unreachable: never = field;
      throw new Error(`unknown field ${String(unreachable)}`);
    }
  }
}
