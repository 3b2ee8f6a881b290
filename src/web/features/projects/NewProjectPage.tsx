import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { EMPTY_FRAME, PROJECT_PHASES, type ProjectFrame, type ProjectPhaseId, type ProjectStepId } from '../../../domain/projectPhases.ts';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { projectsApi } from '../../api/projectsApi.ts';
import { useT } from '../../i18n/useT.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { OrganisationFrame } from '../organisation/OrganisationFrame.tsx';
import { useOrganisation } from '../organisation/useOrganisation.ts';
import { FrameFields } from './FrameFields.tsx';
import { PhaseStepFields } from './PhaseStepFields.tsx';
import { ProjectAboutFields, ProjectPeopleFields, useProjectDetails, type ProjectDetails } from './ProjectFields.tsx';
import { organisationHref, projectHref } from './projectText.ts';
import '../../ui/projects.css';

/** /org/:organisationId/projects/new — describe a new digitalisation project. */
export function NewProjectPage({ organisationId }: { organisationId: string }) {
  const { t } = useT();
  const organisation = useOrganisation(organisationId);
  usePageTitle(organisation.organisation ? t('project.createPageTitle', { organisation: organisation.organisation.name }) : t('project.createTitle'));
  return (
    <OrganisationFrame organisationId={organisationId} load={organisation}>
      {(view) => (view.myPermissions.includes('project.manage') ? <NewProjectForm organisation={view} /> : <CannotCreate organisationId={view.id} />)}
    </OrganisationFrame>
  );
}

function CannotCreate({ organisationId }: { organisationId: string }) {
  const { t } = useT();
  return (
    <div className="narrow">
      <h1>{t('project.cannotCreateTitle')}</h1>
      <p>{t('project.cannotCreateBody')}</p>
      <Link href={organisationHref(organisationId)} className="button">
        {t('project.backToList')}
      </Link>
    </div>
  );
}

const FIRST_PHASE = PROJECT_PHASES[0];
const NO_DETAILS = (): ProjectDetails => ({ title: '', description: '', staffGroups: [], units: [] });

function NewProjectForm({ organisation }: { organisation: OrganisationView }) {
  const { t } = useT();
  const [, navigate] = useLocation();
  const { details, titleMissing, change, requireTitle } = useProjectDetails(NO_DETAILS);
  const [phase, setPhase] = useState<ProjectPhaseId>(FIRST_PHASE.id);
  const [step, setStep] = useState<ProjectStepId>(FIRST_PHASE.steps[0].id);
  const [frame, setFrame] = useState<ProjectFrame>(EMPTY_FRAME);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!requireTitle(event.currentTarget)) return;
    setBusy(true);
    setFailure(null);
    const result = await projectsApi.create(organisation.id, {
      title: details.title.trim(),
      description: details.description.trim(),
      staffGroups: details.staffGroups,
      units: details.units,
      phase,
      step,
      frame: Object.fromEntries(Object.entries(frame).map(([field, value]) => [field, value.trim()])) as ProjectFrame,
    });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    navigate(projectHref(organisation.id, result.value.id));
  };

  return (
    <div className="project-form-page">
      <h1>{t('project.createTitle')}</h1>
      <p className="lead">{t('project.createLead')}</p>
      <Form onSubmit={(event) => void handleSubmit(event)} className="form project-form">
        <section className="card form" aria-labelledby="new-project-about">
          <h2 id="new-project-about">{t('project.about')}</h2>
          <ProjectAboutFields details={details} titleMissing={titleMissing} onChange={change} titleDescription={t('project.titleHint')} titleTestId="project-title" />
        </section>
        <section className="card form" aria-labelledby="new-project-who">
          <h2 id="new-project-who">{t('project.whoTitle')}</h2>
          <ProjectPeopleFields details={details} onChange={change} testIds={{ staffGroups: 'staff-groups', units: 'units' }} />
        </section>
        <section className="card form" aria-labelledby="new-project-phase">
          <h2 id="new-project-phase">{t('phase.legend')}</h2>
          <PhaseStepFields
            phase={phase}
            step={step}
            onChange={(nextPhase, nextStep) => {
              setPhase(nextPhase);
              setStep(nextStep);
            }}
          />
        </section>
        <section className="card form" aria-labelledby="new-project-frame">
          <h2 id="new-project-frame">{t('frame.title')}</h2>
          <p className="field-description">{t('frame.editLead')}</p>
          <FrameFields frame={frame} onChange={(field, value) => setFrame((current) => ({ ...current, [field]: value }))} />
        </section>
        <FailureMessage failure={failure} />
        <div className="button-row project-form-buttons">
          <Button type="submit" className="button button-primary button-large" isDisabled={busy} data-testid="create-project">
            {busy ? t('project.creating') : t('project.create')}
          </Button>
          <Link href={organisationHref(organisation.id)} className="button">
            {t('common.cancel')}
          </Link>
        </div>
      </Form>
    </div>
  );
}
