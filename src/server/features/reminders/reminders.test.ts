import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import { organisations } from '../../db/schema.ts';
import { addTestMember, apiCall, type TestUser } from '../../testing/accountFixtures.ts';
import { addTestActions, changeTestAction, createActionPlace, mailsTo, type ActionPlace } from '../../testing/actionFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { ReminderSweeper } from './reminderSweeper.ts';
import { sweepReminders } from './sweepReminders.ts';

let clock = 0;
let server: TestServer;

/** 10:00 in Copenhagen on a winter day: "today" for the sweep is that date. */
function setToday(date: string): void {
  const [year, month, day] = date.split('-').map(Number);
  clock = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, 9, 0);
}

beforeAll(async () => {
  setToday('2026-03-02');
  server = await startTestServer({ now: () => clock });
});

afterAll(async () => {
  await server.close();
});

const sweep = () => sweepReminders(server.ctx);

/** Reminder mails to these people (their sign-up confirmations left out): each links to their actions. */
async function remindersTo(...addresses: string[]) {
  return (await mailsTo(server, ...addresses)).filter((mail) => mail.text.includes('/actions?mine=true'));
}

async function settings(place: ActionPlace, body: Record<string, unknown>) {
  return apiCall(server, 'PATCH', `/api/organisations/${place.organisationId}`, { cookie: place.facilitator.cookie, body });
}

/** A place with one member who answers for one action with this date. */
async function answeredAction(due: string, what = 'Oplæring i vagtplanen'): Promise<{ place: ActionPlace; erik: TestUser & { memberId: string } }> {
  const place = await createActionPlace(server);
  const erik = await addTestMember(server, place.organisationId, ['employee'], 'Erik Medarbejder');
  await addTestActions(server, place, [{ id: 'a1', what }]);
  await changeTestAction(server, place, place.facilitator, 'a1', { responsibleUserId: erik.userId, due });
  return { place, erik };
}

describe('reminders about actions', () => {
  it('reminds whoever answers for an action once, days before its date, in Danish, with a link to their actions', async () => {
    setToday('2026-03-02');
    const { place, erik } = await answeredAction('2026-03-05');
    await sweep();
    const mails = await remindersTo(erik.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe('Påmindelse – frist 5. marts: Oplæring i vagtplanen');
    expect(mail?.text).toContain('Hej Erik Medarbejder\n\nDu er ansvarlig for en handling i Kompas, og fristen nærmer sig.');
    expect(mail?.text).toContain('Handling: Oplæring i vagtplanen\nProjekt: Ny vagtplan (Testkommunen)\nFrist: torsdag den 5. marts 2026 – om 3 dage');
    expect(mail?.text).toContain(`${server.url}/org/${place.organisationId}/actions?mine=true`);
    expect(mail?.text).toContain('fordi Testkommunen minder den ansvarlige om en handling 3 dage før fristen');
    expect(mail?.text).not.toContain('English');

    await sweep();
    setToday('2026-03-04');
    await sweep();
    expect(await remindersTo(erik.email)).toHaveLength(1);
  });

  it('waits until the date is within the chosen days', async () => {
    setToday('2026-03-02');
    const { erik } = await answeredAction('2026-03-06');
    await sweep();
    expect(await remindersTo(erik.email)).toHaveLength(0);
    setToday('2026-03-03');
    await sweep();
    expect((await remindersTo(erik.email)).map((m) => m.subject)).toEqual(['Påmindelse – frist 6. marts: Oplæring i vagtplanen']);
  });

  it('reminds once more when the date has passed, and again before and after a new date', async () => {
    setToday('2026-03-02');
    const { place, erik } = await answeredAction('2026-03-04');
    await sweep();
    setToday('2026-03-05');
    await sweep();
    await sweep();
    let mails = await remindersTo(erik.email);
    expect(mails.map((m) => m.subject)).toEqual(['Påmindelse – frist 4. marts: Oplæring i vagtplanen', 'Fristen er overskredet: Oplæring i vagtplanen']);
    expect(mails[1]?.text).toContain('Fristen for en handling, du er ansvarlig for i Kompas, er overskredet.');
    expect(mails[1]?.text).toContain('Frist: onsdag den 4. marts 2026 – i går');
    expect(mails[1]?.text).toContain('Du får kun denne ene påmindelse om fristen.');

    setToday('2026-03-09');
    await sweep();
    expect(await remindersTo(erik.email)).toHaveLength(2);

    // Whoever answers for the action moves its date: the new date earns its own reminders.
    await changeTestAction(server, place, erik, 'a1', { due: '2026-03-11', comment: 'Vi mangler en dag mere' });
    await sweep();
    await sweep();
    mails = await remindersTo(erik.email);
    expect(mails).toHaveLength(3);
    expect(mails[2]?.subject).toBe('Påmindelse – frist 11. marts: Oplæring i vagtplanen');
    expect(mails[2]?.text).toContain('Frist: onsdag den 11. marts 2026 – om 2 dage');
    setToday('2026-03-16');
    await sweep();
    mails = await remindersTo(erik.email);
    expect(mails).toHaveLength(4);
    expect(mails[3]?.text).toContain('Frist: onsdag den 11. marts 2026 – for 5 dage siden');
  });

  it('sends nothing about done or dropped actions, actions nobody answers for, or to a former member', async () => {
    setToday('2026-03-02');
    const place = await createActionPlace(server);
    const erik = await addTestMember(server, place.organisationId, ['employee'], 'Erik Medarbejder');
    const former = await addTestMember(server, place.organisationId, ['employee'], 'Fie Fratrådt');
    await addTestActions(server, place, [
      { id: 'done', what: 'Færdig' },
      { id: 'dropped', what: 'Droppet' },
      { id: 'nobody', what: 'Ingen ansvarlig' },
      { id: 'left', what: 'Den ansvarlige er gået' },
      { id: 'undated', what: 'Uden frist' },
    ]);
    const admin = place.facilitator;
    await changeTestAction(server, place, admin, 'done', { responsibleUserId: erik.userId, due: '2026-03-03', status: 'done' });
    await changeTestAction(server, place, admin, 'dropped', { responsibleUserId: erik.userId, due: '2026-02-20', status: 'dropped', comment: 'Ikke nødvendigt' });
    await changeTestAction(server, place, admin, 'nobody', { due: '2026-03-03' });
    await changeTestAction(server, place, admin, 'left', { responsibleUserId: former.userId, due: '2026-03-03' });
    await changeTestAction(server, place, admin, 'undated', { responsibleUserId: erik.userId });
    const removed = await apiCall(server, 'DELETE', `/api/organisations/${place.organisationId}/members/${former.memberId}`, { cookie: admin.cookie });
    expect(removed.status).toBe(204);

    await sweep();
    setToday('2026-03-10');
    await sweep();
    expect(await remindersTo(erik.email, former.email, admin.email)).toEqual([]);
  });

  it('sends no reminder before the date when the organisation chose 0 days, and none after it when it turned that off', async () => {
    setToday('2026-03-02');
    const { place, erik } = await answeredAction('2026-03-03');
    expect((await settings(place, { reminderDaysBefore: 0 })).status).toBe(200);
    await sweep();
    expect(await remindersTo(erik.email)).toHaveLength(0);
    setToday('2026-03-04');
    await sweep();
    expect((await remindersTo(erik.email)).map((m) => m.subject)).toEqual(['Fristen er overskredet: Oplæring i vagtplanen']);

    const other = await answeredAction('2026-03-05');
    expect((await settings(other.place, { remindOverdue: false })).status).toBe(200);
    await sweep();
    setToday('2026-03-09');
    await sweep();
    expect((await remindersTo(other.erik.email)).map((m) => m.subject)).toEqual(['Påmindelse – frist 5. marts: Oplæring i vagtplanen']);
  });

  it('writes in English for an organisation whose language is English', async () => {
    setToday('2026-03-02');
    const { place, erik } = await answeredAction('2026-03-03', 'Train everyone in the new rota');
    expect((await settings(place, { defaultLocale: 'en', reminderDaysBefore: 1 })).status).toBe(200);
    await sweep();
    setToday('2026-03-06');
    await sweep();
    const [before, overdue] = await remindersTo(erik.email);
    expect(before?.subject).toBe('Reminder – due 3 March: Train everyone in the new rota');
    expect(before?.text).toContain('Hello Erik Medarbejder,\n\nYou are responsible for an action in Kompas, and its due date is coming up.');
    expect(before?.text).toContain('Action: Train everyone in the new rota\nProject: Ny vagtplan (Testkommunen)\nDue: Tuesday, 3 March 2026 – tomorrow');
    expect(before?.text).toContain('reminds whoever is responsible for an action 1 day before its due date');
    expect(before?.text).toContain(`${server.url}/org/${place.organisationId}/actions?mine=true`);
    expect(overdue?.subject).toBe('Overdue: Train everyone in the new rota');
    expect(overdue?.text).toContain('An action you are responsible for in Kompas is past its due date.');
    expect(overdue?.text).toContain('Due: Tuesday, 3 March 2026 – 3 days ago');
    expect(before?.text).not.toMatch(/Påmindelse|Hej /);
  });

  it('sends nothing to the made-up people of a demo organisation', async () => {
    setToday('2026-03-02');
    const { place, erik } = await answeredAction('2026-03-03');
    await server.ctx.db.update(organisations).set({ isDemo: true }).where(eq(organisations.id, place.organisationId));
    await sweep();
    expect(await remindersTo(erik.email)).toHaveLength(0);
  });

  it('sweeps on a timer in the background, one sweep at a time, and stops when closed', async () => {
    setToday('2026-03-02');
    const { erik } = await answeredAction('2026-03-02');
    const sweeper = new ReminderSweeper(server.ctx, 3_600_000, { info: () => undefined, warn: () => undefined });
    const first = sweeper.sweep();
    expect(sweeper.sweep()).toBe(first);
    expect((await first)?.failed).toBe(0);
    expect((await remindersTo(erik.email)).map((m) => m.text.includes('i dag'))).toEqual([true]);
    await sweeper.close();
    expect(await sweeper.sweep()).toBeNull();
  });
});

describe('reminder settings', () => {
  it('are part of the organisation: 3 days before and overdue by default, changed by an administrator only', async () => {
    const place = await createActionPlace(server);
    const leader = await addTestMember(server, place.organisationId, ['leader'], 'Lone Leder');
    const read = await apiCall(server, 'GET', `/api/organisations/${place.organisationId}`, { cookie: leader.cookie });
    expect((read.body as OrganisationView).settings).toMatchObject({ reminderDaysBefore: 3, remindOverdue: true });

    const changed = await settings(place, { reminderDaysBefore: 7, remindOverdue: false });
    expect(changed.status).toBe(200);
    expect((changed.body as OrganisationView).settings).toMatchObject({ reminderDaysBefore: 7, remindOverdue: false });

    for (const bad of [{ reminderDaysBefore: 61 }, { reminderDaysBefore: -1 }, { reminderDaysBefore: 1.5 }, { reminderDaysBefore: '3' }, { remindOverdue: 'yes' }]) {
      const refused = await settings(place, bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
    }
    const notAdmin = await apiCall(server, 'PATCH', `/api/organisations/${place.organisationId}`, { cookie: leader.cookie, body: { reminderDaysBefore: 1 } });
    expect(notAdmin.status).toBe(403);
    const after = await apiCall(server, 'GET', `/api/organisations/${place.organisationId}`, { cookie: leader.cookie });
    expect((after.body as OrganisationView).settings).toMatchObject({ reminderDaysBefore: 7, remindOverdue: false });
  });
});
