import { createAuth, type PasswordHasher } from './auth/auth.ts';
import { RateLimiter } from './auth/rateLimiter.ts';
import type { AppContext } from './appContext.ts';
import type { Db } from './db/database.ts';
import type { WorkshopRooms } from './features/workshops/workshopRooms.ts';
import { Mailer, type MailLog, type MailTransport } from './mail/mailer.ts';

export interface AppParts {
  readonly db: Db;
  readonly rooms: WorkshopRooms;
  readonly now?: () => number;
  readonly publicUrl: string;
  readonly authSecret: string;
  readonly mailTransport: MailTransport | null;
  readonly production: boolean;
  readonly log: MailLog & { error(obj: object, msg: string): void };
  readonly passwordHasher?: PasswordHasher;
  readonly trustedOrigins?: readonly string[];
  /** Tests only: a prefix for rate-limit keys, so servers sharing a database count apart. */
  readonly rateLimitNamespace?: string;
}

/** Puts the server's parts together; main.ts and the tests both build the app this way. */
export function composeApp(parts: AppParts): AppContext {
  const now = parts.now ?? (() => Date.now());
  const rateLimiter = new RateLimiter(parts.db, now, parts.rateLimitNamespace ?? '');
  const mailer = new Mailer(parts.db, parts.mailTransport, parts.log);
  const auth = createAuth({
    db: parts.db,
    publicUrl: parts.publicUrl,
    secret: parts.authSecret,
    mailer,
    rateLimiter,
    ...(parts.passwordHasher ? { passwordHasher: parts.passwordHasher } : {}),
    ...(parts.trustedOrigins ? { trustedOrigins: parts.trustedOrigins } : {}),
    log: { warn: (msg) => parts.log.warn({}, msg), error: (msg) => parts.log.error({}, msg) },
  });
  return {
    db: parts.db,
    rooms: parts.rooms,
    now,
    auth,
    mailer,
    rateLimiter,
    publicUrl: parts.publicUrl.replace(/\/+$/, ''),
    devPages: !parts.production && parts.mailTransport === null,
  };
}
