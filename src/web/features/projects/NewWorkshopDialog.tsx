import { useState } from 'react';
import { Checkbox, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { Locale } from '../../../domain/localized.ts';
import { PROJECT_PHASES, type ProjectPhaseId } from '../../../domain/projectPhases.ts';
import { findTemplate, TEMPLATE_IDS, TEMPLATES } from '../../../domain/templateRegistry.ts';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import { WORKSHOP_TITLE_MAX_LENGTH } from '../../../protocol/http.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { projectsApi } from '../../api/projectsApi.ts';
import { useT } from '../../i18n/useT.ts';
import { browserStore } from '../../realtime/localStore.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { LocaleField } from '../../ui/LocaleField.tsx';
import { TextInputField } from '../../ui/TextInputField.tsx';
import { focusFirstInvalid } from './focusFirstInvalid.ts';
import { rememberProjectOfWorkshop } from './projectOfWorkshop.ts';

interface NewWorkshopDialogProps {
  readonly organisation: OrganisationView;
  readonly projectId: string;
  /** The project's current phase: where a phase dialogue starts. */
  readonly projectPhase: ProjectPhaseId;
  readonly onClose: () => void;
}

/** The phase choice's value for "all four phases". */
const ALL_PHASES = 'all';

/**
 * A workshop for this project: its title, its language and whether it is anonymous (both starting
 * from the organisation's settings), then the template it runs (and, for a phase dialogue, which
 * phase it is about): the long list of templates comes last, so the short settings are in view at
 * once. Creating it opens the facilitator's page.
 */
export function NewWorkshopDialog({ organisation, projectId, projectPhase, onClose }: NewWorkshopDialogProps) {
  const { t, l } = useT();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [templateId, setTemplateId] = useState<string>(TEMPLATE_IDS[0]);
  const [phase, setPhase] = useState<string>(projectPhase);
  const asksForPhase = findTemplate(templateId)?.asksForPhase ?? false;
  const [locale, setLocale] = useState<Locale>(organisation.settings.defaultLocale);
  const [anonymous, setAnonymous] = useState(organisation.settings.anonymousDefault);
  const [titleMissing, setTitleMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (title.trim().length === 0) {
      setTitleMissing(true);
      focusFirstInvalid(event.currentTarget);
      return;
    }
    setBusy(true);
    setFailure(null);
    const chosenPhase = PROJECT_PHASES.find((p) => p.id === phase)?.id ?? null;
    const body = { title: title.trim(), templateId, locale, anonymous, ...(asksForPhase ? { phase: chosenPhase } : {}) };
    const result = await projectsApi.createWorkshop(organisation.id, projectId, body);
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    rememberProjectOfWorkshop(browserStore(), result.value.workshopId, { organisationId: organisation.id, projectId });
    navigate(`/w/${encodeURIComponent(result.value.workshopId)}/facilitate`);
  };

  return (
    <FormDialog
      title={t('projectWorkshop.newTitle')}
      onClose={onClose}
      onSubmit={(event) => void handleSubmit(event)}
      submitLabel={busy ? t('projectWorkshop.creating') : t('projectWorkshop.create')}
      submitDisabled={busy}
      wide
    >
      <TextInputField
        label={t('projectWorkshop.titleLabel')}
        description={t('projectWorkshop.titleHint')}
        value={title}
        onChange={(value) => {
          setTitle(value);
          setTitleMissing(false);
        }}
        error={titleMissing ? t('projectWorkshop.titleMissing') : null}
        maxLength={WORKSHOP_TITLE_MAX_LENGTH}
        isRequired
        autoFocus
        testId="workshop-title"
      />
      <LocaleField label={t('projectWorkshop.locale')} value={locale} onChange={setLocale} />
      <div className="field">
        <Checkbox className="checkbox" isSelected={anonymous} onChange={setAnonymous} aria-describedby="new-workshop-anonymous-hint">
          <span className="checkbox-box" aria-hidden="true">
            <Icon name="check" size={16} />
          </span>
          {t('projectWorkshop.anonymous')}
        </Checkbox>
        <p id="new-workshop-anonymous-hint" className="field-description">
          {t('projectWorkshop.anonymousHint')}
        </p>
      </div>
      <RadioGroup className="field radio-group" value={templateId} onChange={setTemplateId}>
        <Label className="field-label">{t('projectWorkshop.template')}</Label>
        <div className="radio-column">
          {TEMPLATE_IDS.map((id) => {
            const template = TEMPLATES[id];
            return template ? (
              <Radio key={id} value={id} className="radio template-radio" data-testid={`template-${id}`}>
                <span>
                  <span className="template-name">{l(template.name)}</span>
                  <span className="field-description template-description">{l(template.description)}</span>
                  <span className="field-description template-audience">
                    <strong>{t('newWorkshop.audience')}</strong> {l(template.audience)}
                  </span>
                </span>
              </Radio>
            ) : null;
          })}
        </div>
      </RadioGroup>
      {asksForPhase ? (
        <RadioGroup className="field radio-group" value={phase} onChange={setPhase}>
          <Label className="field-label">{t('newWorkshop.phase')}</Label>
          <Text slot="description" className="field-description">
            {t('newWorkshop.phaseHint')}
          </Text>
          <div className="radio-column">
            {PROJECT_PHASES.map((p) => (
              <Radio key={p.id} value={p.id} className="radio">
                {p.id === projectPhase ? t('newWorkshop.currentPhase', { phase: l(p.label) }) : l(p.label)}
              </Radio>
            ))}
            <Radio value={ALL_PHASES} className="radio">
              {t('newWorkshop.allPhases')}
            </Radio>
          </div>
        </RadioGroup>
      ) : null}
      <FailureMessage failure={failure} />
    </FormDialog>
  );
}
