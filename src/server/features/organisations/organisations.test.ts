import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MembersResponse, OrganisationView } from '../../../protocol/accounts.ts';
import { addTestMember, apiCall, mailSoFar, cookieHeader, createTestOrganisation, createTestUser, uniqueEmail, type TestUser } from '../../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';

let server: TestServer;
let admin: TestUser;
let organisationId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createTestUser(server, { name: 'Anne Admin' });
  organisationId = await createTestOrganisation(server, admin, 'Vejle Jobcenter');
});
afterAll(async () => {
  await server.close();
});

async function linkIn(email: string): Promise<string> {
  const mail = (await mailSoFar(server)).find((m) => m.to === email);
  const url = mail ? /https?:\/\/\S+/.exec(mail.text)?.[0] : undefined;
  if (!url) throw new Error(`no link mailed to ${email}`);
  return url;
}

describe('organisations', () => {
  it('makes its creator the administrator and lists it on /api/me', async () => {
    const me = await apiCall(server, 'GET', '/api/me', { cookie: admin.cookie });
    expect(me.body).toMatchObject({ organisations: [{ id: organisationId, name: 'Vejle Jobcenter', roles: ['admin'], isDemo: false }] });
    const view = (await apiCall(server, 'GET', `/api/organisations/${organisationId}`, { cookie: admin.cookie })).body as OrganisationView;
    expect(view.settings).toEqual({ defaultLocale: 'da', anonymousDefault: false, minGroupSize: 5, reminderDaysBefore: 3, remindOverdue: true });
    expect(view.myPermissions).toContain('member.manage');
  });

  it('signed out, creating one is refused with signed_out', async () => {
    const response = await apiCall(server, 'POST', '/api/organisations', { body: { name: 'X', defaultLocale: 'da' } });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: { code: 'signed_out' } });
  });

  it('changes settings for an administrator; the minimum group size never goes below 3', async () => {
    const changed = await apiCall(server, 'PATCH', `/api/organisations/${organisationId}`, {
      cookie: admin.cookie,
      body: { defaultLocale: 'en', anonymousDefault: true, minGroupSize: 7 },
    });
    expect(changed.status).toBe(200);
    expect((changed.body as OrganisationView).settings).toEqual({ defaultLocale: 'en', anonymousDefault: true, minGroupSize: 7, reminderDaysBefore: 3, remindOverdue: true });
    const tooLow = await apiCall(server, 'PATCH', `/api/organisations/${organisationId}`, { cookie: admin.cookie, body: { minGroupSize: 2 } });
    expect(tooLow.status).toBe(400);
    expect(tooLow.body).toMatchObject({ error: { code: 'invalid_body' } });
    const empty = await apiCall(server, 'PATCH', `/api/organisations/${organisationId}`, { cookie: admin.cookie, body: {} });
    expect(empty.status).toBe(400);
    const after = (await apiCall(server, 'GET', `/api/organisations/${organisationId}`, { cookie: admin.cookie })).body as OrganisationView;
    expect(after.settings.minGroupSize).toBe(7);
  });

  it('the database itself refuses a minimum group size below 3', async () => {
    await expect(
      server.ctx.db.execute(`UPDATE organisations SET min_group_size = 2 WHERE id = '${organisationId}'` as never),
    ).rejects.toThrow();
  });

  it('a member who is not an administrator may read but not change settings', async () => {
    const employee = await addTestMember(server, organisationId, ['employee']);
    const read = await apiCall(server, 'GET', `/api/organisations/${organisationId}`, { cookie: employee.cookie });
    expect(read.status).toBe(200);
    const changed = await apiCall(server, 'PATCH', `/api/organisations/${organisationId}`, { cookie: employee.cookie, body: { name: 'Mit' } });
    expect(changed.status).toBe(403);
    expect(changed.body).toMatchObject({ error: { code: 'not_allowed' } });
  });
});

describe('deleting an organisation', () => {
  it('needs an administrator and the name typed again, then takes everything the organisation owns', async () => {
    const owner = await createTestUser(server, { name: 'Ejer' });
    const doomed = await createTestOrganisation(server, owner, 'Kortlivet Forening');
    const member = await addTestMember(server, doomed, ['leader']);
    const project = await apiCall(server, 'POST', `/api/organisations/${doomed}/projects`, {
      cookie: member.cookie,
      body: { title: 'P', description: '', staffGroups: [], units: [], phase: 'idea', step: 'need', frame: {
        fixed: '', open: '', benefits: '', benefitsFor: '', benefitsWhen: '', benefitsJudged: '', freedResources: '', harms: '', harmsHandling: '' } },
    });
    expect(project.status).toBe(201);
    const byLeader = await apiCall(server, 'DELETE', `/api/organisations/${doomed}`, { cookie: member.cookie, body: { confirmName: 'Kortlivet Forening' } });
    expect(byLeader.status).toBe(403);
    const wrongName = await apiCall(server, 'DELETE', `/api/organisations/${doomed}`, { cookie: owner.cookie, body: { confirmName: 'Kortlivet' } });
    expect(wrongName.status).toBe(400);
    expect(wrongName.body).toMatchObject({ error: { code: 'confirmation_mismatch' } });
    const deleted = await apiCall(server, 'DELETE', `/api/organisations/${doomed}`, { cookie: owner.cookie, body: { confirmName: 'Kortlivet Forening' } });
    expect(deleted.status).toBe(204);
    expect((await apiCall(server, 'GET', `/api/organisations/${doomed}`, { cookie: owner.cookie })).status).toBe(404);
    const me = await apiCall(server, 'GET', '/api/me', { cookie: member.cookie });
    expect(me.body).toMatchObject({ organisations: [] });
    const left = await server.ctx.db.execute(`SELECT count(*)::int AS n FROM projects WHERE organisation_id = '${doomed}'` as never);
    expect((left as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  });
});

describe('members and roles', () => {
  it('gives a member several roles, shows emails only to administrators', async () => {
    const member = await addTestMember(server, organisationId, ['employee'], 'Tove Tillid');
    const set = await apiCall(server, 'PUT', `/api/organisations/${organisationId}/members/${member.memberId}/roles`, {
      cookie: admin.cookie,
      body: { roles: ['union_rep', 'employee', 'committee'] },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ roles: ['employee', 'union_rep', 'committee'] });
    const asMember = (await apiCall(server, 'GET', `/api/organisations/${organisationId}/members`, { cookie: member.cookie })).body as MembersResponse;
    expect(asMember.invitations).toEqual([]);
    const other = asMember.members.find((m) => m.name === 'Anne Admin');
    expect(other?.email).toBeNull();
    expect(asMember.members.find((m) => m.memberId === member.memberId)?.email).toBe(member.email);
    const asAdmin = (await apiCall(server, 'GET', `/api/organisations/${organisationId}/members`, { cookie: admin.cookie })).body as MembersResponse;
    expect(asAdmin.members.find((m) => m.memberId === member.memberId)?.email).toBe(member.email);
  });

  it('refuses an unknown role and an empty list', async () => {
    const member = await addTestMember(server, organisationId, ['employee']);
    for (const roles of [['owner'], []]) {
      const response = await apiCall(server, 'PUT', `/api/organisations/${organisationId}/members/${member.memberId}/roles`, {
        cookie: admin.cookie,
        body: { roles },
      });
      expect(response.status).toBe(400);
    }
  });

  it('keeps at least one administrator: the last one can neither be demoted nor removed', async () => {
    const solo = await createTestUser(server, { name: 'Solo' });
    const org = await createTestOrganisation(server, solo, 'Lille Forening');
    const members = (await apiCall(server, 'GET', `/api/organisations/${org}/members`, { cookie: solo.cookie })).body as MembersResponse;
    const me = members.members[0];
    if (!me) throw new Error('no member');
    const demote = await apiCall(server, 'PUT', `/api/organisations/${org}/members/${me.memberId}/roles`, {
      cookie: solo.cookie,
      body: { roles: ['leader'] },
    });
    expect(demote.status).toBe(409);
    expect(demote.body).toMatchObject({ error: { code: 'last_admin' } });
    const leave = await apiCall(server, 'DELETE', `/api/organisations/${org}/members/${me.memberId}`, { cookie: solo.cookie });
    expect(leave.status).toBe(409);
    // With a second administrator, the first may step down.
    const second = await addTestMember(server, org, ['admin']);
    const stepDown = await apiCall(server, 'PUT', `/api/organisations/${org}/members/${me.memberId}/roles`, {
      cookie: second.cookie,
      body: { roles: ['leader'] },
    });
    expect(stepDown.status).toBe(200);
  });

  it('lets a member leave, but not remove someone else', async () => {
    const a = await addTestMember(server, organisationId, ['employee'], 'Går');
    const b = await addTestMember(server, organisationId, ['employee'], 'Bliver');
    const removeOther = await apiCall(server, 'DELETE', `/api/organisations/${organisationId}/members/${b.memberId}`, { cookie: a.cookie });
    expect(removeOther.status).toBe(403);
    const leave = await apiCall(server, 'DELETE', `/api/organisations/${organisationId}/members/${a.memberId}`, { cookie: a.cookie });
    expect(leave.status).toBe(204);
    const after = await apiCall(server, 'GET', `/api/organisations/${organisationId}`, { cookie: a.cookie });
    expect(after.status).toBe(404);
  });
});

describe('invitations', () => {
  it('invites by email; the invitee follows the mailed link, signs in by magic link and joins with the roles', async () => {
    const email = uniqueEmail('inviteret');
    const invited = await apiCall(server, 'POST', `/api/organisations/${organisationId}/invitations`, {
      cookie: admin.cookie,
      body: { email, roles: ['safety_rep', 'employee'] },
    });
    expect(invited.status).toBe(201);
    const invitationId = (invited.body as { id: string }).id;
    const invitationLink = await linkIn(email);
    expect(invitationLink).toBe(`${server.url}/invitation/${invitationId}`);

    const lookup = await apiCall(server, 'GET', `/api/invitations/${invitationId}`);
    expect(lookup.body).toMatchObject({ organisationName: 'Vejle Jobcenter', inviterName: 'Anne Admin', email, status: 'pending' });
    expect((lookup.body as { roles: string[] }).roles.sort()).toEqual(['employee', 'safety_rep']);

    // The invitation page asks for a sign-in link to the invited address, which proves it.
    await apiCall(server, 'POST', '/api/auth/sign-in/magic-link', {
      body: { email, name: 'Ida Inviteret', callbackURL: `/invitation/${invitationId}` },
    });
    const mails = (await mailSoFar(server)).filter((m) => m.to === email);
    const magic = mails.map((m) => /https?:\/\/\S+/.exec(m.text)?.[0]).find((u) => u?.includes('magic-link'));
    if (!magic) throw new Error('no magic link');
    const signedIn = await fetch(magic, { redirect: 'manual' });
    expect(signedIn.headers.get('location')).toContain(`/invitation/${invitationId}`);
    const cookie = cookieHeader(signedIn.headers.getSetCookie());

    const accepted = await apiCall(server, 'POST', `/api/invitations/${invitationId}/accept`, { cookie });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ organisationId });
    const me = await apiCall(server, 'GET', '/api/me', { cookie });
    expect(me.body).toMatchObject({ organisations: [{ id: organisationId, roles: ['employee', 'safety_rep'] }] });
    const again = await apiCall(server, 'POST', `/api/invitations/${invitationId}/accept`, { cookie });
    expect(again.body).toMatchObject({ error: { code: 'invitation_not_pending' } });
  });

  it('only an administrator invites; an invitation to an existing member is refused', async () => {
    const employee = await addTestMember(server, organisationId, ['employee', 'leader']);
    const refused = await apiCall(server, 'POST', `/api/organisations/${organisationId}/invitations`, {
      cookie: employee.cookie,
      body: { email: uniqueEmail(), roles: ['employee'] },
    });
    expect(refused.status).toBe(403);
    const existing = await apiCall(server, 'POST', `/api/organisations/${organisationId}/invitations`, {
      cookie: admin.cookie,
      body: { email: employee.email, roles: ['employee'] },
    });
    expect(existing.status).toBe(409);
    expect(existing.body).toMatchObject({ error: { code: 'already_member' } });
  });

  it('a withdrawn invitation cannot be accepted', async () => {
    const invitee = await createTestUser(server, { name: 'Trukket' });
    const invited = await apiCall(server, 'POST', `/api/organisations/${organisationId}/invitations`, {
      cookie: admin.cookie,
      body: { email: invitee.email, roles: ['employee'] },
    });
    const invitationId = (invited.body as { id: string }).id;
    const pending = (await apiCall(server, 'GET', `/api/organisations/${organisationId}/members`, { cookie: admin.cookie })).body as MembersResponse;
    expect(pending.invitations.map((i) => i.id)).toContain(invitationId);
    const withdrawn = await apiCall(server, 'DELETE', `/api/organisations/${organisationId}/invitations/${invitationId}`, { cookie: admin.cookie });
    expect(withdrawn.status).toBe(204);
    const accepted = await apiCall(server, 'POST', `/api/invitations/${invitationId}/accept`, { cookie: invitee.cookie });
    expect(accepted.body).toMatchObject({ error: { code: 'invitation_not_pending' } });
    const lookup = await apiCall(server, 'GET', `/api/invitations/${invitationId}`);
    expect(lookup.body).toMatchObject({ status: 'canceled' });
  });
});

describe('the development outbox', () => {
  it('lists mail without SMTP outside production', async () => {
    const outbox = await apiCall(server, 'GET', '/api/dev/outbox');
    expect(outbox.status).toBe(200);
    expect((outbox.body as { mails: unknown[] }).mails.length).toBeGreaterThan(0);
  });

  it('does not exist in production', async () => {
    const production = await startTestServer({ database: server.database, production: true });
    try {
      const outbox = await apiCall(production, 'GET', '/api/dev/outbox');
      expect(outbox.status).toBe(404);
    } finally {
      await production.close();
    }
  });
});
