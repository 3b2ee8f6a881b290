import { useState } from 'react';
import { PROJECT_TEXT_MAX_LENGTH, PROJECT_TITLE_MAX_LENGTH } from '../../../domain/projectPhases.ts';
import { useT } from '../../i18n/useT.ts';
import { TextInputField } from '../../ui/TextInputField.tsx';
import { focusFirstInvalid } from './focusFirstInvalid.ts';
import { TagListField } from './TagListField.tsx';

/** What describes a project besides its phase and frame: the same on the new-project page and in the edit dialog. */
export interface ProjectDetails {
  readonly title: string;
  readonly description: string;
  readonly staffGroups: string[];
  readonly units: string[];
}

/** The details being written, and whether a send was refused because the title was empty. */
export function useProjectDetails(initial: () => ProjectDetails) {
  const [details, setDetails] = useState<ProjectDetails>(initial);
  const [titleMissing, setTitleMissing] = useState(false);

  const change = (next: Partial<ProjectDetails>) => {
    setDetails((current) => ({ ...current, ...next }));
    if (next.title !== undefined) setTitleMissing(false);
  };

  /** True with a title; without one, marks the title and moves focus to it. */
  const requireTitle = (form: HTMLFormElement): boolean => {
    if (details.title.trim().length > 0) return true;
    setTitleMissing(true);
    focusFirstInvalid(form);
    return false;
  };

  return { details, titleMissing, change, requireTitle };
}

interface ProjectFieldsProps {
  readonly details: ProjectDetails;
  readonly titleMissing: boolean;
  readonly onChange: (next: Partial<ProjectDetails>) => void;
}

interface ProjectAboutFieldsProps extends ProjectFieldsProps {
  /** An example title, for a project still to be named. */
  readonly titleDescription?: string;
  readonly autoFocus?: boolean;
  readonly titleTestId?: string;
}

/** The project's title (required) and description. */
export function ProjectAboutFields({ details, titleMissing, onChange, titleDescription, autoFocus, titleTestId }: ProjectAboutFieldsProps) {
  const { t } = useT();
  return (
    <>
      <TextInputField
        label={t('project.titleLabel')}
        description={titleDescription}
        value={details.title}
        onChange={(title) => onChange({ title })}
        error={titleMissing ? t('project.titleMissing') : null}
        maxLength={PROJECT_TITLE_MAX_LENGTH}
        isRequired
        autoFocus={autoFocus}
        testId={titleTestId}
      />
      <TextInputField
        label={t('project.descriptionLabel')}
        description={t('project.descriptionHint')}
        value={details.description}
        onChange={(description) => onChange({ description })}
        multiline
        maxLength={PROJECT_TEXT_MAX_LENGTH}
      />
    </>
  );
}

interface ProjectPeopleFieldsProps {
  readonly details: ProjectDetails;
  readonly onChange: (next: Partial<ProjectDetails>) => void;
  readonly testIds?: { readonly staffGroups: string; readonly units: string };
}

/** Who the project concerns: the staff groups and the units, each a list of names. */
export function ProjectPeopleFields({ details, onChange, testIds }: ProjectPeopleFieldsProps) {
  const { t } = useT();
  return (
    <>
      <TagListField
        label={t('project.staffGroups')}
        description={t('project.staffGroupsHint')}
        inputLabel={t('project.staffGroupNew')}
        tags={details.staffGroups}
        onChange={(staffGroups) => onChange({ staffGroups })}
        testId={testIds?.staffGroups}
      />
      <TagListField
        label={t('project.units')}
        description={t('project.unitsHint')}
        inputLabel={t('project.unitNew')}
        tags={details.units}
        onChange={(units) => onChange({ units })}
        testId={testIds?.units}
      />
    </>
  );
}
