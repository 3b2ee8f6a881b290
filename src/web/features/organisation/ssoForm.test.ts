import { describe, expect, it } from 'vitest';
import { checkSsoForm, ssoFormFrom, tidyDomain } from './ssoForm.ts';

const good = { issuer: 'https://login.microsoftonline.com/abc/v2.0', clientId: 'client-1', clientSecret: 's3cret', domain: 'vejle.dk' };

describe('tidyDomain', () => {
  it('keeps a plain domain, in lower case', () => {
    expect(tidyDomain(' Vejle.DK ')).toBe('vejle.dk');
  });

  it('drops a leading @ or a whole address', () => {
    expect(tidyDomain('@vejle.dk')).toBe('vejle.dk');
    expect(tidyDomain('mette@vejle.dk')).toBe('vejle.dk');
  });
});

describe('ssoFormFrom', () => {
  it('fills in the saved provider but never a secret', () => {
    expect(ssoFormFrom({ issuer: 'https://idp.example', clientId: 'c', domain: 'vejle.dk' })).toEqual({
      issuer: 'https://idp.example',
      clientId: 'c',
      clientSecret: '',
      domain: 'vejle.dk',
    });
    expect(ssoFormFrom(null)).toEqual({ issuer: '', clientId: '', clientSecret: '', domain: '' });
  });
});

describe('checkSsoForm', () => {
  it('gives the body to save, tidied', () => {
    expect(checkSsoForm({ ...good, issuer: ` ${good.issuer} `, domain: '@Vejle.dk' })).toEqual({ ok: true, body: good });
  });

  it('names each empty field as missing', () => {
    expect(checkSsoForm({ issuer: '', clientId: ' ', clientSecret: '', domain: '' })).toEqual({
      ok: false,
      problems: { issuer: 'missing', clientId: 'missing', clientSecret: 'missing', domain: 'missing' },
    });
  });

  it('names an issuer that is not a web address, and a domain that is not a domain, as invalid', () => {
    expect(checkSsoForm({ ...good, issuer: 'login.microsoftonline.com', domain: 'vejle' })).toEqual({
      ok: false,
      problems: { issuer: 'invalid', domain: 'invalid' },
    });
    expect(checkSsoForm({ ...good, issuer: 'ftp://idp.example' })).toEqual({ ok: false, problems: { issuer: 'invalid' } });
  });
});
