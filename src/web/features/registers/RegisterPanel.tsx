import type { ReactNode, RefObject } from 'react';
import type { ApiError } from '../../api/apiRequest.ts';
import type { RegisterDefinition } from '../../../domain/registerTypes.ts';
import { useT } from '../../i18n/useT.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { SuccessMessage } from '../organisation/SuccessMessage.tsx';

interface RegisterPanelProps {
  readonly definition: RegisterDefinition;
  readonly canEdit: boolean;
  /** The heading, focused after a row and its buttons are deleted. */
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  /** The button that adds a row, for those who may; null otherwise. */
  readonly action: ReactNode;
  /** What was just done, for the status line. */
  readonly notice: string | null;
  readonly failure: ApiError | null;
  /** A heading other than the register's name, for a section that shows two registers together. */
  readonly title?: string;
  readonly children: ReactNode;
}

/** The frame around one register on the project page: its name, what it is for, who may change it, then its rows. */
export function RegisterPanel({ definition, canEdit, headingRef, action, notice, failure, title, children }: RegisterPanelProps) {
  const { t, l } = useT();
  const headingId = `register-${definition.id}-heading`;
  return (
    <section id={registerSectionId(definition.id)} className="panel project-section register-section" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} className="panel-title" ref={headingRef} tabIndex={-1}>
          {title ?? l(definition.name)}
        </h2>
        {action}
      </div>
      <p className="register-description">{l(definition.description)}</p>
      {canEdit ? null : (
        <p className="register-readonly">{definition.editableBy === 'project.manage' ? t('registers.readOnlyManagers') : t('registers.readOnly')}</p>
      )}
      {canEdit && definition.fixedRows.length > 0 && definition.rowsCanBeAdded ? <p className="muted">{t('registers.fixedNote')}</p> : null}
      <SuccessMessage text={notice} />
      <FailureMessage failure={failure} />
      {children}
    </section>
  );
}

/** The id of a register's section, the target of the page's table of contents. */
export function registerSectionId(register: RegisterDefinition['id']): string {
  return `register-${register}`;
}
