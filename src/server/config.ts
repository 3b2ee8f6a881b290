import path from 'node:path';
import { z } from 'zod';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  KOMPAS_DATA_DIR: z.string().min(1).default(path.resolve('data')),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  REDIS_URL: z.string().optional(),
  KOMPAS_DEMO: z.enum(['on', 'off']).default('on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  /** Where people reach Kompas; https here makes the session cookie Secure. Default: http://localhost:PORT. */
  KOMPAS_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+$/, 'KOMPAS_PUBLIC_URL must be an origin like https://kompas.example.dk (no path)')
    .optional(),
  /** Signs session cookies; at least 32 characters. Without it, one is made on first start and kept in the database. */
  KOMPAS_AUTH_SECRET: z.string().min(32, 'KOMPAS_AUTH_SECRET must be at least 32 characters').optional(),
  /** smtp://user:pass@host:587 or smtps://…; without it, mail stays in the outbox (logged, and on /dev/outbox). */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().default('Kompas <kompas@localhost>'),
  /** Origins of identity providers on private addresses that single sign-on may reach, comma-separated. */
  KOMPAS_TRUSTED_IDP_ORIGINS: z
    .string()
    .optional()
    .transform((value) => (value ?? '').split(',').map((o) => o.trim()).filter((o) => o.length > 0))
    .pipe(z.array(z.url({ protocol: /^https?$/ }))),
  /** Behind a reverse proxy: trust its X-Forwarded-For ('true', or the proxies' addresses/subnets, comma-separated). */
  TRUST_PROXY: z.string().optional(),
  /** Minutes between this instance's sweeps for due action reminders; 0 for none (every instance may sweep). */
  KOMPAS_REMINDER_INTERVAL_MINUTES: z.coerce.number().min(0).max(1440).default(5),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Reads the environment once, at start; a bad value stops the server with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
