import type { InfoContent } from '../../../domain/template.ts';
import type { WorkshopOptions } from '../../../domain/workshopOptions.ts';
import { RasmusCards } from '../../ui/RasmusCards.tsx';
import { PhasesInfo } from './PhasesInfo.tsx';
import { RolesInfo } from './RolesInfo.tsx';
import { TaskMovesInfo } from './TaskMovesInfo.tsx';
import type { InfoProps } from './infoHeadings.ts';

/** What an info step reads together, by its named content; the same on phone, laptop and projector. */
export function InfoStep({ content, options, headingLevel = 2, compact }: InfoProps & { content: InfoContent | null; options: WorkshopOptions }) {
  switch (content) {
    case null:
      return null;
    case 'rasmus':
      return <RasmusCards headingLevel={headingLevel} compact={compact} />;
    case 'phases':
      return <PhasesInfo focus={options.phase} headingLevel={headingLevel} compact={compact} />;
    case 'taskMoves':
      return <TaskMovesInfo headingLevel={headingLevel} compact={compact} />;
    case 'roles':
      return <RolesInfo headingLevel={headingLevel} compact={compact} />;
    default: {
      const unreachable: never = content;
      throw new Error(`unknown info content ${String(unreachable)}`);
    }
  }
}

