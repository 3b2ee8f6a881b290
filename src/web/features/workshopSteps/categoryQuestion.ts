import type { CategorySetId } from '../../../domain/categories.ts';
import type { MessageKey } from '../../i18n/da.ts';

/** The question the note form asks to place a note on one of the set's categories. */
export function categoryQuestionKey(set: CategorySetId | null): MessageKey {
  switch (set) {
    case null:
    case 'traits':
      return 'noteForm.trait';
    case 'timing':
      return 'noteForm.timing';
    case 'phaseQuestions':
      return 'categoryQuestion.phaseQuestions';
    case 'taskMoves':
      return 'categoryQuestion.taskMoves';
    case 'burdens':
      return 'categoryQuestion.burdens';
    case 'burdened':
      return 'categoryQuestion.burdened';
    case 'scope':
      return 'categoryQuestion.scope';
    default: {
      const unreachable: never = set;
      throw new Error(`unknown category set ${String(unreachable)}`);
    }
  }
}

/** Labels longer than this read as sentences, so the form lists them one per line. */
const SHORT_LABEL = 32;

/** Whether some category labels are sentences (phase questions) rather than names. */
export function hasLongLabels(labels: readonly string[]): boolean {
  return labels.some((label) => label.length > SHORT_LABEL);
}
