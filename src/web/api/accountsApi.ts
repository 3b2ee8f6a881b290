import { z } from 'zod';
import {
  AcceptInvitationResponseSchema,
  InvitationLookupResponseSchema,
  InvitationViewSchema,
  MeResponseSchema,
  MembersResponseSchema,
  MemberViewSchema,
  OrganisationSummarySchema,
  OrganisationViewSchema,
  OutboxResponseSchema,
  SsoConfigViewSchema,
  SsoLookupResponseSchema,
  type CreateInvitationBody,
  type CreateOrganisationBody,
  type DeleteOrganisationBody,
  type SaveSsoConfigBody,
  type UpdateMemberRolesBody,
  type UpdateOrganisationBody,
} from '../../protocol/accounts.ts';
import { apiRequest } from './apiRequest.ts';

/** The account library's own answers carry nothing the app reads: success is the status code. */
const AuthAnswerSchema = z.unknown();
/** 204 No Content. */
const NoContentSchema = z.null();

const org = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}`;

export interface SignUpBody {
  readonly name: string;
  readonly email: string;
  readonly password: string;
  /** A path on this site the confirmation link returns to (the account library's own field). */
  readonly callbackURL?: string;
}

export interface MagicLinkBody {
  readonly email: string;
  readonly name?: string;
  /** A path on this site to land on after following the link. */
  readonly callbackURL: string;
}

/**
 * Starts single sign-on for one organisation. The server takes exactly these fields: the
 * organisation by its slug, never by an email domain.
 */
export interface SsoSignInBody {
  readonly organizationSlug: string;
  /** A path on this site to land on, signed in, after the identity provider. */
  readonly callbackURL?: string;
  /** A path on this site to land on, with ?error=…, when it did not work. */
  readonly errorCallbackURL?: string;
}

/** The identity provider's address to send the browser to. */
const SsoStartAnswerSchema = z.object({ ok: z.literal(true), url: z.string() });

/** The account and organisation endpoints, one function each. */
export const accountsApi = {
  signUp: (body: SignUpBody) => apiRequest('/api/auth/sign-up/email', AuthAnswerSchema, { method: 'POST', body }),
  signIn: (body: { email: string; password: string }) => apiRequest('/api/auth/sign-in/email', AuthAnswerSchema, { method: 'POST', body }),
  requestMagicLink: (body: MagicLinkBody) => apiRequest('/api/auth/sign-in/magic-link', AuthAnswerSchema, { method: 'POST', body }),
  signOut: () => apiRequest('/api/auth/sign-out', AuthAnswerSchema, { method: 'POST', body: {} }),
  me: () => apiRequest('/api/me', MeResponseSchema),

  createOrganisation: (body: CreateOrganisationBody) => apiRequest('/api/organisations', OrganisationSummarySchema, { method: 'POST', body }),
  organisation: (organisationId: string) => apiRequest(org(organisationId), OrganisationViewSchema),
  updateOrganisation: (organisationId: string, body: UpdateOrganisationBody) =>
    apiRequest(org(organisationId), OrganisationViewSchema, { method: 'PATCH', body }),
  /** Everything the organisation owns goes with it; the name typed exactly is the confirmation. */
  deleteOrganisation: (organisationId: string, body: DeleteOrganisationBody) =>
    apiRequest(org(organisationId), NoContentSchema, { method: 'DELETE', body }),

  members: (organisationId: string) => apiRequest(`${org(organisationId)}/members`, MembersResponseSchema),
  updateMemberRoles: (organisationId: string, memberId: string, body: UpdateMemberRolesBody) =>
    apiRequest(`${org(organisationId)}/members/${encodeURIComponent(memberId)}/roles`, MemberViewSchema, { method: 'PUT', body }),
  removeMember: (organisationId: string, memberId: string) =>
    apiRequest(`${org(organisationId)}/members/${encodeURIComponent(memberId)}`, NoContentSchema, { method: 'DELETE' }),

  invite: (organisationId: string, body: CreateInvitationBody) =>
    apiRequest(`${org(organisationId)}/invitations`, InvitationViewSchema, { method: 'POST', body }),
  withdrawInvitation: (organisationId: string, invitationId: string) =>
    apiRequest(`${org(organisationId)}/invitations/${encodeURIComponent(invitationId)}`, NoContentSchema, { method: 'DELETE' }),
  lookUpInvitation: (invitationId: string) => apiRequest(`/api/invitations/${encodeURIComponent(invitationId)}`, InvitationLookupResponseSchema),
  acceptInvitation: (invitationId: string) =>
    apiRequest(`/api/invitations/${encodeURIComponent(invitationId)}/accept`, AcceptInvitationResponseSchema, { method: 'POST', body: {} }),

  ssoConfig: (organisationId: string) => apiRequest(`${org(organisationId)}/sso`, SsoConfigViewSchema),
  saveSsoConfig: (organisationId: string, body: SaveSsoConfigBody) =>
    apiRequest(`${org(organisationId)}/sso`, SsoConfigViewSchema, { method: 'PUT', body }),
  removeSsoConfig: (organisationId: string) => apiRequest(`${org(organisationId)}/sso`, NoContentSchema, { method: 'DELETE' }),
  lookUpSso: (slug: string) => apiRequest(`/api/sso/${encodeURIComponent(slug)}`, SsoLookupResponseSchema),
  startSso: (body: SsoSignInBody) => apiRequest('/api/auth/sign-in/sso', SsoStartAnswerSchema, { method: 'POST', body }),

  devOutbox: () => apiRequest('/api/dev/outbox', OutboxResponseSchema),
};
