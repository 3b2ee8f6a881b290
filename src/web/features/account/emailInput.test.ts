import { describe, expect, it } from 'vitest';
import { parseEmailInput } from './emailInput.ts';

describe('parseEmailInput', () => {
  it('gives the address as the server takes it', () => {
    expect(parseEmailInput('  Ann@Example.DK ')).toEqual({ ok: true, email: 'ann@example.dk' });
  });

  it('says "missing" when nothing but spaces was typed', () => {
    expect(parseEmailInput('')).toEqual({ ok: false, problem: 'account.emailMissing' });
    expect(parseEmailInput('   ')).toEqual({ ok: false, problem: 'account.emailMissing' });
  });

  it('says "invalid" for anything else that is not an address', () => {
    expect(parseEmailInput('ann@')).toEqual({ ok: false, problem: 'account.emailInvalid' });
  });
});
