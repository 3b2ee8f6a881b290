import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';

// Tests only: a small OpenID Connect provider in the test process, standing in for Entra ID and
// the like. It has no login pages: its interaction URL finishes the login at once as the account
// the test chose, and grants what the client asked for.

export interface TestAccount {
  readonly sub: string;
  readonly email: string;
  readonly name: string;
}

export interface TestOidcProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Who the next login will be. */
  signInAs(account: TestAccount): void;
  close(): Promise<void>;
}

/** Starts on `port` when given (a port reserved earlier), else on a free one. */
export async function startTestOidcProvider(redirectUris: readonly string[], port?: string | number): Promise<TestOidcProvider> {
  const accounts = new Map<string, TestAccount>();
  let next: TestAccount | null = null;
  const clientId = 'kompas';
  const clientSecret = randomBytes(24).toString('base64url');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(Number(port ?? 0), '127.0.0.1', resolve));
  const address = server.address();
  const issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [...redirectUris], response_types: ['code'], grant_types: ['authorization_code'] }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid', 'email', 'profile'],
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => false },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: account.email, email_verified: true, name: account.name }),
      };
    },
  });
  const callback = provider.callback();

  server.on('request', (req, res) => {
    const match = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
    if (!match) {
      void callback(req, res);
      return;
    }
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (details.prompt.name === 'login') {
          if (!next) throw new Error('no account chosen for the next login');
          accounts.set(next.sub, next);
          await provider.interactionFinished(req, res, { login: { accountId: next.sub } }, { mergeWithLastSubmission: false });
          return;
        }
        const grant = new provider.Grant({ accountId: details.session?.accountId ?? '', clientId });
        const scope = typeof details.params.scope === 'string' ? details.params.scope : 'openid';
        grant.addOIDCScope(scope);
        const grantId = await grant.save();
        await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      } catch (error) {
        res.statusCode = 500;
        res.end(String(error));
      }
    })();
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(account) {
      next = account;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Plays the browser: follows redirects across hosts, keeping each host's cookies, and returns the
 * last answer (the first that is not a redirect) together with the Kompas cookies.
 */
export class RedirectBrowser {
  readonly #jars = new Map<string, Map<string, string>>();

  cookieFor(origin: string): string {
    return [...(this.#jars.get(origin) ?? new Map<string, string>()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  keep(origin: string, setCookies: readonly string[]): void {
    const jar = this.#jars.get(origin) ?? new Map<string, string>();
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.#jars.set(origin, jar);
  }

  async follow(start: string, limit = 20): Promise<{ url: string; response: Response }> {
    let url = start;
    for (let hop = 0; hop < limit; hop++) {
      const origin = new URL(url).origin;
      const response = await fetch(url, { redirect: 'manual', headers: { cookie: this.cookieFor(origin) } });
      this.keep(origin, response.headers.getSetCookie());
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url, response };
      url = new URL(location, url).toString();
    }
    throw new Error('too many redirects');
  }
}
