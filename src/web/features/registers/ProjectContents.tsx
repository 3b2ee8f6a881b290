import { REGISTERS } from '../../../domain/registers.ts';
import { useT } from '../../i18n/useT.ts';
import { COMPARISON_SECTION_ID } from './ComparisonSection.tsx';
import { PROJECT_ACTIONS_SECTION_ID } from './ProjectActionsSection.tsx';
import { registerSectionId } from './RegisterPanel.tsx';

/** A place on the project page the contents can point at. */
export interface ContentsLink {
  readonly targetId: string;
  readonly label: string;
}

/**
 * "On this page": links to every section of the long project page, in its order; the sections
 * that come before the follow-up (workshops, frame) are named by the page.
 */
export function ProjectContents({ leading }: { leading: readonly ContentsLink[] }) {
  const { t, l } = useT();
  const links: readonly ContentsLink[] = [
    ...leading,
    { targetId: COMPARISON_SECTION_ID, label: t('comparisonView.title') },
    { targetId: PROJECT_ACTIONS_SECTION_ID, label: t('projectActions.title') },
    { targetId: registerSectionId('rolesPlan'), label: l(REGISTERS.rolesPlan.name) },
    { targetId: registerSectionId('adviceChecklist'), label: l(REGISTERS.adviceChecklist.name) },
    { targetId: registerSectionId('benefits'), label: t('registers.benefitsTitle') },
    { targetId: registerSectionId('taskShifts'), label: l(REGISTERS.taskShifts.name) },
    { targetId: registerSectionId('invisibleWork'), label: l(REGISTERS.invisibleWork.name) },
  ];
  return (
    <nav className="project-contents" aria-labelledby="project-contents-heading">
      <h2 id="project-contents-heading" className="project-contents-title">
        {t('registers.contents')}
      </h2>
      <ul className="project-contents-list">
        {links.map((link) => (
          <li key={link.targetId}>
            <a href={`#${link.targetId}`} className="text-link">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
