import type { Auth } from './auth/auth.ts';
import type { RateLimiter } from './auth/rateLimiter.ts';
import type { Mailer } from './mail/mailer.ts';
import type { WorkshopContext } from './features/workshops/workshopContext.ts';

/** What every route handler may use; built once by the composition root (main.ts) or a test. */
export interface AppContext extends WorkshopContext {
  readonly auth: Auth;
  readonly mailer: Mailer;
  readonly rateLimiter: RateLimiter;
  /** Where people reach Kompas, without a trailing slash. */
  readonly publicUrl: string;
  /** Development pages (the mail outbox) are served: never in production, never with SMTP. */
  readonly devPages: boolean;
}
