import { useState } from 'react';
import type { Role } from '../../../domain/roles.ts';
import type { MemberView } from '../../../protocol/accounts.ts';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { RolesField } from './RolesField.tsx';

interface EditRolesDialogProps {
  readonly organisationId: string;
  readonly member: MemberView;
  readonly onClose: () => void;
  readonly onSaved: (member: MemberView) => void;
}

/** Change which roles a member holds; at least one. */
export function EditRolesDialog({ organisationId, member, onClose, onSaved }: EditRolesDialogProps) {
  const { t } = useT();
  const [roles, setRoles] = useState<Role[]>([...member.roles]);
  const [rolesMissing, setRolesMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (roles.length === 0) {
      setRolesMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.updateMemberRoles(organisationId, member.memberId, { roles });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    onSaved(result.value);
  };

  return (
    <FormDialog title={t('members.editTitle', { name: member.name })} onClose={onClose} onSubmit={(e) => void handleSubmit(e)} submitLabel={t('common.save')} submitDisabled={busy}>
      <RolesField
        label={t('members.roles')}
        value={roles}
        onChange={(next) => {
          setRoles(next);
          setRolesMissing(false);
        }}
        error={rolesMissing ? t('members.rolesMissing') : null}
      />
      <FailureMessage failure={failure} />
    </FormDialog>
  );
}
