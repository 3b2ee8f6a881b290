import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import type { ProjectSummary } from '../../../protocol/projects.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from '../../ui/Icon.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { OrganisationFrame } from '../organisation/OrganisationFrame.tsx';
import { useOrganisation } from '../organisation/useOrganisation.ts';
import { formatDate, organisationHref, phaseStepText, projectHref } from './projectText.ts';
import { useProjects } from './useProject.ts';
import '../../ui/projects.css';

/** /org/:organisationId — the organisation's digitalisation projects, and a way to start one. */
export function OrganisationHomePage({ organisationId }: { organisationId: string }) {
  const { t } = useT();
  const organisation = useOrganisation(organisationId);
  usePageTitle(organisation.organisation ? t('project.listPageTitle', { organisation: organisation.organisation.name }) : t('project.listTitle'));
  return (
    <OrganisationFrame organisationId={organisationId} load={organisation}>
      {(view) => <ProjectList organisation={view} />}
    </OrganisationFrame>
  );
}

function ProjectList({ organisation }: { organisation: OrganisationView }) {
  const { t, error } = useT();
  const { load, reload } = useProjects(organisation.id);
  const canCreate = organisation.myPermissions.includes('project.manage');

  return (
    <>
      <div className="project-page-head">
        <div>
          <h1>{t('project.listTitle')}</h1>
          <p className="lead">{t('project.listLead')}</p>
        </div>
        {canCreate ? (
          <Link href={`${organisationHref(organisation.id)}/projects/new`} className="button button-primary" data-testid="new-project">
            <Icon name="plus" size={18} /> {t('project.new')}
          </Link>
        ) : null}
      </div>
      {load.status === 'loading' ? <p role="status">{t('project.loadingList')}</p> : null}
      {load.status === 'failed' ? (
        <div className="callout callout-error">
          <h2 className="panel-title">{t('project.listFailedTitle')}</h2>
          <p role="alert">{error(load.error)}</p>
          <Button className="button" onPress={() => void reload()}>
            {t('project.retry')}
          </Button>
        </div>
      ) : null}
      {load.status === 'ready' && load.value.length === 0 ? (
        <div className="card project-empty">
          <p>
            <strong>{t('project.none')}</strong>
          </p>
          <p className="muted">{canCreate ? t('project.noneCanCreate') : t('project.noneAskLeader')}</p>
        </div>
      ) : null}
      {load.status === 'ready' && load.value.length > 0 ? (
        <ul className="project-list">
          {load.value.map((project) => (
            <ProjectCard key={project.id} organisationId={organisation.id} project={project} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function ProjectCard({ organisationId, project }: { organisationId: string; project: ProjectSummary }) {
  const { t, tn, locale } = useT();
  const where = phaseStepText(project.phase, project.step, locale);
  return (
    <li className="card project-card" data-testid="project-card">
      <h2 className="project-card-title">
        <Link href={projectHref(organisationId, project.id)}>{project.title}</Link>
      </h2>
      {where ? (
        <div className="project-card-phase">
          <PhaseMeter number={where.number} total={where.total} />
          <p>
            <strong>{t('project.phaseOf', where)}</strong>
            <br />
            {t('project.stepIs', { step: where.step })}
          </p>
        </div>
      ) : null}
      <p className="project-card-meta">
        <Icon name="people" size={18} />
        <span>
          {project.workshopCount > 0
            ? t('project.workshopsAndOpen', {
                workshops: tn('project.workshops', project.workshopCount),
                open: tn('project.openWorkshops', project.openWorkshopCount),
              })
            : tn('project.workshops', 0)}
        </span>
      </p>
      <p className="muted project-card-updated">{t('project.updated', { date: formatDate(project.updatedAt, locale) })}</p>
    </li>
  );
}

/** Four bars, the phases reached filled in; a picture only (the text beside it says the same). */
function PhaseMeter({ number, total }: { number: number; total: number }) {
  return (
    <span className="phase-meter" aria-hidden="true">
      {Array.from({ length: total }, (_, index) => (
        <span key={index} className={index < number ? 'phase-meter-bar phase-meter-reached' : 'phase-meter-bar'} />
      ))}
    </span>
  );
}
