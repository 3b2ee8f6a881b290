import { SaveSsoConfigBodySchema, type SaveSsoConfigBody, type SsoConfigView } from '../../../protocol/accounts.ts';

/** The single sign-on form as typed. The client secret is never shown back, so it starts empty. */
export interface SsoFormValues {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly domain: string;
}

export type SsoField = keyof SsoFormValues;
export type SsoProblem = 'missing' | 'invalid';
export type SsoProblems = Partial<Record<SsoField, SsoProblem>>;

const FIELDS: readonly SsoField[] = ['issuer', 'clientId', 'clientSecret', 'domain'];

/** What the form starts with: the saved provider, if any, without its secret. */
export function ssoFormFrom(provider: SsoConfigView['provider']): SsoFormValues {
  return { issuer: provider?.issuer ?? '', clientId: provider?.clientId ?? '', clientSecret: '', domain: provider?.domain ?? '' };
}

/**
 * The email domain as the server wants it: "vejle.dk". People paste "@vejle.dk" or a whole
 * address, so anything up to the last @ goes.
 */
export function tidyDomain(input: string): string {
  const trimmed = input.trim().toLowerCase();
  return trimmed.slice(trimmed.lastIndexOf('@') + 1);
}

/** The body to save, or what is missing or wrong per field (checked by the server's own schema). */
export function checkSsoForm(values: SsoFormValues): { ok: true; body: SaveSsoConfigBody } | { ok: false; problems: SsoProblems } {
  const tidied: SsoFormValues = { ...values, issuer: values.issuer.trim(), domain: tidyDomain(values.domain) };
  const parsed = SaveSsoConfigBodySchema.safeParse(tidied);
  if (parsed.success) return { ok: true, body: parsed.data };
  const problems: Record<string, SsoProblem> = {};
  for (const issue of parsed.error.issues) {
    const field = FIELDS.find((f) => f === issue.path[0]);
    if (!field || problems[field]) continue;
    problems[field] = tidied[field].trim() === '' ? 'missing' : 'invalid';
  }
  return { ok: false, problems };
}
