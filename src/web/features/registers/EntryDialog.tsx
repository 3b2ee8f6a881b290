import { useState } from 'react';
import type { EntryData, RegisterDefinition } from '../../../domain/registerTypes.ts';
import type { EntryView } from '../../../protocol/registers.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { registersApi } from '../../api/registersApi.ts';
import { useT } from '../../i18n/useT.ts';
import { newId } from '../../realtime/outbox.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { focusFirstInvalid } from '../projects/focusFirstInvalid.ts';
import { draftOf, fieldOfRefusal, fieldsToSave, isFieldErrorCode, validateDraft, type DraftErrors, type EntryDraft } from './entryDraft.ts';
import { EntryFields } from './EntryFields.tsx';
import type { RegistersScope } from './registersScope.ts';

interface EntryDialogProps {
  readonly definition: RegisterDefinition;
  readonly scope: RegistersScope;
  /** The row to change, or null to add one. */
  readonly entry: EntryView | null;
  /** What a new row starts with (an assumption under its benefit). */
  readonly initial?: EntryData;
  /** Where a new row goes. */
  readonly position?: number;
  readonly onClose: () => void;
  /** The row as the server stored it. */
  readonly onSaved: (entry: EntryView) => void;
}

/** Adds or changes one row of a register: every field by its kind, the reasons for a refusal beside their field. */
export function EntryDialog({ definition, scope, entry, initial, position, onClose, onSaved }: EntryDialogProps) {
  const { t, l, locale } = useT();
  const stored = entry?.data ?? null;
  const [draft, setDraft] = useState<EntryDraft>(() => draftOf(definition, stored ?? initial ?? null));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // A new row keeps one id for all its attempts, so a retry after a lost answer saves it once.
  const [entryId] = useState(() => entry?.id ?? newId());

  const handleChange = (fieldId: string, value: string | readonly string[]) => {
    setDraft((current) => ({ ...current, [fieldId]: value }));
    setErrors((current) => ({ ...current, [fieldId]: undefined }));
  };

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const found = validateDraft(definition, stored, draft);
    setErrors(found);
    setFailure(null);
    if (Object.values(found).some(Boolean)) {
      focusFirstInvalid(form);
      return;
    }
    const fields = fieldsToSave(definition, stored, draft);
    if (entry && Object.keys(fields).length === 0) {
      onClose();
      return;
    }
    setBusy(true);
    const result = await registersApi.save(scope.organisationId, scope.projectId, definition.id, entryId, entry ? { fields } : { fields, position });
    setBusy(false);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    const field = isFieldErrorCode(result.error) ? fieldOfRefusal(definition, stored, draft, result.error) : null;
    if (field && isFieldErrorCode(result.error)) {
      setErrors({ [field]: result.error });
      focusFirstInvalid(form);
    } else setFailure(result.error);
  };

  const title = entry ? scope.rowTitle(definition, entry) : null;
  return (
    <FormDialog
      title={entry ? t('registers.editTitle', { row: title ?? t('registers.untitled') }) : t('registers.addTitle', { register: l(definition.name) })}
      onClose={onClose}
      onSubmit={(event) => void handleSubmit(event)}
      submitLabel={busy ? t('registers.saving') : t('common.save')}
      submitDisabled={busy}
      wide
    >
      {entry?.fixed ? <p className="field-description">{t('registers.fixedHint')}</p> : null}
      <EntryFields fields={definition.fields} draft={draft} errors={errors} onChange={handleChange} refOptions={(register) => scope.refOptions(register, locale)} />
      <FailureMessage failure={failure} />
    </FormDialog>
  );
}
