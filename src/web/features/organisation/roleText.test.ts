import { describe, expect, it } from 'vitest';
import { formatRoleList } from './roleText.ts';

describe('formatRoleList', () => {
  it('names the roles in the product order, joined for the language', () => {
    expect(formatRoleList(['union_rep', 'admin'], 'da')).toBe('Administrator og Tillidsrepræsentant (TR)');
    expect(formatRoleList(['employee', 'leader', 'admin'], 'en')).toBe('Administrator, Manager and Employee');
    expect(formatRoleList(['employee'], 'en')).toBe('Employee');
    expect(formatRoleList([], 'da')).toBe('');
  });
});
