import { z } from 'zod';
import { REMINDER_DAYS_BEFORE_MAX } from '../domain/actionReminders.ts';
import { LOCALES } from '../domain/localized.ts';
import { MIN_GROUP_SIZE_CEILING, MIN_GROUP_SIZE_FLOOR, ORGANISATION_NAME_MAX_LENGTH } from '../domain/organisation.ts';
import { plainText } from '../domain/plainText.ts';
import { PERMISSIONS, ROLES } from '../domain/roles.ts';

/** Ids made by the server (UUIDs) or by the account library. */
export const EntityIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export const RoleSchema = z.enum(ROLES);
export const RolesSchema = z.array(RoleSchema).min(1).max(ROLES.length);
export const PermissionSchema = z.enum(PERMISSIONS);

export const EmailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const PersonNameSchema = plainText(100).trim().min(1);

export const OrganisationSettingsSchema = z.object({
  defaultLocale: z.enum(LOCALES),
  anonymousDefault: z.boolean(),
  minGroupSize: z.number().int().min(MIN_GROUP_SIZE_FLOOR).max(MIN_GROUP_SIZE_CEILING),
  /** Days before an action's date that whoever answers for it is reminded by mail; 0 for never. */
  reminderDaysBefore: z.number().int().min(0).max(REMINDER_DAYS_BEFORE_MAX),
  /** Whether whoever answers for an action is reminded once it is past its date. */
  remindOverdue: z.boolean(),
});

export const OrganisationSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  isDemo: z.boolean(),
  roles: z.array(RoleSchema),
});
export type OrganisationSummary = z.infer<typeof OrganisationSummarySchema>;

/** GET /api/me: who is signed in (null when nobody) and the organisations they belong to. */
export const MeResponseSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string(), emailVerified: z.boolean() }).nullable(),
  organisations: z.array(OrganisationSummarySchema),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const OrganisationParamsSchema = z.object({ organisationId: EntityIdSchema });

export const CreateOrganisationBodySchema = z.object({
  name: plainText(ORGANISATION_NAME_MAX_LENGTH).trim().min(1),
  defaultLocale: z.enum(LOCALES),
});
export type CreateOrganisationBody = z.infer<typeof CreateOrganisationBodySchema>;

export const OrganisationViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  isDemo: z.boolean(),
  settings: OrganisationSettingsSchema,
  /** The viewer's own roles here, and what they allow, so the UI shows only what will work. */
  myRoles: z.array(RoleSchema),
  myPermissions: z.array(PermissionSchema),
});
export type OrganisationView = z.infer<typeof OrganisationViewSchema>;

export const UpdateOrganisationBodySchema = z
  .object({ name: plainText(ORGANISATION_NAME_MAX_LENGTH).trim().min(1) })
  .extend(OrganisationSettingsSchema.shape)
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'nothing to change');
export type UpdateOrganisationBody = z.infer<typeof UpdateOrganisationBodySchema>;

export const MemberViewSchema = z.object({
  memberId: z.string(),
  userId: z.string(),
  name: z.string(),
  /** Shown to those who manage members; null for everyone else. */
  email: z.string().nullable(),
  roles: z.array(RoleSchema),
  joinedAt: z.string(),
});
export type MemberView = z.infer<typeof MemberViewSchema>;

export const InvitationViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  roles: z.array(RoleSchema),
  expiresAt: z.string(),
});
export type InvitationView = z.infer<typeof InvitationViewSchema>;

/** GET /api/organisations/:id/members. Pending invitations only for those who manage members. */
export const MembersResponseSchema = z.object({
  members: z.array(MemberViewSchema),
  invitations: z.array(InvitationViewSchema),
});
export type MembersResponse = z.infer<typeof MembersResponseSchema>;

export const MemberParamsSchema = OrganisationParamsSchema.extend({ memberId: EntityIdSchema });
export const UpdateMemberRolesBodySchema = z.object({ roles: RolesSchema });
export type UpdateMemberRolesBody = z.infer<typeof UpdateMemberRolesBodySchema>;

export const CreateInvitationBodySchema = z.object({ email: EmailSchema, roles: RolesSchema });
export type CreateInvitationBody = z.infer<typeof CreateInvitationBodySchema>;

export const OrganisationInvitationParamsSchema = OrganisationParamsSchema.extend({ invitationId: EntityIdSchema });
export const InvitationParamsSchema = z.object({ invitationId: EntityIdSchema });

/** GET /api/invitations/:id: what the invitation page shows to whoever holds the link. */
export const InvitationLookupResponseSchema = z.object({
  id: z.string(),
  organisationName: z.string(),
  inviterName: z.string(),
  email: z.string(),
  roles: z.array(RoleSchema),
  status: z.enum(['pending', 'accepted', 'rejected', 'canceled', 'expired']),
});
export type InvitationLookupResponse = z.infer<typeof InvitationLookupResponseSchema>;

export const AcceptInvitationResponseSchema = z.object({ organisationId: z.string() });
export type AcceptInvitationResponse = z.infer<typeof AcceptInvitationResponseSchema>;

/** One mail kept in the outbox, for the development page (never shown in production). */
export const OutboxMailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export const OutboxResponseSchema = z.object({ mails: z.array(OutboxMailSchema) });
export type OutboxResponse = z.infer<typeof OutboxResponseSchema>;

/** An organisation's single sign-on, as its administrators see it (never the client secret). */
export const SsoConfigViewSchema = z.object({
  /** The address to give the identity provider as the redirect URI, known before configuring. */
  callbackUrl: z.string(),
  /** The organisation's own sign-in page for single sign-on, to share with its people. */
  signInUrl: z.string(),
  provider: z
    .object({
      issuer: z.string(),
      clientId: z.string(),
      domain: z.string(),
    })
    .nullable(),
});
export type SsoConfigView = z.infer<typeof SsoConfigViewSchema>;

export const SaveSsoConfigBodySchema = z.object({
  /** The OpenID Connect issuer, e.g. https://login.microsoftonline.com/<tenant>/v2.0 */
  issuer: z.url({ protocol: /^https?$/ }).max(500),
  clientId: z.string().trim().min(1).max(300),
  clientSecret: z.string().min(1).max(500),
  /** The email domain of the organisation's people, e.g. vejle.dk */
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .max(253)
    .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'a domain like vejle.dk'),
});
export type SaveSsoConfigBody = z.infer<typeof SaveSsoConfigBodySchema>;

export const SsoSlugParamsSchema = z.object({ slug: z.string().min(1).max(120).regex(/^[a-z0-9-]+$/) });

/** GET /api/sso/:slug: the organisation's name for its single sign-on page, when it has a provider. */
export const SsoLookupResponseSchema = z.object({ organisationName: z.string(), slug: z.string() });
export type SsoLookupResponse = z.infer<typeof SsoLookupResponseSchema>;

/** DELETE /api/organisations/:id: the organisation's name, typed again, confirms the deletion. */
export const DeleteOrganisationBodySchema = z.object({ confirmName: z.string().max(200) });
export type DeleteOrganisationBody = z.infer<typeof DeleteOrganisationBodySchema>;
