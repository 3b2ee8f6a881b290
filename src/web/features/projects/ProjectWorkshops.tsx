import { Link } from 'wouter';
import { findTemplate } from '../../../domain/templateRegistry.ts';
import type { ProjectWorkshop } from '../../../protocol/projects.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from '../../ui/Icon.tsx';
import { displayJoinCode } from '../../ui/joinCodeText.ts';
import { formatDate } from './projectText.ts';

interface ProjectWorkshopsProps {
  readonly workshops: readonly ProjectWorkshop[];
  /** Whether the viewer may run workshops: the facilitator's page and the projector board. */
  readonly canFacilitate: boolean;
}

/** The project's workshops, newest first: status, code for facilitators, and where to go. */
export function ProjectWorkshops({ workshops, canFacilitate }: ProjectWorkshopsProps) {
  const { t, l, locale } = useT();
  if (workshops.length === 0) return <p className="muted">{t('projectWorkshop.none')}</p>;
  const newestFirst = [...workshops].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ul className="workshop-list">
      {newestFirst.map((workshop) => {
        const template = findTemplate(workshop.templateId);
        const base = `/w/${encodeURIComponent(workshop.id)}`;
        return (
          <li key={workshop.id} className="workshop-item" data-testid="project-workshop">
            <h3 className="workshop-item-title">{workshop.title}</h3>
            <p className="workshop-item-meta">
              <span className={workshop.status === 'open' ? 'status-tag status-tag-open' : 'status-tag status-tag-finished'}>
                <Icon name={workshop.status === 'open' ? 'dot' : 'check'} size={14} />
                {workshop.status === 'open' ? t('projectWorkshop.open') : t('projectWorkshop.finished')}
              </span>
              {template ? <span>{l(template.name)}</span> : null}
              <span>{t('projectWorkshop.created', { date: formatDate(workshop.createdAt, locale) })}</span>
            </p>
            {workshop.joinCode && workshop.status === 'open' ? (
              <p className="workshop-item-code">
                <span className="field-label">{t('projectWorkshop.joinCode')}</span>
                <span className="workshop-code-value">{displayJoinCode(workshop.joinCode)}</span>
              </p>
            ) : null}
            <div className="button-row">
              {canFacilitate ? (
                <Link href={`${base}/facilitate`} className="button button-small button-primary" aria-label={t('projectWorkshop.facilitateOne', { title: workshop.title })}>
                  {t('projectWorkshop.facilitate')}
                </Link>
              ) : null}
              {canFacilitate ? (
                <Link href={`${base}/board`} className="button button-small" aria-label={t('projectWorkshop.boardOne', { title: workshop.title })}>
                  {t('projectWorkshop.board')}
                </Link>
              ) : null}
              <Link href={`${base}/summary`} className="button button-small" aria-label={t('projectWorkshop.summaryOne', { title: workshop.title })}>
                {t('projectWorkshop.summary')}
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
