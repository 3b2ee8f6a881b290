import { useEffect, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import type { ProjectView } from '../../../protocol/projects.ts';
import { useT } from '../../i18n/useT.ts';
import { browserStore } from '../../realtime/localStore.ts';
import { Icon } from '../../ui/Icon.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { OrganisationFrame } from '../organisation/OrganisationFrame.tsx';
import { ProjectContents } from '../registers/ProjectContents.tsx';
import { ProjectFollowUp } from '../registers/ProjectFollowUp.tsx';
import { SuccessMessage } from '../organisation/SuccessMessage.tsx';
import { useOrganisation } from '../organisation/useOrganisation.ts';
import { FRAME_SECTIONS, isFrameEmpty } from './frameSections.ts';
import { NewWorkshopDialog } from './NewWorkshopDialog.tsx';
import { PhaseTimeline } from './PhaseTimeline.tsx';
import { EditDetailsDialog, EditFrameDialog, MovePhaseDialog } from './ProjectDialogs.tsx';
import { rememberProjectOfWorkshop } from './projectOfWorkshop.ts';
import { formatDate, organisationHref, phaseStepText } from './projectText.ts';
import { ProjectWorkshops } from './ProjectWorkshops.tsx';
import { useProject, type Load } from './useProject.ts';
import '../../ui/projects.css';

/** /org/:organisationId/projects/:projectId — one digitalisation project: where it is, its frame, its workshops, and its follow-up. */
export function ProjectPage({ organisationId, projectId }: { organisationId: string; projectId: string }) {
  const { t } = useT();
  const organisation = useOrganisation(organisationId);
  const project = useProject(organisationId, projectId);
  usePageTitle(project.load.status === 'ready' ? project.load.value.title : project.load.status === 'failed' ? t('project.loadFailedTitle') : t('project.eyebrow'));
  return (
    <OrganisationFrame organisationId={organisationId} load={organisation} wide>
      {(view) => <ProjectContent organisation={view} load={project.load} onChanged={project.replace} onRetry={() => void project.reload()} />}
    </OrganisationFrame>
  );
}

type Editing = 'details' | 'phase' | 'frame' | 'workshop' | null;

interface ProjectContentProps {
  readonly organisation: OrganisationView;
  readonly load: Load<ProjectView>;
  readonly onChanged: (project: ProjectView) => void;
  readonly onRetry: () => void;
}

function ProjectContent({ organisation, load, onChanged, onRetry }: ProjectContentProps) {
  const { t, error } = useT();
  const backLink = (
    <p className="project-back">
      <Link href={organisationHref(organisation.id)} className="text-link">
        <Icon name="arrowLeft" size={18} /> {t('project.backToList')}
      </Link>
    </p>
  );
  if (load.status === 'loading') {
    return (
      <>
        {backLink}
        <p role="status">{t('project.loading')}</p>
      </>
    );
  }
  if (load.status === 'failed') {
    return (
      <div className="narrow">
        {backLink}
        <h1>{t('project.loadFailedTitle')}</h1>
        <p role="alert">{error(load.error)}</p>
        {load.error === 'network' || load.error === 'internal' ? (
          <Button className="button" onPress={onRetry}>
            {t('project.retry')}
          </Button>
        ) : null}
      </div>
    );
  }
  return (
    <>
      {backLink}
      <ProjectDetails organisation={organisation} project={load.value} onChanged={onChanged} />
    </>
  );
}

interface ProjectDetailsProps {
  readonly organisation: OrganisationView;
  readonly project: ProjectView;
  readonly onChanged: (project: ProjectView) => void;
}

function ProjectDetails({ organisation, project, onChanged }: ProjectDetailsProps) {
  const { t, locale } = useT();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canManage = organisation.myPermissions.includes('project.manage');
  const canFacilitate = organisation.myPermissions.includes('workshop.facilitate');

  // The live workshop does not name its project, so this device notes it for the facilitator's page.
  useEffect(() => {
    if (!canFacilitate) return;
    const store = browserStore();
    for (const workshop of project.workshops) rememberProjectOfWorkshop(store, workshop.id, { organisationId: organisation.id, projectId: project.id });
  }, [canFacilitate, project.workshops, project.id, organisation.id]);

  const open = (what: Editing) => {
    setNotice(null);
    setEditing(what);
  };
  const saved = (next: ProjectView, message: string) => {
    onChanged(next);
    setEditing(null);
    setNotice(message);
  };
  const where = phaseStepText(project.phase, project.step, locale);

  return (
    <article className="project">
      <header className="project-header">
        <div>
          <p className="eyebrow">{t('project.eyebrow')}</p>
          <h1>{project.title}</h1>
          {where ? (
            <p className="project-where">
              <strong>{t('project.phaseOf', where)}</strong> — {t('project.stepIs', { step: where.step })}
            </p>
          ) : null}
        </div>
        {canManage ? (
          <Button className="button" onPress={() => open('details')} data-testid="edit-project">
            <Icon name="edit" size={18} /> {t('project.editDetails')}
          </Button>
        ) : null}
      </header>
      <SuccessMessage text={notice} />
      <ProjectContents
        leading={[
          { targetId: 'project-workshops-heading', label: t('projectWorkshop.title') },
          { targetId: 'project-frame-heading', label: t('frame.title') },
        ]}
      />

      <PanelSection
        headingId="project-phase-heading"
        title={t('phase.title')}
        action={
          canManage ? (
            <Button className="button" onPress={() => open('phase')} data-testid="move-phase">
              {t('phase.move')}
            </Button>
          ) : null
        }
        className="project-timeline-section"
      >
        <PhaseTimeline phase={project.phase} step={project.step} />
      </PanelSection>

      {/* The workshops come first, right after the timeline: they are what people come for. On a
          phone everything is one column in this order; on a wide screen the workshops, what the
          project is about and its history stand on the left, the frame, the longest text, on the right. */}
      <div className="project-columns">
        <div className="project-column">
          <PanelSection
            headingId="project-workshops-heading"
            title={t('projectWorkshop.title')}
            action={
              canFacilitate ? (
                <Button className="button button-primary" onPress={() => open('workshop')} data-testid="new-workshop">
                  <Icon name="plus" size={18} /> {t('projectWorkshop.new')}
                </Button>
              ) : null
            }
          >
            <ProjectWorkshops workshops={project.workshops} canFacilitate={canFacilitate} />
          </PanelSection>
          <AboutSection project={project} />
          <HistorySection project={project} />
        </div>
        <div className="project-column">
          <FrameSection project={project} canManage={canManage} onEdit={() => open('frame')} />
        </div>
      </div>
      <ProjectFollowUp organisationId={organisation.id} projectId={project.id} />

      {editing === 'details' ? (
        <EditDetailsDialog project={project} onClose={() => setEditing(null)} onSaved={(next) => saved(next, t('project.saved'))} />
      ) : null}
      {editing === 'frame' ? <EditFrameDialog project={project} onClose={() => setEditing(null)} onSaved={(next) => saved(next, t('project.saved'))} /> : null}
      {editing === 'phase' ? (
        <MovePhaseDialog
          project={project}
          onClose={() => setEditing(null)}
          onSaved={(next) => {
            const moved = phaseStepText(next.phase, next.step, locale);
            saved(next, moved ? t('phase.moved', { phase: moved.phase, step: moved.step }) : t('project.saved'));
          }}
        />
      ) : null}
      {editing === 'workshop' ? <NewWorkshopDialog organisation={organisation} projectId={project.id} projectPhase={project.phase} onClose={() => setEditing(null)} /> : null}
    </article>
  );
}

interface PanelSectionProps {
  readonly headingId: string;
  readonly title: string;
  /** The button that changes what the panel shows, for those who may; null for everyone else. */
  readonly action: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A panel of the project page whose heading has a button beside it. */
function PanelSection({ headingId, title, action, className, children }: PanelSectionProps) {
  return (
    <section className={className ? `panel project-section ${className}` : 'panel project-section'} aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} className="panel-title">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

function TagList({ tags, label }: { tags: readonly string[]; label: string }) {
  const { t } = useT();
  if (tags.length === 0) return <p className="muted">{t('project.noneListed')}</p>;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="tag-chip">
          {tag}
        </li>
      ))}
    </ul>
  );
}

function AboutSection({ project }: { project: ProjectView }) {
  const { t } = useT();
  return (
    <section className="panel project-section" aria-labelledby="project-about-heading">
      <h2 id="project-about-heading" className="panel-title">
        {t('project.about')}
      </h2>
      <h3 className="project-subheading">{t('project.description')}</h3>
      {project.description ? <p className="project-text">{project.description}</p> : <p className="muted">{t('project.noDescription')}</p>}
      <h3 className="project-subheading">{t('project.staffGroups')}</h3>
      <TagList tags={project.staffGroups} label={t('project.staffGroups')} />
      <h3 className="project-subheading">{t('project.units')}</h3>
      <TagList tags={project.units} label={t('project.units')} />
    </section>
  );
}

function FrameSection({ project, canManage, onEdit }: { project: ProjectView; canManage: boolean; onEdit: () => void }) {
  const { t } = useT();
  const empty = isFrameEmpty(project.frame);
  return (
    <PanelSection
      headingId="project-frame-heading"
      title={t('frame.title')}
      action={
        canManage ? (
          <Button className="button" onPress={onEdit} data-testid="edit-frame">
            <Icon name="edit" size={18} /> {t('frame.edit')}
          </Button>
        ) : null
      }
    >
      <p className="muted">{empty ? t('frame.allEmpty') : t('frame.lead')}</p>
      {empty
        ? null
        : FRAME_SECTIONS.map((section) => (
            <section key={section.id} className="frame-section" aria-labelledby={`frame-${section.id}`}>
              <h3 id={`frame-${section.id}`} className="project-subheading">
                {t(`frame.section.${section.id}`)}
              </h3>
              <dl className="frame-list">
                {section.fields.map((field) => (
                  <div key={field} className="frame-item">
                    <dt>{t(`frame.${field}`)}</dt>
                    <dd className={project.frame[field] ? 'project-text' : 'muted'}>{project.frame[field] || t('frame.empty')}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
    </PanelSection>
  );
}

function HistorySection({ project }: { project: ProjectView }) {
  const { t, locale } = useT();
  const newestFirst = [...project.phaseHistory].reverse();
  return (
    <section className="panel project-section" aria-labelledby="project-history-heading">
      <h2 id="project-history-heading" className="panel-title">
        {t('phase.history')}
      </h2>
      {newestFirst.length === 0 ? (
        <p className="muted">{t('phase.historyNone')}</p>
      ) : (
        <ul className="history-list">
          {newestFirst.map((change, index) => {
            const where = phaseStepText(change.phase, change.step, locale);
            return (
              <li key={`${change.at}-${index}`} className="history-item">
                <time dateTime={change.at} className="history-date">
                  {formatDate(change.at, locale)}
                </time>
                <span className="history-what">{where ? t('phase.historyEntry', { phase: where.phase, step: where.step }) : `${change.phase}: ${change.step}`}</span>
                <span className="muted">{change.byName ? t('phase.historyBy', { name: change.byName }) : t('phase.historyByUnknown')}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
