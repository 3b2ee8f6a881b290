import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/da.ts';
import { useT } from '../../i18n/useT.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { RasmusCards } from '../../ui/RasmusCards.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { PhasesInfo } from '../workshopSteps/PhasesInfo.tsx';
import { RolesInfo } from '../workshopSteps/RolesInfo.tsx';
import { TaskMovesInfo } from '../workshopSteps/TaskMovesInfo.tsx';
import { AdviceList } from './AdviceList.tsx';
import { DialogueList } from './DialogueList.tsx';
import { SourceList } from './SourceList.tsx';
import './method.css';

interface MethodSection {
  readonly id: string;
  readonly title: MessageKey;
  readonly intro: MessageKey | null;
  readonly body: ReactNode;
}

// The info steps' own cards, one heading level down: the page's h2 names each section.
const SECTIONS: readonly MethodSection[] = [
  { id: 'traits', title: 'method.traitsTitle', intro: 'method.traitsIntro', body: <RasmusCards headingLevel={3} /> },
  { id: 'phases', title: 'method.phasesTitle', intro: 'method.phasesIntro', body: <PhasesInfo focus={null} headingLevel={3} /> },
  { id: 'advice', title: 'method.adviceTitle', intro: 'method.adviceIntro', body: <AdviceList /> },
  { id: 'roles', title: 'method.rolesTitle', intro: 'method.rolesIntro', body: <RolesInfo headingLevel={3} /> },
  { id: 'tasks', title: 'method.tasksTitle', intro: 'method.tasksIntro', body: <TaskMovesInfo headingLevel={3} /> },
  { id: 'dialogues', title: 'method.dialoguesTitle', intro: 'method.dialoguesIntro', body: <DialogueList /> },
  { id: 'sources', title: 'method.sourcesTitle', intro: null, body: <SourceList /> },
];

/** /method — what Kompas builds on: the six traits, the four phases, the advice, the roles, moved tasks, and the sources. */
export function MethodPage() {
  const { t } = useT();
  usePageTitle(t('method.title'));
  return (
    <AppShell>
      <article className="method-page">
        <h1>{t('method.title')}</h1>
        <p className="lead">{t('method.lead')}</p>
        <nav className="method-contents" aria-label={t('method.contents')}>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a href={`#method-${section.id}`}>{t(section.title)}</a>
              </li>
            ))}
          </ul>
        </nav>
        {SECTIONS.map((section) => (
          <section key={section.id} id={`method-${section.id}`} aria-labelledby={`method-${section.id}-title`} className="method-section">
            <h2 id={`method-${section.id}-title`}>{t(section.title)}</h2>
            {section.intro ? <p>{t(section.intro)}</p> : null}
            {section.body}
          </section>
        ))}
      </article>
    </AppShell>
  );
}
