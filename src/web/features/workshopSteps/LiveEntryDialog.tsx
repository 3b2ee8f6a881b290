import { useState } from 'react';
import type { EntryData, RegisterDefinition, RegisterId } from '../../../domain/registerTypes.ts';
import { useT } from '../../i18n/useT.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { focusFirstInvalid } from '../projects/focusFirstInvalid.ts';
import { draftOf, fieldsToSave, validateDraft, type DraftErrors, type EntryDraft } from '../registers/entryDraft.ts';
import { EntryFields, type RefOption } from '../registers/EntryFields.tsx';

interface LiveEntryDialogProps {
  readonly definition: RegisterDefinition;
  /** The row to change as this device shows it, or null to add one. */
  readonly entry: { readonly id: string; readonly data: EntryData; readonly title: string } | null;
  /** The row's id; for a new row, chosen by the opener so that a kept draft reopens as the same row. */
  readonly entryId: string;
  /** What the form starts with instead of the row (a refused change put back). */
  readonly initial?: EntryData;
  /** The rows a reference field may point at (an assumption's benefit). */
  readonly refOptions: (register: RegisterId) => readonly RefOption[];
  readonly client: WorkshopClient;
  /** Told, as the person types, what the form now holds, so it can be kept should the step change. */
  readonly onChange?: (form: EntryDraft) => void;
  readonly onClose: () => void;
  /** Told once the change is queued: what was done, for the status line. */
  readonly onQueued: (message: string) => void;
}

/**
 * Adds or changes a register row in the live workshop: the same fields as on the project page,
 * but the change goes as a command with the client's id, so it waits in the outbox through a
 * dropped connection and lands once. Only changed fields are sent, so two people editing different
 * fields of one row do not undo each other.
 */
export function LiveEntryDialog({ definition, entry, entryId, initial, refOptions, client, onChange, onClose, onQueued }: LiveEntryDialogProps) {
  const { t, l } = useT();
  const stored = entry?.data ?? null;
  const [draft, setDraft] = useState<EntryDraft>(() => draftOf(definition, initial ?? stored));
  const [errors, setErrors] = useState<DraftErrors>({});

  const handleChange = (fieldId: string, value: string | readonly string[]) => {
    const next = { ...draft, [fieldId]: value };
    setDraft(next);
    onChange?.(next);
    setErrors((current) => ({ ...current, [fieldId]: undefined }));
  };

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateDraft(definition, stored, draft);
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    const fields = fieldsToSave(definition, stored, draft);
    if (Object.keys(fields).length > 0) {
      client.send({ type: 'entry.save', entryId, register: definition.id, fields });
      onQueued(entry ? t('registerStep.changed', { row: entry.title }) : t('registerStep.added'));
    }
    onClose();
  };

  return (
    <FormDialog
      title={entry ? t('registerStep.editTitle', { row: entry.title }) : t('registerStep.addTitle', { register: l(definition.name) })}
      onClose={onClose}
      onSubmit={handleSubmit}
      submitLabel={t('common.save')}
      wide
    >
      <EntryFields
        fields={definition.fields}
        draft={draft}
        errors={errors}
        onChange={handleChange}
        refOptions={refOptions}
      />
    </FormDialog>
  );
}
