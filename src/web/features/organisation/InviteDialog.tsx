import { useState } from 'react';
import type { Role } from '../../../domain/roles.ts';
import type { InvitationView } from '../../../protocol/accounts.ts';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { EmailField } from '../account/CredentialFields.tsx';
import { parseEmailInput } from '../account/emailInput.ts';
import { RolesField } from './RolesField.tsx';

interface InviteDialogProps {
  readonly organisationId: string;
  readonly onClose: () => void;
  readonly onInvited: (invitation: InvitationView) => void;
}

/** Invite someone by email with one or more roles; the server sends the mail. */
export function InviteDialog({ organisationId, onClose, onInvited }: InviteDialogProps) {
  const { t } = useT();
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>(['employee']);
  const [emailProblem, setEmailProblem] = useState<string | null>(null);
  const [rolesMissing, setRolesMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseEmailInput(email);
    setEmailProblem(parsed.ok ? null : t(parsed.problem));
    setRolesMissing(roles.length === 0);
    if (!parsed.ok || roles.length === 0) return;
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.invite(organisationId, { email: parsed.email, roles });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    onInvited(result.value);
  };

  return (
    <FormDialog title={t('invite.title')} onClose={onClose} onSubmit={(e) => void handleSubmit(e)} submitLabel={t('invite.submit')} submitDisabled={busy}>
      <p className="field-description">{t('invite.lead')}</p>
      <EmailField
        label={t('invite.email')}
        value={email}
        onChange={(value) => {
          setEmail(value);
          setEmailProblem(null);
        }}
        error={emailProblem}
        autoComplete="off"
        isRequired
        autoFocus
        testId="invite-email"
      />
      <RolesField
        label={t('invite.roles')}
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
