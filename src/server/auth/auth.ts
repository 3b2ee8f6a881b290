import { randomUUID } from 'node:crypto';
import { sso } from '@better-auth/sso';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink, organization } from 'better-auth/plugins';
import { PASSWORD_MIN_LENGTH } from '../../domain/accountRules.ts';
import { ROLE_LABELS, parseRoles } from '../../domain/roles.ts';
import type { Db } from '../db/database.ts';
import * as schema from '../db/schema.ts';
import { invitationMail, magicLinkMail, verifyEmailMail } from '../mail/mailTexts.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { RateLimiter } from './rateLimiter.ts';
import { accessControl, authRoles } from './roles.ts';

export const AUTH_BASE_PATH = '/api/auth';
const INVITATION_DAYS = 7;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(input: { hash: string; password: string }): Promise<boolean>;
}

export interface AuthOptions {
  readonly db: Db;
  /** Where people reach Kompas, e.g. https://kompas.example.dk; cookies are Secure when https. */
  readonly publicUrl: string;
  readonly secret: string;
  readonly mailer: Mailer;
  readonly rateLimiter: RateLimiter;
  /** Only tests pass one (a cheap hash); production always uses better-auth's scrypt. */
  readonly passwordHasher?: PasswordHasher;
  /** Extra origins trusted for redirects (an on-premises identity provider). */
  readonly trustedOrigins?: readonly string[];
  readonly log?: { warn(msg: string): void; error(msg: string): void };
}

/** The header our Fastify wrapper sets from the address Fastify resolved; clients cannot set it. */
export const CLIENT_IP_HEADER = 'x-kompas-client-ip';
/** Set by the same wrapper: the origin the browser sent this request to (see http/originCheck.ts). */
export const REQUEST_ORIGIN_HEADER = 'x-kompas-request-origin';

/** better-auth, on the same database, with organisations, magic links and our roles. */
export function createAuth(options: AuthOptions) {
  const { mailer } = options;
  return betterAuth({
    appName: 'Kompas',
    baseURL: options.publicUrl,
    basePath: AUTH_BASE_PATH,
    secret: options.secret,
    // Kompas itself at its public URL or at the address this request was sent to (a laptop on the
    // meeting room's network), and any identity providers on private addresses.
    trustedOrigins: (request) => [
      new URL(options.publicUrl).origin,
      ...(options.trustedOrigins ?? []),
      request?.headers.get(REQUEST_ORIGIN_HEADER) ?? null,
    ],
    telemetry: { enabled: false },
    // A failed link (expired, used) lands on our sign-in page, which explains it, not on a page of better-auth's.
    onAPIError: { errorURL: `${options.publicUrl}/sign-in` },
    database: drizzleAdapter(options.db, {
      provider: 'pg',
      schema: {
        users: schema.users,
        sessions: schema.sessions,
        accounts: schema.accounts,
        verifications: schema.verifications,
        organisations: schema.organisations,
        members: schema.members,
        invitations: schema.invitations,
        ssoProviders: schema.ssoProviders,
      },
      transaction: true,
    }),
    user: { modelName: 'users' },
    session: { modelName: 'sessions', expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600 },
    account: { modelName: 'accounts' },
    verification: { modelName: 'verifications' },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: 200,
      autoSignIn: false,
      ...(options.passwordHasher ? { password: options.passwordHasher } : {}),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 24 * 3600,
      // Mail is queued, not awaited: these callbacks run inside better-auth's transactions.
      sendVerificationEmail: async ({ user, url }) => {
        mailer.sendSoon(verifyEmailMail(user.email, url));
      },
    },
    databaseHooks: {
      session: {
        create: {
          // Nobody is signed in with an address nobody has confirmed. Email and password and sign-in
          // links already ask for it; a first sign-on through an organisation's provider creates an
          // unconfirmed account (its email_verified claim is not trusted), and gets no session until
          // the confirmation mail has been followed.
          before: async (session, context) => {
            const user = await context?.context.internalAdapter.findUserById(session.userId);
            return user?.emailVerified === true;
          },
        },
      },
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: 10 },
        '/sign-up/email': { window: 60, max: 5 },
        '/sign-in/magic-link': { window: 60, max: 5 },
        '/send-verification-email': { window: 60, max: 3 },
        '/magic-link/verify': { window: 60, max: 20 },
        '/sign-in/sso': { window: 60, max: 20 },
      },
      customStorage: { consume: (key, rule) => options.rateLimiter.consume(`auth:${key}`, rule) },
    },
    advanced: {
      cookiePrefix: 'kompas',
      database: { generateId: () => randomUUID() },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    logger: {
      disabled: false,
      level: 'warn',
      log: (level, message) => {
        if (level === 'error') options.log?.error(`better-auth: ${message}`);
        else options.log?.warn(`better-auth: ${message}`);
      },
    },
    plugins: [
      organization({
        ac: accessControl,
        roles: authRoles,
        creatorRole: 'admin',
        allowUserToCreateOrganization: true,
        invitationExpiresIn: INVITATION_DAYS * 24 * 3600,
        cancelPendingInvitationsOnReInvite: true,
        requireEmailVerificationOnInvitation: true,
        schema: {
          organization: { modelName: 'organisations' },
          member: { modelName: 'members' },
          invitation: { modelName: 'invitations' },
        },
        sendInvitationEmail: async (data) => {
          const roles = parseRoles(data.role);
          mailer.sendSoon(
            invitationMail({
              to: data.email,
              url: `${options.publicUrl}/invitation/${encodeURIComponent(data.id)}`,
              organisationName: data.organization.name,
              inviterName: data.inviter.user.name,
              roles: {
                da: listInWords(roles.map((r) => ROLE_LABELS[r].da), 'og'),
                en: listInWords(roles.map((r) => ROLE_LABELS[r].en), 'and'),
              },
            }),
          );
        },
      }),
      sso({
        modelName: 'ssoProviders',
        // The first sign-in through an organisation's provider makes the person a member of it, as
        // an employee; an administrator gives other roles afterwards. (The plugin's type knows only
        // its own role names; ours is a plain string in the same column.)
        organizationProvisioning: { defaultRole: 'employee' as 'member' },
        // The provider's email_verified claim is not trusted: an administrator could register any
        // provider, and it could claim anyone's address. A new account confirms its email once, and
        // an existing account with the same email is never linked without its owner.
        trustEmailVerified: false,
        providersLimit: 1,
      }),
      magicLink({
        expiresIn: 15 * 60,
        storeToken: 'hashed',
        sendMagicLink: async ({ email, url }) => {
          mailer.sendSoon(magicLinkMail(email, url));
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** "a", "a og b", "a, b og c": the way the pages write a list of roles. */
export function listInWords(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}
