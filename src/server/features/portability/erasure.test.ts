import { eq, inArray } from 'drizzle-orm';
import { fromNodeHeaders } from 'better-auth/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationExport } from '../../../protocol/organisationExport.ts';
import { members, users } from '../../db/schema.ts';
import { apiCall } from '../../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { createTestWorkshop, joinTestWorkshop } from '../../testing/workshopFixtures.ts';
import { exportOrganisation, exportToJson } from './exportOrganisation.ts';
import { importOrganisation } from './importOrganisation.ts';
import {
  addCalendarFeed,
  countOrganisationRows,
  fillOrganisation,
  organisationCondition,
  schemaTables,
  scopeOf,
  type FilledOrganisation,
  type OrganisationScope,
} from './portabilityFixtures.ts';

/**
 * Erasing an organisation (the settings page's deletion, DELETE /api/organisations/:id) leaves no
 * row of it in any table of the schema, found by the columns that tie a row to an organisation:
 * its id, or one of its projects or workshops. Another organisation keeps every row; people's
 * accounts stay (decision 015).
 */

/** Tables whose rows belong to no organisation; any other table must tie its rows to one. */
const NOT_OF_AN_ORGANISATION = ['users', 'accounts', 'verifications', 'rate_limits', 'server_secrets', 'mail_outbox'];

let server: TestServer;
let filled: FilledOrganisation;
let scope: OrganisationScope;
let other: OrganisationScope;
let before: Record<string, number>;
let otherBefore: Record<string, number>;
let file: OrganisationExport;

beforeAll(async () => {
  server = await startTestServer();
  filled = await fillOrganisation(server);
  await addCalendarFeed(server, filled.organisationId, filled.leaderId);
  // better-auth remembers an organisation on the session as the active one (no foreign key).
  await server.ctx.auth.api.setActiveOrganization({ body: { organizationId: filled.organisationId }, headers: fromNodeHeaders({ cookie: filled.cookie }) });
  await server.ctx.auth.api.registerSSOProvider({
    body: {
      providerId: `org-${filled.organisationId}`,
      issuer: 'https://idp.example.dk',
      domain: 'kompas.invalid',
      organizationId: filled.organisationId,
      oidcConfig: {
        clientId: 'kompas',
        clientSecret: 'hemmelig',
        skipDiscovery: true,
        authorizationEndpoint: 'https://idp.example.dk/auth',
        tokenEndpoint: 'https://idp.example.dk/token',
        jwksEndpoint: 'https://idp.example.dk/jwks',
      },
    },
    headers: fromNodeHeaders({ cookie: filled.cookie }),
  });

  // Another organisation, with a workshop someone joined, that must keep everything.
  const neighbour = await createTestWorkshop(server, { title: 'Naboens workshop' });
  await joinTestWorkshop(server, neighbour.joinCode, 'Nabo');
  await addCalendarFeed(server, neighbour.organisationId, neighbour.facilitator.userId);

  scope = await scopeOf(server.database, filled.organisationId);
  other = await scopeOf(server.database, neighbour.organisationId);
  const exported = await exportOrganisation(server.database.db, filled.organisationId, new Date());
  if (!exported) throw new Error('no export');
  file = exported;
  before = await countOrganisationRows(server.database, scope);
  otherBefore = await countOrganisationRows(server.database, other);
});

afterAll(async () => {
  await server?.close();
});

describe('erasing an organisation', () => {
  it('covers every table: each one ties its rows to an organisation, or holds nobody’s', () => {
    for (const [name, table] of schemaTables()) {
      const tied = organisationCondition(table, scope) !== null;
      expect(tied, name).toBe(!NOT_OF_AN_ORGANISATION.includes(name));
    }
  });

  it('starts from an organisation with rows in every one of those tables', () => {
    for (const [table, n] of Object.entries(before)) expect(n, table).toBeGreaterThan(0);
  });

  it('leaves no row of it anywhere, and every row of another organisation', async () => {
    const refused = await apiCall(server, 'DELETE', `/api/organisations/${filled.organisationId}`, { cookie: filled.cookie, body: { confirmName: 'Forkert navn' } });
    expect(refused.status).toBe(400);
    expect(await countOrganisationRows(server.database, scope)).toEqual(before);

    const erased = await apiCall(server, 'DELETE', `/api/organisations/${filled.organisationId}`, { cookie: filled.cookie, body: { confirmName: file.organisation.name } });
    expect(erased.status).toBe(204);
    const after = await countOrganisationRows(server.database, scope);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    expect(await countOrganisationRows(server.database, other)).toEqual(otherBefore);
  });

  it("keeps people's accounts: they are theirs, and may belong to other organisations", async () => {
    const ids = file.users.map((u) => u.id);
    const kept = await server.database.db.select({ id: users.id }).from(users).where(inArray(users.id, ids));
    expect(kept).toHaveLength(ids.length);
    const memberships = await server.database.db.select({ id: members.id }).from(members).where(eq(members.userId, filled.leaderId));
    expect(memberships).toEqual([]);
  });

  it('can be brought back from its export, onto the same accounts', async () => {
    const imported = await importOrganisation(server.database.db, file);
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    expect(imported.value.createdUsers).toEqual([]);
    expect(imported.value.reusedUsers).toHaveLength(file.users.length);
    const again = await exportOrganisation(server.database.db, filled.organisationId, new Date(file.exportedAt));
    expect(again && exportToJson(again)).toBe(exportToJson(file));
  });
});
