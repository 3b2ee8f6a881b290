import { useState } from 'react';
import type { ProjectFrame } from '../../../domain/projectPhases.ts';
import type { ProjectView, UpdateProjectBody } from '../../../protocol/projects.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { projectsApi } from '../../api/projectsApi.ts';
import { useT } from '../../i18n/useT.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { focusFirstInvalid } from './focusFirstInvalid.ts';
import { FrameFields } from './FrameFields.tsx';
import { changedFrameFields } from './frameSections.ts';
import { PhaseStepFields } from './PhaseStepFields.tsx';
import { ProjectAboutFields, ProjectPeopleFields, useProjectDetails } from './ProjectFields.tsx';

interface ProjectDialogProps {
  readonly project: ProjectView;
  readonly onClose: () => void;
  /** The project as the server stored it. */
  readonly onSaved: (project: ProjectView) => void;
}

/** Sends a change and reports it, keeping the dialog open with the reason when it fails. */
function useSave(onSaved: (project: ProjectView) => void) {
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (request: () => ReturnType<typeof projectsApi.update>) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    const result = await request();
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setFailure(result.error);
  };
  return { failure, busy, save };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** Title, description, staff groups and units; sends only what changed. */
export function EditDetailsDialog({ project, onClose, onSaved }: ProjectDialogProps) {
  const { t } = useT();
  const { details, titleMissing, change, requireTitle } = useProjectDetails(() => ({
    title: project.title,
    description: project.description,
    staffGroups: [...project.staffGroups],
    units: [...project.units],
  }));
  const { failure, busy, save } = useSave(onSaved);

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!requireTitle(event.currentTarget)) return;
    const { title, description, staffGroups, units } = details;
    const body: UpdateProjectBody = {};
    if (title.trim() !== project.title) body.title = title.trim();
    if (description.trim() !== project.description) body.description = description.trim();
    if (!sameList(staffGroups, project.staffGroups)) body.staffGroups = staffGroups;
    if (!sameList(units, project.units)) body.units = units;
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    void save(() => projectsApi.update(project.organisationId, project.id, body));
  };

  return (
    <FormDialog
      title={t('project.editDetailsTitle')}
      onClose={onClose}
      onSubmit={handleSubmit}
      submitLabel={busy ? t('project.saving') : t('common.save')}
      submitDisabled={busy}
      wide
    >
      <ProjectAboutFields details={details} titleMissing={titleMissing} onChange={change} autoFocus />
      <ProjectPeopleFields details={details} onChange={change} />
      <FailureMessage failure={failure} />
    </FormDialog>
  );
}

/** The frame, all its sections; sends only the fields that changed. */
export function EditFrameDialog({ project, onClose, onSaved }: ProjectDialogProps) {
  const { t } = useT();
  const [frame, setFrame] = useState<ProjectFrame>(project.frame);
  const { failure, busy, save } = useSave(onSaved);

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changed = changedFrameFields(project.frame, frame);
    if (Object.keys(changed).length === 0) {
      onClose();
      return;
    }
    void save(() => projectsApi.update(project.organisationId, project.id, { frame: changed }));
  };

  return (
    <FormDialog title={t('frame.editTitle')} onClose={onClose} onSubmit={handleSubmit} submitLabel={busy ? t('project.saving') : t('common.save')} submitDisabled={busy} wide>
      <p className="field-description">{t('frame.editLead')}</p>
      <FrameFields frame={frame} onChange={(field, value) => setFrame((current) => ({ ...current, [field]: value }))} />
      <FailureMessage failure={failure} />
    </FormDialog>
  );
}

/** Moves the project to another phase and step; the server records who moved it and when. */
export function MovePhaseDialog({ project, onClose, onSaved }: ProjectDialogProps) {
  const { t } = useT();
  const [phase, setPhase] = useState(project.phase);
  const [step, setStep] = useState(project.step);
  const [unchanged, setUnchanged] = useState(false);
  const { failure, busy, save } = useSave(onSaved);

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (phase === project.phase && step === project.step) {
      setUnchanged(true);
      focusFirstInvalid(event.currentTarget);
      return;
    }
    void save(() => projectsApi.movePhase(project.organisationId, project.id, { phase, step }));
  };

  return (
    <FormDialog title={t('phase.move')} onClose={onClose} onSubmit={handleSubmit} submitLabel={busy ? t('project.saving') : t('phase.moveSubmit')} submitDisabled={busy} wide>
      <p className="field-description">{t('phase.moveHint')}</p>
      <PhaseStepFields
        phase={phase}
        step={step}
        onChange={(nextPhase, nextStep) => {
          setPhase(nextPhase);
          setStep(nextStep);
          setUnchanged(false);
        }}
        error={unchanged ? t('phase.unchanged') : null}
      />
      <FailureMessage failure={failure} />
    </FormDialog>
  );
}
