import { useState } from 'react';
import { Button, Header, Menu, MenuItem, MenuSection, MenuTrigger, Popover, Separator } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { ApiError } from '../api/apiRequest.ts';
import { accountsApi } from '../api/accountsApi.ts';
import { useT } from '../i18n/useT.ts';
import { EmailAddress } from '../ui/EmailAddress.tsx';
import { signedInUser, useSession } from './session.tsx';

const SIGN_OUT = 'sign-out';

/** The header's menu for a signed-in person: who they are, their organisations to switch to, and signing out. */
export function AccountMenu() {
  const { t, error } = useT();
  const session = useSession();
  const [, navigate] = useLocation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const user = signedInUser(session);
  if (!user) return null;
  const organisations = session.me?.organisations ?? [];

  const handleSignOut = async () => {
    setFailure(null);
    const result = await accountsApi.signOut();
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    await session.refresh();
    navigate('/');
    // The menu's button is gone; start keyboard and screen reader users at the page's top.
    requestAnimationFrame(() => document.getElementById('main')?.focus());
  };

  return (
    <>
      <MenuTrigger>
        <Button className="account-button" data-testid="account-menu">
          <span className="visually-hidden">{t('account.menuLabel')}</span>
          <span className="account-button-name">{user.name || user.email}</span>
          <svg className="select-chevron" width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M5 9l7 7 7-7" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </Button>
        <Popover className="menu-popover" placement="bottom end">
          <Menu className="menu" onAction={(key) => key === SIGN_OUT && void handleSignOut()}>
            <MenuSection className="menu-section">
              <Header className="menu-header">{t('account.menuOrganisations')}</Header>
              {organisations.map((organisation) => (
                <MenuItem key={organisation.id} id={`org-${organisation.id}`} href={`/org/${encodeURIComponent(organisation.id)}`} className="menu-item" textValue={organisation.name}>
                  {organisation.name}
                </MenuItem>
              ))}
              <MenuItem id="home" href="/" className="menu-item">
                {organisations.length > 0 ? t('account.menuAllOrganisations') : t('account.menuCreateOrganisation')}
              </MenuItem>
            </MenuSection>
            <Separator className="menu-separator" />
            <MenuSection className="menu-section">
              <Header className="menu-header">
                <span className="menu-user-name">{user.name}</span>
                <span className="menu-user-email">
                  <EmailAddress email={user.email} />
                </span>
              </Header>
              <MenuItem id={SIGN_OUT} className="menu-item" data-testid="sign-out">
                {t('account.signOut')}
              </MenuItem>
            </MenuSection>
          </Menu>
        </Popover>
      </MenuTrigger>
      {failure ? (
        <p className="header-alert" role="alert">
          {error(failure)}
        </p>
      ) : null}
    </>
  );
}
