import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { InvitationView, MemberView, MembersResponse, OrganisationView } from '../../../protocol/accounts.ts';
import { signedInUser, useSession } from '../../account/session.tsx';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { EmailAddress } from '../../ui/EmailAddress.tsx';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { EditRolesDialog } from './EditRolesDialog.tsx';
import { InviteDialog } from './InviteDialog.tsx';
import { OrganisationFrame } from './OrganisationFrame.tsx';
import { formatRoleList } from './roleText.ts';
import { SuccessMessage } from './SuccessMessage.tsx';
import { useMembers } from './useMembers.ts';
import { useOrganisation } from './useOrganisation.ts';

/** /org/:id/members — who belongs to the organisation, with their roles; invitations for those who manage members. */
export function MembersPage({ organisationId }: { organisationId: string }) {
  const { t } = useT();
  const organisation = useOrganisation(organisationId);
  usePageTitle(organisation.organisation ? t('members.pageTitle', { name: organisation.organisation.name }) : t('members.title'));
  return (
    <OrganisationFrame organisationId={organisationId} load={organisation} wide>
      {(view) => <MembersContent organisation={view} onOwnRolesChanged={organisation.refresh} />}
    </OrganisationFrame>
  );
}

interface MembersContentProps {
  readonly organisation: OrganisationView;
  readonly onOwnRolesChanged: () => Promise<void>;
}

function MembersContent({ organisation, onOwnRolesChanged }: MembersContentProps) {
  const { t, error } = useT();
  const session = useSession();
  const me = signedInUser(session);
  const [, navigate] = useLocation();
  const { load, refresh } = useMembers(organisation.id);
  const canManage = organisation.myPermissions.includes('member.manage');
  const [editing, setEditing] = useState<MemberView | null>(null);
  const [inviting, setInviting] = useState(false);
  // What was just done; with the address it names, if any, so that wraps readably on a phone.
  const [notice, setNotice] = useState<{ text: string; emails: readonly string[] } | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const membersHeading = useRef<HTMLHeadingElement>(null);
  const invitationsHeading = useRef<HTMLHeadingElement>(null);

  const startChange = () => {
    setNotice(null);
    setFailure(null);
  };

  const handleRemove = async (member: MemberView) => {
    startChange();
    const result = await accountsApi.removeMember(organisation.id, member.memberId);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    if (member.userId === me?.id) {
      // Left the organisation: nothing here is theirs to see any more.
      await session.refresh();
      navigate('/');
      return;
    }
    await refresh();
    setNotice({ text: t('members.removed', { name: member.name }), emails: [] });
    // The row and its buttons are gone; keep focus in the page rather than on <body>.
    requestAnimationFrame(() => membersHeading.current?.focus());
  };

  const handleWithdraw = async (invitation: InvitationView) => {
    startChange();
    const result = await accountsApi.withdrawInvitation(organisation.id, invitation.id);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    await refresh();
    setNotice({ text: t('members.withdrawn', { email: invitation.email }), emails: [invitation.email] });
    requestAnimationFrame(() => invitationsHeading.current?.focus());
  };

  const handleRolesSaved = async (member: MemberView) => {
    setEditing(null);
    setNotice({ text: t('members.rolesSaved', { name: member.name }), emails: [] });
    await refresh();
    if (member.userId === me?.id) {
      // Own roles decide which controls this page shows and what the session lists.
      await Promise.all([onOwnRolesChanged(), session.refresh()]);
    }
  };

  const handleInvited = async (invitation: InvitationView) => {
    setInviting(false);
    setNotice({ text: t('members.invited', { email: invitation.email }), emails: [invitation.email] });
    await refresh();
  };

  return (
    <>
      <div className="page-head">
        <h1 ref={membersHeading} tabIndex={-1}>
          {t('members.title')}
        </h1>
        {canManage ? (
          <Button
            className="button button-primary"
            onPress={() => {
              startChange();
              setInviting(true);
            }}
            data-testid="invite-open"
          >
            {t('members.inviteButton')}
          </Button>
        ) : null}
      </div>
      <SuccessMessage text={notice?.text ?? null} emails={notice?.emails} />
      {failure ? (
        <p className="callout callout-error" role="alert">
          {error(failure)}
        </p>
      ) : null}
      {load.status === 'loading' ? <p role="status">{t('members.loading')}</p> : null}
      <FailureMessage failure={load.status === 'failed' ? load.error : null} />
      {load.status === 'ready' ? (
        <>
          <MemberTable
            members={load.members.members}
            myUserId={me?.id ?? null}
            canManage={canManage}
            onEdit={(member) => {
              startChange();
              setEditing(member);
            }}
            onRemove={(member) => void handleRemove(member)}
          />
          {canManage ? (
            <InvitationList invitations={load.members.invitations} headingRef={invitationsHeading} onWithdraw={(invitation) => void handleWithdraw(invitation)} />
          ) : null}
        </>
      ) : null}
      {editing ? (
        <EditRolesDialog organisationId={organisation.id} member={editing} onClose={() => setEditing(null)} onSaved={(member) => void handleRolesSaved(member)} />
      ) : null}
      {inviting ? <InviteDialog organisationId={organisation.id} onClose={() => setInviting(false)} onInvited={(invitation) => void handleInvited(invitation)} /> : null}
    </>
  );
}

interface MemberTableProps {
  readonly members: MembersResponse['members'];
  readonly myUserId: string | null;
  readonly canManage: boolean;
  readonly onEdit: (member: MemberView) => void;
  readonly onRemove: (member: MemberView) => void;
}

/**
 * A table on wide screens; on a phone (account.css) each row is a card: the name, then each value
 * under a small label of its own, then the buttons. The table's roles are spelled out, because some
 * browsers forget a table's meaning once its CSS display changes; the column headings stay in the
 * page for screen readers, hidden only visually, and the labels in the cards are hidden from them.
 */
function MemberTable({ members, myUserId, canManage, onEdit, onRemove }: MemberTableProps) {
  const { t, locale } = useT();
  const showEmail = canManage;
  const date = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium' });
  const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name, locale));
  // The server keeps at least one administrator: the only one cannot leave.
  const administrators = members.filter((member) => member.roles.includes('admin')).length;
  const cellLabel = (label: string) => (
    <span className="member-cell-label" aria-hidden="true">
      {label}
    </span>
  );
  return (
    <table className="data-table member-table" role="table">
      <caption className="visually-hidden">{t('members.tableLabel')}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {t('members.name')}
          </th>
          {showEmail ? (
            <th scope="col" role="columnheader">
              {t('members.email')}
            </th>
          ) : null}
          <th scope="col" role="columnheader">
            {t('members.roles')}
          </th>
          <th scope="col" role="columnheader">
            {t('members.joined')}
          </th>
          <th scope="col" role="columnheader">
            <span className="visually-hidden">{t('members.controls')}</span>
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {sorted.map((member) => {
          const isMe = member.userId === myUserId;
          const onlyAdministrator = isMe && member.roles.includes('admin') && administrators <= 1;
          return (
            <tr key={member.memberId} role="row" data-testid="member-row">
              <th scope="row" role="rowheader" className="member-name">
                {member.name}
                {isMe ? <span className="you-marker">{t('members.you')}</span> : null}
              </th>
              {showEmail ? (
                <td role="cell" className="member-cell">
                  {cellLabel(t('members.email'))}
                  <span>{member.email ? <EmailAddress email={member.email} /> : null}</span>
                </td>
              ) : null}
              <td role="cell" className="member-cell">
                {cellLabel(t('members.roles'))}
                <span>{formatRoleList(member.roles, locale)}</span>
              </td>
              <td role="cell" className="member-cell member-joined">
                {cellLabel(t('members.joined'))}
                <time dateTime={member.joinedAt}>{date.format(new Date(member.joinedAt))}</time>
              </td>
              <td role="cell" className="member-controls-cell">
                <div className="member-controls">
                  {canManage ? (
                    <Button className="button button-small" aria-label={t('members.editOne', { name: member.name })} onPress={() => onEdit(member)}>
                      <Icon name="edit" size={18} /> {t('members.edit')}
                    </Button>
                  ) : null}
                  {onlyAdministrator ? (
                    <p className="member-note" data-testid="last-admin-note">
                      {t('members.lastAdminNoLeave')}
                    </p>
                  ) : isMe ? (
                    <ConfirmDialog
                      trigger={<Button className="button button-small">{t('members.leave')}</Button>}
                      title={t('members.leaveConfirmTitle')}
                      body={<p>{t('members.leaveConfirmBody')}</p>}
                      confirmLabel={t('members.leaveConfirm')}
                      onConfirm={() => onRemove(member)}
                      danger
                    />
                  ) : canManage ? (
                    <ConfirmDialog
                      trigger={
                        <Button className="button button-small" aria-label={t('members.removeOne', { name: member.name })}>
                          <Icon name="trash" size={18} /> {t('members.remove')}
                        </Button>
                      }
                      title={t('members.removeConfirmTitle', { name: member.name })}
                      body={<p>{t('members.removeConfirmBody')}</p>}
                      confirmLabel={t('members.removeConfirm')}
                      onConfirm={() => onRemove(member)}
                      danger
                    />
                  ) : null}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface InvitationListProps {
  readonly invitations: readonly InvitationView[];
  readonly headingRef: React.RefObject<HTMLHeadingElement | null>;
  readonly onWithdraw: (invitation: InvitationView) => void;
}

function InvitationList({ invitations, headingRef, onWithdraw }: InvitationListProps) {
  const { t, locale } = useT();
  const date = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium' });
  return (
    <section className="invitations" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" ref={headingRef} tabIndex={-1}>
        {t('members.invitationsTitle')}
      </h2>
      {invitations.length === 0 ? (
        <p className="muted">{t('members.noInvitations')}</p>
      ) : (
        <ul className="plain-list">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="invitation-row" data-testid="invitation-row">
              <div>
                <p className="invitation-email">
                  <EmailAddress email={invitation.email} />
                </p>
                <p className="muted">
                  {formatRoleList(invitation.roles, locale)}
                  {' · '}
                  {t('members.expires', { date: date.format(new Date(invitation.expiresAt)) })}
                </p>
              </div>
              <Button className="button button-small" aria-label={t('members.withdrawOne', { email: invitation.email })} onPress={() => onWithdraw(invitation)}>
                {t('members.withdraw')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
