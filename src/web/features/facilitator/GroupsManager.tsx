import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { GroupView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { TextInputField } from '../../ui/TextInputField.tsx';

function GroupRow({ group, client }: { group: GroupView; client: WorkshopClient }) {
  const { t } = useT();
  const [label, setLabel] = useState(group.label);
  const changed = label.trim() !== group.label && label.trim().length > 0;
  return (
    <li>
      <Form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (changed) client.send({ type: 'group.save', groupId: group.id, stepId: group.stepId, label: label.trim() });
        }}
      >
        <TextInputField label={t('group.rename', { name: group.label })} value={label} onChange={setLabel} maxLength={80} />
        <Button type="submit" className="button button-small" isDisabled={!changed}>
          {t('common.save')}
        </Button>
        <Button className="button button-small" onPress={() => client.send({ type: 'group.delete', groupId: group.id })}>
          {t('group.delete')}
        </Button>
      </Form>
    </li>
  );
}

/** Rename a group, or dissolve it (its notes go back to their columns). */
export function GroupsManager({ groups, client }: { groups: readonly GroupView[]; client: WorkshopClient }) {
  const { t } = useT();
  return (
    <div className="groups-manager">
      <h3>{t('group.manageTitle')}</h3>
      <ul className="plain-list">
        {groups.map((group) => (
          <GroupRow key={`${group.id}:${group.label}`} group={group} client={client} />
        ))}
      </ul>
    </div>
  );
}
