import { isAPIError } from 'better-auth/api';
import { fromNodeHeaders } from 'better-auth/node';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import {
  OrganisationParamsSchema,
  SaveSsoConfigBodySchema,
  SsoSlugParamsSchema,
  type SsoConfigView,
  type SsoLookupResponse,
} from '../../../protocol/accounts.ts';
import type { AppContext } from '../../appContext.ts';
import { AUTH_BASE_PATH } from '../../auth/auth.ts';
import type { Db } from '../../db/database.ts';
import { organisations, ssoProviders } from '../../db/schema.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import { requireMembership } from '../../policy/membership.ts';

/** One provider per organisation, with an id derived from the organisation's. */
export function ssoProviderIdFor(organisationId: string): string {
  return `org-${organisationId}`;
}

async function findProvider(db: Db, organisationId: string) {
  const rows = await db
    .select({ issuer: ssoProviders.issuer, domain: ssoProviders.domain, oidcConfig: ssoProviders.oidcConfig })
    .from(ssoProviders)
    .where(and(eq(ssoProviders.organizationId, organisationId), eq(ssoProviders.providerId, ssoProviderIdFor(organisationId))))
    .limit(1);
  return rows[0] ?? null;
}

function clientIdOf(oidcConfig: string | null): string {
  try {
    const parsed = JSON.parse(oidcConfig ?? '{}') as { clientId?: unknown };
    return typeof parsed.clientId === 'string' ? parsed.clientId : '';
  } catch {
    return '';
  }
}

/** Single sign-on per organisation: its administrator configures it; its page starts it. */
export function registerSsoRoutes(app: FastifyInstance, ctx: AppContext): void {
  const view = async (organisationId: string, slug: string): Promise<SsoConfigView> => {
    const provider = await findProvider(ctx.db, organisationId);
    return {
      callbackUrl: `${ctx.publicUrl}${AUTH_BASE_PATH}/sso/callback/${ssoProviderIdFor(organisationId)}`,
      signInUrl: `${ctx.publicUrl}/sso/${slug}`,
      provider: provider ? { issuer: provider.issuer, clientId: clientIdOf(provider.oidcConfig), domain: provider.domain } : null,
    };
  };

  app.get('/api/organisations/:organisationId/sso', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'organisation.update');
    if (!membership) return reply;
    return view(params.organisationId, membership.organisation.slug);
  });

  app.put('/api/organisations/:organisationId/sso', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'organisation.update');
    if (!membership) return reply;
    const body = parseInput(SaveSsoConfigBodySchema, request.body, reply);
    if (!body) return reply;
    const providerId = ssoProviderIdFor(params.organisationId);
    // Replacing a provider: the old one goes first (there is one per organisation).
    await ctx.db.delete(ssoProviders).where(and(eq(ssoProviders.organizationId, params.organisationId), eq(ssoProviders.providerId, providerId)));
    try {
      await ctx.auth.api.registerSSOProvider({
        body: {
          providerId,
          issuer: body.issuer,
          domain: body.domain,
          organizationId: params.organisationId,
          oidcConfig: { clientId: body.clientId, clientSecret: body.clientSecret, pkce: true, scopes: ['openid', 'email', 'profile'] },
        },
        headers: fromNodeHeaders(request.headers),
      });
    } catch (error) {
      if (!isAPIError(error)) throw error;
      // Most often the issuer's discovery document could not be read.
      return sendError(reply, 'sso_discovery_failed', error.message);
    }
    return view(params.organisationId, membership.organisation.slug);
  });

  app.delete('/api/organisations/:organisationId/sso', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'organisation.update');
    if (!membership) return reply;
    await ctx.db
      .delete(ssoProviders)
      .where(and(eq(ssoProviders.organizationId, params.organisationId), eq(ssoProviders.providerId, ssoProviderIdFor(params.organisationId))));
    return reply.status(204).send();
  });

  app.get('/api/sso/:slug', async (request, reply) => {
    const params = parseInput(SsoSlugParamsSchema, request.params, reply);
    if (!params) return reply;
    const rows = await ctx.db
      .select({ name: organisations.name, slug: organisations.slug })
      .from(organisations)
      .innerJoin(ssoProviders, eq(ssoProviders.organizationId, organisations.id))
      .where(eq(organisations.slug, params.slug))
      .limit(1);
    const row = rows[0];
    if (!row) return sendError(reply, 'not_found');
    const body: SsoLookupResponse = { organisationName: row.name, slug: row.slug };
    return body;
  });
}
