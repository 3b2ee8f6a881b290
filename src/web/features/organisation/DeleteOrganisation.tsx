import { useState } from 'react';
import { Button, Input, Label, Text, TextField } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import { useSession } from '../../account/session.tsx';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { confirmsName, deletedOrganisationState } from './deletedOrganisation.ts';

/**
 * The settings page's last section, for administrators: what deleting the organisation takes with
 * it, and a button to the dialog where the name is typed to confirm.
 */
export function DeleteOrganisationSection({ organisation }: { organisation: OrganisationView }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="delete-organisation-heading" className="settings-section" data-testid="delete-organisation">
      <h2 id="delete-organisation-heading">{t('deleteOrg.title')}</h2>
      <p>{t('deleteOrg.lead')}</p>
      <p className="delete-warning">{t('deleteOrg.cannotUndo')}</p>
      <p>{t('deleteOrg.accountsStay')}</p>
      <Button className="button button-danger" onPress={() => setOpen(true)} data-testid="delete-organisation-open">
        {t('deleteOrg.open')}
      </Button>
      {/* Closed, the dialog gives the focus back to the button. */}
      {open ? <DeleteOrganisationDialog organisation={organisation} onClose={() => setOpen(false)} /> : null}
    </section>
  );
}

function DeleteOrganisationDialog({ organisation, onClose }: { organisation: OrganisationView; onClose: () => void }) {
  const { t } = useT();
  const session = useSession();
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const matches = confirmsName(typed, organisation.name);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!matches || busy) return;
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.deleteOrganisation(organisation.id, { confirmName: typed });
    if (!result.ok) {
      setBusy(false);
      setFailure(result.error);
      return;
    }
    // The organisation leaves the account menu and the front page's list before the front page shows.
    await session.refresh();
    // Replaced, not pushed: Back should not lead to the settings of an organisation that is gone.
    navigate('/', { replace: true, state: deletedOrganisationState(organisation.name) });
    // The dialog and its button are gone; start keyboard and screen reader users at the page's top.
    requestAnimationFrame(() => document.getElementById('main')?.focus());
  };

  return (
    <FormDialog
      title={t('deleteOrg.dialogTitle', { name: organisation.name })}
      onClose={onClose}
      onSubmit={(e) => void handleSubmit(e)}
      submitLabel={t('deleteOrg.submit')}
      submitDisabled={busy || !matches}
      danger
    >
      <p>{t('deleteOrg.dialogBody', { name: organisation.name })}</p>
      <TextField
        className="field"
        value={typed}
        onChange={(value) => {
          setTyped(value);
          setFailure(null);
        }}
        isRequired
        autoFocus
        autoComplete="off"
        validationBehavior="aria"
      >
        <Label className="field-label">{t('deleteOrg.confirmLabel')}</Label>
        <Input className="field-input" data-testid="delete-organisation-name" spellCheck={false} autoCorrect="off" />
        <Text slot="description" className="field-description">
          {t('deleteOrg.confirmHint', { name: organisation.name })}
        </Text>
      </TextField>
      <FailureMessage failure={failure} />
    </FormDialog>
  );
}
