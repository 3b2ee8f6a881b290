import { describe, expect, it } from 'vitest';
import { isProviderAddress, ssoLandingOf, ssoStartBody } from './ssoLanding.ts';

describe('ssoLandingOf', () => {
  it('is nothing without an error', () => {
    expect(ssoLandingOf('')).toBeNull();
    expect(ssoLandingOf('?next=%2Forg%2F1')).toBeNull();
  });

  it('asks a new account to confirm its email', () => {
    expect(ssoLandingOf('?error=email_not_verified')).toBe('confirm-email');
    expect(ssoLandingOf('?error=unable+to+create+session')).toBe('confirm-email');
  });

  it('sends an existing account to its own way of signing in, however the code is written', () => {
    expect(ssoLandingOf('?error=account+not+linked')).toBe('account-exists');
    expect(ssoLandingOf('?error=account%20not%20linked&error_description=x')).toBe('account-exists');
    expect(ssoLandingOf('error=account_not_linked')).toBe('account-exists');
  });

  it('calls anything else a failed attempt', () => {
    expect(ssoLandingOf('?error=access_denied')).toBe('failed');
    expect(ssoLandingOf('?error=invalid_state')).toBe('failed');
    expect(ssoLandingOf('?error=')).toBe('failed');
  });
});

describe('isProviderAddress', () => {
  it('takes web addresses only', () => {
    expect(isProviderAddress('https://login.microsoftonline.com/t/oauth2/v2.0/authorize?x=1')).toBe(true);
    expect(isProviderAddress('http://127.0.0.1:3199/auth')).toBe(true);
    expect(isProviderAddress('javascript:alert(1)')).toBe(false);
    expect(isProviderAddress('/relative')).toBe(false);
  });
});

describe('ssoStartBody', () => {
  it('lands on the front page, or back here when it fails', () => {
    expect(ssoStartBody('vejle-kommune', null)).toEqual({ organizationSlug: 'vejle-kommune', callbackURL: '/', errorCallbackURL: '/sso/vejle-kommune' });
  });

  it('keeps where the person was going, both ways', () => {
    expect(ssoStartBody('vejle-kommune', '/org/1/projects')).toEqual({
      organizationSlug: 'vejle-kommune',
      callbackURL: '/org/1/projects',
      errorCallbackURL: '/sso/vejle-kommune?next=%2Forg%2F1%2Fprojects',
    });
  });

  it('stays within the server’s length limit', () => {
    const long = `/${'a'.repeat(480)}`;
    const body = ssoStartBody('vejle-kommune', long);
    expect(body.callbackURL).toBe(long);
    expect(body.errorCallbackURL).toBe('/sso/vejle-kommune');
    expect(ssoStartBody('vejle-kommune', `/${'a'.repeat(600)}`).callbackURL).toBe('/');
  });
});
