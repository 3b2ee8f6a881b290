import { EmailSchema } from '../../../protocol/accounts.ts';

export type EmailInput = { readonly ok: true; readonly email: string } | { readonly ok: false; readonly problem: 'account.emailMissing' | 'account.emailInvalid' };

/**
 * A typed email address as the server takes it (trimmed, lower case), or the message that says
 * what is wrong: nothing typed, or not an address.
 */
export function parseEmailInput(typed: string): EmailInput {
  const parsed = EmailSchema.safeParse(typed);
  if (parsed.success) return { ok: true, email: parsed.data };
  return { ok: false, problem: typed.trim() === '' ? 'account.emailMissing' : 'account.emailInvalid' };
}
