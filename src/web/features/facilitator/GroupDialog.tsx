import { useState } from 'react';
import type { GroupView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import { newId } from '../../realtime/outbox.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextInputField } from '../../ui/TextInputField.tsx';

const NEW_GROUP = '__new__';

interface GroupDialogProps {
  readonly stepId: string;
  readonly noteIds: readonly string[];
  readonly groups: readonly GroupView[];
  readonly client: WorkshopClient;
  readonly onDone: () => void;
  readonly onClose: () => void;
}

/** Puts the selected notes in a group: a new one with a name, or one that exists. */
export function GroupDialog({ stepId, noteIds, groups, client, onDone, onClose }: GroupDialogProps) {
  const { t, tn } = useT();
  const [target, setTarget] = useState<string>(groups[0]?.id ?? NEW_GROUP);
  const [label, setLabel] = useState('');
  const [missing, setMissing] = useState(false);

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    let groupId = target;
    if (target === NEW_GROUP) {
      if (label.trim().length === 0) {
        setMissing(true);
        return;
      }
      groupId = newId();
      // The outbox keeps order, so the group exists before the notes are moved into it.
      client.send({ type: 'group.save', groupId, stepId, label: label.trim() });
    }
    client.send({ type: 'notes.group', noteIds: [...noteIds], groupId });
    onDone();
  };

  return (
    <FormDialog title={tn('group.title', noteIds.length)} onClose={onClose} onSubmit={handleSubmit} submitLabel={t('group.confirm')}>
      {groups.length > 0 ? (
        <SelectField
          label={t('group.choose')}
          value={target}
          onChange={setTarget}
          options={[...groups.map((g) => ({ id: g.id, label: g.label })), { id: NEW_GROUP, label: t('group.new') }]}
        />
      ) : null}
      {target === NEW_GROUP ? (
        <TextInputField
          label={t('group.name')}
          value={label}
          onChange={(value) => {
            setLabel(value);
            setMissing(false);
          }}
          maxLength={80}
          error={missing ? t('group.nameMissing') : null}
          autoFocus
        />
      ) : null}
    </FormDialog>
  );
}
