import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse, SsoConfigView } from '../../../protocol/accounts.ts';
import { addTestMember, apiCall, mailSoFar, createTestOrganisation, createTestUser, uniqueEmail, type TestUser } from '../../testing/accountFixtures.ts';
import { RedirectBrowser, startTestOidcProvider, type TestOidcProvider } from '../../testing/oidcProvider.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { ssoProviderIdFor } from './ssoRoutes.ts';

let server: TestServer;
let idp: TestOidcProvider;
let admin: TestUser;
let organisationId: string;
let slug: string;

beforeAll(async () => {
  // The provider's address must be trusted before Kompas starts (private hosts are refused otherwise),
  // and Kompas's callback must be registered with the provider: reserve both in order.
  const probe = await startTestOidcProvider([]);
  const trusted = probe.issuer;
  await probe.close();
  server = await startTestServer({ trustedOrigins: [trusted] });
  admin = await createTestUser(server, { name: 'IT-admin' });
  organisationId = await createTestOrganisation(server, admin, 'Single Sign-On Kommune');
  const me = (await apiCall(server, 'GET', '/api/me', { cookie: admin.cookie })).body as MeResponse;
  slug = me.organisations.find((o) => o.id === organisationId)?.slug ?? '';
  const callback = `${server.url}/api/auth/sso/callback/${ssoProviderIdFor(organisationId)}`;
  idp = await startTestOidcProvider([callback], new URL(trusted).port);
});

afterAll(async () => {
  await idp.close();
  await server.close();
});

async function configure(user: TestUser = admin) {
  return apiCall(server, 'PUT', `/api/organisations/${organisationId}/sso`, {
    cookie: user.cookie,
    body: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, domain: 'sso-kommune.dk' },
  });
}

/** Starts single sign-on on the organisation's page, as the browser does, and follows it home. */
async function signInWithSso(browser: RedirectBrowser): Promise<{ url: string; response: Response }> {
  const start = await apiCall(server, 'POST', '/api/auth/sign-in/sso', { body: { organizationSlug: slug, callbackURL: '/welcome' } });
  expect(start.status).toBe(200);
  browser.keep(server.url, start.headers.getSetCookie());
  const { url } = start.body as { ok: true; url: string };
  expect(url.startsWith(idp.issuer)).toBe(true);
  return browser.follow(url);
}

describe('single sign-on per organisation', () => {
  it('shows the administrator the callback address to give the identity provider, before and after', async () => {
    const before = (await apiCall(server, 'GET', `/api/organisations/${organisationId}/sso`, { cookie: admin.cookie })).body as SsoConfigView;
    expect(before).toEqual({
      callbackUrl: `${server.url}/api/auth/sso/callback/${ssoProviderIdFor(organisationId)}`,
      signInUrl: `${server.url}/sso/${slug}`,
      provider: null,
    });
    const saved = await configure();
    expect(saved.status).toBe(200);
    expect((saved.body as SsoConfigView).provider).toEqual({ issuer: idp.issuer, clientId: idp.clientId, domain: 'sso-kommune.dk' });
    expect(JSON.stringify(saved.body)).not.toContain(idp.clientSecret);
    const lookup = await apiCall(server, 'GET', `/api/sso/${slug}`);
    expect(lookup.body).toEqual({ organisationName: 'Single Sign-On Kommune', slug });
  });

  it('only an administrator of the organisation configures it', async () => {
    const leader = await addTestMember(server, organisationId, ['leader']);
    expect((await configure(leader)).status).toBe(403);
    const stranger = await createTestUser(server);
    expect((await configure(stranger)).status).toBe(404);
  });

  it('refuses an issuer whose discovery document cannot be read, with a named error', async () => {
    const response = await apiCall(server, 'PUT', `/api/organisations/${organisationId}/sso`, {
      cookie: admin.cookie,
      body: { issuer: 'http://127.0.0.1:9/nowhere', clientId: 'x', clientSecret: 'y', domain: 'sso-kommune.dk' },
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ error: { code: 'sso_discovery_failed' } });
    // The working configuration is restored for the tests that follow.
    expect((await configure()).status).toBe(200);
  });

  it('a new account gets no session until its email is confirmed; signed on again, it is an employee of the organisation', async () => {
    const email = uniqueEmail('sso');
    idp.signInAs({ sub: 'entra-1', email, name: 'Sara Sso' });
    const browser = new RedirectBrowser();
    const first = await signInWithSso(browser);
    expect(new URL(first.url).origin).toBe(server.url);
    expect(first.url).toContain('error=');
    // Not signed in yet: the address is unconfirmed.
    const before = (await apiCall(server, 'GET', '/api/me', { cookie: browser.cookieFor(server.url) })).body as MeResponse;
    expect(before.user).toBeNull();
    // The provider's email_verified claim is not trusted: Kompas asks the address itself.
    const mail = (await mailSoFar(server)).find((m) => m.to === email);
    const confirm = mail ? /https?:\/\/\S+/.exec(mail.text)?.[0] : undefined;
    if (!confirm) throw new Error('no confirmation mail');
    const confirmed = await browser.follow(confirm);
    expect(new URL(confirmed.url).origin).toBe(server.url);
    const me = (await apiCall(server, 'GET', '/api/me', { cookie: browser.cookieFor(server.url) })).body as MeResponse;
    expect(me.user).toMatchObject({ email, name: 'Sara Sso', emailVerified: true });

    // Signing on once more through the organisation's page makes the person its employee.
    idp.signInAs({ sub: 'entra-1', email, name: 'Sara Sso' });
    const second = await signInWithSso(browser);
    expect(new URL(second.url).pathname).toBe('/welcome');
    const member = (await apiCall(server, 'GET', '/api/me', { cookie: browser.cookieFor(server.url) })).body as MeResponse;
    expect(member.organisations).toEqual([expect.objectContaining({ id: organisationId, roles: ['employee'] })]);

    // And on another device, single sign-on alone signs in.
    const again = new RedirectBrowser();
    idp.signInAs({ sub: 'entra-1', email, name: 'Sara Sso' });
    const third = await signInWithSso(again);
    expect(new URL(third.url).pathname).toBe('/welcome');
    const meAgain = (await apiCall(server, 'GET', '/api/me', { cookie: again.cookieFor(server.url) })).body as MeResponse;
    expect(meAgain.user?.email).toBe(email);
  });

  it('never signs into an existing account that has the same email (the provider could claim anyone)', async () => {
    const victim = await createTestUser(server, { name: 'Har Adgangskode' });
    idp.signInAs({ sub: 'entra-2', email: victim.email, name: 'Forklædt' });
    const browser = new RedirectBrowser();
    const landed = await signInWithSso(browser);
    expect(landed.url).toContain('error=');
    const me = (await apiCall(server, 'GET', '/api/me', { cookie: browser.cookieFor(server.url) })).body as MeResponse;
    expect(me.user).toBeNull();
  });

  it('starts only from the organisation, never from an email domain', async () => {
    const byEmail = await apiCall(server, 'POST', '/api/auth/sign-in/sso', { body: { email: `x@sso-kommune.dk`, callbackURL: '/' } });
    expect(byEmail.status).toBe(400);
    expect(byEmail.body).toMatchObject({ error: { code: 'invalid_body' } });
  });

  it('turned off, the organisation has no sign-on page', async () => {
    const other = await createTestUser(server);
    const org = await createTestOrganisation(server, other, 'Uden SSO');
    const removed = await apiCall(server, 'DELETE', `/api/organisations/${org}/sso`, { cookie: other.cookie });
    expect(removed.status).toBe(204);
    const me = (await apiCall(server, 'GET', '/api/me', { cookie: other.cookie })).body as MeResponse;
    const otherSlug = me.organisations.find((o) => o.id === org)?.slug ?? '';
    expect((await apiCall(server, 'GET', `/api/sso/${otherSlug}`)).status).toBe(404);
  });
});
