import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { users } from '../db/schema.ts';
import { apiCall, cookieHeader, mailSoFar, uniqueEmail } from '../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** The newest mail to an address, and the first Kompas link in it. */
async function lastLinkTo(email: string): Promise<string> {
  const mail = (await mailSoFar(server)).find((m) => m.to === email);
  if (!mail) throw new Error(`no mail to ${email}`);
  const url = /https?:\/\/\S+/.exec(mail.text)?.[0];
  if (!url) throw new Error('no link in the mail');
  return url;
}

async function follow(url: string): Promise<Response> {
  return fetch(url, { redirect: 'manual' });
}

describe('sign-up with email and password', () => {
  it('sends a confirmation mail, refuses sign-in until it is followed, then signs in', async () => {
    const email = uniqueEmail('ny');
    const signUp = await apiCall(server, 'POST', '/api/auth/sign-up/email', {
      body: { name: 'Ny Bruger', email, password: 'langt-nok-kodeord', callbackURL: '/' },
    });
    expect(signUp.status).toBe(200);
    expect(signUp.body).toEqual({ ok: true });
    expect(signUp.headers.getSetCookie()).toEqual([]);

    const early = await apiCall(server, 'POST', '/api/auth/sign-in/email', { body: { email, password: 'langt-nok-kodeord' } });
    expect(early.status).toBe(403);
    expect(early.body).toMatchObject({ error: { code: 'email_not_verified' } });

    const link = await lastLinkTo(email);
    expect(link.startsWith(`${server.url}/api/auth/verify-email?token=`)).toBe(true);
    const verified = await follow(link);
    expect(verified.status).toBe(302);
    const cookie = cookieHeader(verified.headers.getSetCookie());
    const me = await apiCall(server, 'GET', '/api/me', { cookie });
    expect(me.body).toMatchObject({ user: { email, name: 'Ny Bruger', emailVerified: true }, organisations: [] });

    const signIn = await apiCall(server, 'POST', '/api/auth/sign-in/email', { body: { email, password: 'langt-nok-kodeord' } });
    expect(signIn.status).toBe(200);
    // The answer carries no session token for page scripts: only the HttpOnly cookie does.
    expect(signIn.body).toEqual({ ok: true });
    const [sessionCookie] = signIn.headers.getSetCookie();
    expect(sessionCookie).toMatch(/^kompas\.session_token=/);
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
  });

  it('refuses a short password and a taken email with named codes', async () => {
    const short = await apiCall(server, 'POST', '/api/auth/sign-up/email', {
      body: { name: 'Kort', email: uniqueEmail(), password: 'kort' },
    });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ error: { code: 'password_too_short' } });
  });

  it('refuses a wrong password with invalid_credentials', async () => {
    const wrong = await apiCall(server, 'POST', '/api/auth/sign-in/email', { body: { email: uniqueEmail(), password: 'forkert-kodeord' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ error: { code: 'invalid_credentials' } });
  });
});

describe('magic links', () => {
  it('signs in (and up) with a link that works once', async () => {
    const email = uniqueEmail('link');
    const asked = await apiCall(server, 'POST', '/api/auth/sign-in/magic-link', { body: { email, name: 'Link Bruger', callbackURL: '/' } });
    expect(asked.status).toBe(200);
    const link = await lastLinkTo(email);
    expect(link).toContain('/api/auth/magic-link/verify?token=');
    const first = await follow(link);
    expect(first.status).toBe(302);
    const cookie = cookieHeader(first.headers.getSetCookie());
    const me = await apiCall(server, 'GET', '/api/me', { cookie });
    expect(me.body).toMatchObject({ user: { email, emailVerified: true } });
    const second = await follow(link);
    expect(second.headers.get('location')).toContain('error=');
    expect(second.headers.getSetCookie()).toEqual([]);
  });

  it('keeps only a hash of the token while the link waits', async () => {
    const email = uniqueEmail('hash');
    await apiCall(server, 'POST', '/api/auth/sign-in/magic-link', { body: { email, callbackURL: '/' } });
    const token = new URL(await lastLinkTo(email)).searchParams.get('token') ?? '';
    expect(token.length).toBeGreaterThan(20);
    const rows = await server.ctx.db.execute<{ identifier: string; value: string }>(
      // Any row that holds the raw token, as identifier or value, would be a usable link in a stolen database.
      `SELECT identifier, value FROM verifications` as never,
    );
    const all = (rows as unknown as { rows: { identifier: string; value: string }[] }).rows;
    expect(all.some((r) => r.identifier.includes(token) || r.value.includes(token))).toBe(false);
  });
});

describe('return addresses', () => {
  it('refuses any return address that is not a path on this site, even when the request names another Host', async () => {
    for (const callbackURL of ['https://evil.example/kompas', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
      const link = await apiCall(server, 'POST', '/api/auth/sign-in/magic-link', { body: { email: uniqueEmail(), callbackURL } });
      expect(link.status, callbackURL).toBe(400);
      expect(link.body).toMatchObject({ error: { code: 'invalid_body' } });
      const signUp = await apiCall(server, 'POST', '/api/auth/sign-up/email', {
        body: { name: 'X', email: uniqueEmail(), password: 'langt-nok-kodeord', callbackURL },
      });
      expect(signUp.status, callbackURL).toBe(400);
    }
    // A script names the attacker's host as Host and Origin (our origin check lets a page of the
    // address a browser used through); the return address is still refused.
    const { request } = await import('node:http');
    const port = new URL(server.url).port;
    const spoofed = await new Promise<number>((resolve, reject) => {
      const evil = `evil.example:${port}`;
      const req = request(
        { host: '127.0.0.1', port, path: '/api/auth/sign-in/magic-link', method: 'POST', headers: { host: evil, origin: `http://${evil}`, 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ email: uniqueEmail(), callbackURL: `http://${evil}/phish` }));
    });
    expect(spoofed).toBe(400);
    const verify = await fetch(`${server.url}/api/auth/magic-link/verify?token=x&callbackURL=${encodeURIComponent('https://evil.example')}`, {
      redirect: 'manual',
    });
    expect(verify.status).toBe(400);
  });
});

describe('cross-site requests', () => {
  it('refuses a state-changing request from another origin, on our routes and on better-auth’s', async () => {
    const ours = await apiCall(server, 'POST', '/api/organisations', {
      headers: { origin: 'https://evil.example' },
      body: { name: 'X', defaultLocale: 'da' },
    });
    expect(ours.status).toBe(403);
    expect(ours.body).toMatchObject({ error: { code: 'cross_origin' } });
    const theirs = await apiCall(server, 'POST', '/api/auth/sign-in/email', {
      headers: { origin: 'https://evil.example' },
      body: { email: uniqueEmail(), password: 'whatever-long' },
    });
    expect(theirs.status).toBe(403);
  });

  it('refuses a request with a cookie that says nothing of where it comes from', async () => {
    const response = await fetch(`${server.url}/api/organisations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'kompas.session_token=x' },
      body: JSON.stringify({ name: 'X', defaultLocale: 'da' }),
    });
    expect(response.status).toBe(403);
  });

  it('accepts pages served at the address the browser used (a laptop on the meeting-room network), and nothing else', async () => {
    const { request } = await import('node:http');
    const port = new URL(server.url).port;
    const post = (host: string, origin: string, path: string, body: unknown) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path, method: 'POST', headers: { host, origin, 'content-type': 'application/json' } },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(body));
      });
    const lan = `192.168.1.23:${port}`;
    // A guest's phone joins through the laptop's network address.
    const join = await post(lan, `http://${lan}`, '/api/join', { code: 'ZZZ-ZZZ', displayName: null });
    expect(join.status).toBe(404);
    // A member signs in there too (better-auth's own origin check agrees).
    const signIn = await post(lan, `http://${lan}`, '/api/auth/sign-in/email', { email: uniqueEmail(), password: 'forkert-kodeord' });
    expect(signIn.status).toBe(401);
    // Another site stays out, whatever Host it names.
    const foreign = await post(lan, 'http://evil.example', '/api/join', { code: 'ZZZ-ZZZ', displayName: null });
    expect(foreign.status).toBe(403);
    const foreignAuth = await post(lan, 'http://evil.example', '/api/auth/sign-in/email', { email: uniqueEmail(), password: 'forkert-kodeord' });
    expect(foreignAuth.status).toBe(403);
  });

  it('accepts a same-origin browser request that sends Sec-Fetch-Site instead of Origin', async () => {
    const response = await fetch(`${server.url}/api/organisations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', cookie: 'kompas.session_token=x' },
      body: JSON.stringify({ name: 'X', defaultLocale: 'da' }),
    });
    // Past the origin check; refused only because the cookie is no session.
    expect(response.status).toBe(401);
  });
});

describe('rate limits', () => {
  // Each with a server of its own: the limits count per client address, and every test here is 127.0.0.1.
  let limited: TestServer;
  beforeEach(async () => {
    limited = await startTestServer({ database: server.database });
  });
  afterEach(async () => {
    await limited.close();
  });

  it('slows down password guessing per client address', async () => {
    const email = uniqueEmail('guess');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const attempt = await apiCall(limited, 'POST', '/api/auth/sign-in/email', {
        body: { email, password: `forkert-${i}-kodeord` },
      });
      statuses.push(attempt.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const refused = await apiCall(limited, 'POST', '/api/auth/sign-in/email', { body: { email, password: 'forkert-igen-kodeord' } });
    expect(refused.body).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits sign-in links to an address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const asked = await apiCall(limited, 'POST', '/api/auth/sign-in/magic-link', { body: { email: uniqueEmail('flood'), callbackURL: '/' } });
      statuses.push(asked.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('secure cookies behind TLS', () => {
  it('marks the session cookie Secure with the __Secure- prefix when the public URL is https', async () => {
    const { createAuth } = await import('./auth.ts');
    const { RateLimiter } = await import('./rateLimiter.ts');
    const { Mailer } = await import('../mail/mailer.ts');
    const { cheapHasher } = await import('../testing/cheapHasher.ts');
    const silent = { info: () => undefined, warn: () => undefined };
    const auth = createAuth({
      db: server.ctx.db,
      publicUrl: 'https://kompas.example.dk',
      secret: 'a-test-secret-of-at-least-thirty-two-characters',
      mailer: new Mailer(server.ctx.db, null, silent),
      rateLimiter: new RateLimiter(server.ctx.db),
      passwordHasher: cheapHasher,
    });
    const email = uniqueEmail('tls');
    await auth.api.signUpEmail({ body: { name: 'TLS', email, password: 'langt-nok-kodeord' } });
    await server.ctx.db.update(users).set({ emailVerified: true }).where(eq(users.email, email));
    const signedIn = await auth.api.signInEmail({ body: { email, password: 'langt-nok-kodeord' }, returnHeaders: true });
    const [cookie] = signedIn.headers.getSetCookie();
    expect(cookie).toMatch(/^__Secure-kompas\.session_token=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });
});
