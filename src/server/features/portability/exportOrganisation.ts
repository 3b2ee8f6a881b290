import { eq, inArray, or } from 'drizzle-orm';
import { parseRoles } from '../../../domain/roles.ts';
import type { EntryData } from '../../../domain/registerTypes.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type OrganisationExport } from '../../../protocol/organisationExport.ts';
import type { Db, Tx } from '../../db/database.ts';
import {
  actionReminders,
  actionRevisions,
  assumptionJudgements,
  invitations,
  members,
  organisations,
  participants,
  projectActions,
  projectPhaseChanges,
  projects,
  registerEntries,
  registerRevisions,
  registerSelfNames,
  users,
  workshopEvents,
  workshops,
} from '../../db/schema.ts';

/** Compares by code units, not by locale: the same order on every database and machine. */
function byKeys<T>(...keys: Array<(row: T) => string | number>) {
  return (a: T, b: T): number => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}

const iso = (date: Date): string => date.toISOString();

/** `kompas-<slug>-<date>.json`: the slug is letters, digits and hyphens, so it needs no quoting. */
export function exportFileName(slug: string, day: string): string {
  return `kompas-${slug}-${day}.json`;
}

/** The file's text: indented, so a person can read it, with a final newline. */
export function exportToJson(file: OrganisationExport): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** An organisation found by its id or its slug, as the command line names it. */
export async function findOrganisationRef(db: Db, idOrSlug: string): Promise<{ id: string; slug: string; name: string } | null> {
  const rows = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(or(eq(organisations.id, idOrSlug), eq(organisations.slug, idOrSlug)))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Everything an organisation owns, in the export format (docs/export-format.md); null when there
 * is no such organisation. Read in one repeatable-read transaction, so the file is one moment's
 * state even while workshops run.
 */
export async function exportOrganisation(db: Db, organisationId: string, now: Date): Promise<OrganisationExport | null> {
  return db.transaction((tx) => readOrganisation(tx, organisationId, now), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

async function readOrganisation(tx: Tx, organisationId: string, now: Date): Promise<OrganisationExport | null> {
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, organisationId)).limit(1);
  if (!org) return null;
  const byOrg = organisationId;

  const memberRows = await tx.select().from(members).where(eq(members.organizationId, byOrg));
  // Only invitations still waiting for an answer: accepted ones are members, the rest is noise.
  const invitationRows = (await tx.select().from(invitations).where(eq(invitations.organizationId, byOrg))).filter((i) => i.status === 'pending');
  const projectRows = await tx.select().from(projects).where(eq(projects.organisationId, byOrg));
  const phaseRows = await tx.select().from(projectPhaseChanges).where(eq(projectPhaseChanges.organisationId, byOrg));
  const workshopRows = await tx.select().from(workshops).where(eq(workshops.organisationId, byOrg));
  const workshopIds = workshopRows.map((w) => w.id);
  const participantRows = workshopIds.length > 0 ? await tx.select().from(participants).where(inArray(participants.workshopId, workshopIds)) : [];
  const eventRows = workshopIds.length > 0 ? await tx.select().from(workshopEvents).where(inArray(workshopEvents.workshopId, workshopIds)) : [];
  const entryRows = await tx.select().from(registerEntries).where(eq(registerEntries.organisationId, byOrg));
  const revisionRows = await tx.select().from(registerRevisions).where(eq(registerRevisions.organisationId, byOrg));
  const judgementRows = await tx.select().from(assumptionJudgements).where(eq(assumptionJudgements.organisationId, byOrg));
  const selfNameRows = await tx.select().from(registerSelfNames).where(eq(registerSelfNames.organisationId, byOrg));
  const actionRows = await tx.select().from(projectActions).where(eq(projectActions.organisationId, byOrg));
  const actionRevisionRows = await tx.select().from(actionRevisions).where(eq(actionRevisions.organisationId, byOrg));
  const reminderRows = await tx.select().from(actionReminders).where(eq(actionReminders.organisationId, byOrg));

  // Everyone a row names, members or not (a former member's name stays on what they wrote).
  const named = new Set<string>();
  const name = (id: string | null) => {
    if (id) named.add(id);
  };
  memberRows.forEach((m) => name(m.userId));
  invitationRows.forEach((i) => name(i.inviterId));
  projectRows.forEach((p) => name(p.createdBy));
  phaseRows.forEach((p) => name(p.byUserId));
  workshopRows.forEach((w) => name(w.createdBy));
  participantRows.forEach((p) => name(p.userId));
  entryRows.forEach((e) => name(e.updatedByUserId));
  revisionRows.forEach((r) => name(r.byUserId));
  judgementRows.forEach((j) => name(j.userId));
  selfNameRows.forEach((s) => name(s.userId));
  actionRows.forEach((a) => name(a.responsibleUserId));
  actionRevisionRows.forEach((r) => name(r.byUserId));
  reminderRows.forEach((r) => name(r.recipientUserId));
  const userRows = named.size > 0 ? await tx.select().from(users).where(inArray(users.id, [...named])) : [];
  const known = new Set(userRows.map((u) => u.id));
  // A revision keeps the responsible person's id inside its data, where no foreign key reaches:
  // an account deleted since then is named by nobody, and the file says so with null.
  const knownOrNull = (id: string | null) => (id && known.has(id) ? id : null);

  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(now),
    organisation: {
      id: org.id,
      name: org.name,
      slug: org.slug,
      logo: org.logo,
      metadata: org.metadata,
      createdAt: iso(org.createdAt),
      defaultLocale: org.defaultLocale === 'en' ? 'en' : 'da',
      anonymousDefault: org.anonymousDefault,
      minGroupSize: org.minGroupSize,
      isDemo: org.isDemo,
      reminderDaysBefore: org.reminderDaysBefore,
      remindOverdue: org.remindOverdue,
    },
    users: userRows
      .map((u) => ({ id: u.id, name: u.name, email: u.email, emailVerified: u.emailVerified, image: u.image, createdAt: iso(u.createdAt) }))
      .sort(byKeys((u) => u.id)),
    members: memberRows
      .map((m) => ({ id: m.id, userId: m.userId, roles: parseRoles(m.role), createdAt: iso(m.createdAt) }))
      .sort(byKeys((m) => m.id)),
    invitations: invitationRows
      .map((i) => ({ id: i.id, email: i.email, roles: parseRoles(i.role), expiresAt: iso(i.expiresAt), createdAt: iso(i.createdAt), inviterId: i.inviterId }))
      .sort(byKeys((i) => i.id)),
    projects: projectRows
      .map((p) => ({
        id: p.id,
        title: p.title,
        description: p.description,
        staffGroups: p.staffGroups,
        units: p.units,
        phase: p.phase,
        step: p.step,
        frame: p.frame,
        createdBy: p.createdBy,
        createdAt: iso(p.createdAt),
        updatedAt: iso(p.updatedAt),
      }))
      .sort(byKeys((p) => p.id)) as OrganisationExport['projects'],
    projectPhaseChanges: phaseRows
      .map((p) => ({ id: p.id, projectId: p.projectId, phase: p.phase, step: p.step, byUserId: p.byUserId, at: iso(p.at) }))
      .sort(byKeys((p) => p.id)) as OrganisationExport['projectPhaseChanges'],
    workshops: workshopRows
      .map((w) => ({
        id: w.id,
        projectId: w.projectId,
        joinCode: w.joinCode,
        title: w.title,
        templateId: w.templateId,
        locale: w.locale,
        status: w.status,
        lastSeq: w.lastSeq,
        createdBy: w.createdBy,
        createdAt: iso(w.createdAt),
      }))
      .sort(byKeys((w) => w.id)) as OrganisationExport['workshops'],
    participants: participantRows
      .map((p) => ({ id: p.id, workshopId: p.workshopId, userId: p.userId, votesUsed: p.votesUsed, contributedSteps: p.contributedSteps, createdAt: iso(p.createdAt) }))
      .sort(byKeys((p) => p.id)),
    workshopEvents: eventRows
      .map((e) => ({ workshopId: e.workshopId, seq: e.seq, type: e.type, data: e.data as OrganisationExport['workshopEvents'][number]['data'], at: iso(e.at) }))
      .sort(byKeys((e) => e.workshopId, (e) => e.seq)),
    registerEntries: entryRows
      .map((e) => ({
        projectId: e.projectId,
        id: e.id,
        register: e.register,
        position: e.position,
        data: e.data as EntryData as Record<string, string | string[] | null>,
        version: e.version,
        deleted: e.deleted,
        updatedAt: iso(e.updatedAt),
        updatedByUserId: e.updatedByUserId,
        updatedInWorkshopId: e.updatedInWorkshopId,
      }))
      .sort(byKeys((e) => e.projectId, (e) => e.id)) as OrganisationExport['registerEntries'],
    registerRevisions: revisionRows
      .map((r) => ({
        projectId: r.projectId,
        entryId: r.entryId,
        register: r.register,
        version: r.version,
        data: r.data as Record<string, string | string[] | null>,
        deleted: r.deleted,
        at: iso(r.at),
        byUserId: r.byUserId,
        workshopId: r.workshopId,
      }))
      .sort(byKeys((r) => r.projectId, (r) => r.entryId, (r) => r.version)) as OrganisationExport['registerRevisions'],
    assumptionJudgements: judgementRows
      .map((j) => ({ id: j.id, projectId: j.projectId, entryId: j.entryId, userId: j.userId, verdict: j.verdict, reason: j.reason, at: iso(j.at) }))
      .sort(byKeys((j) => j.id)) as OrganisationExport['assumptionJudgements'],
    registerSelfNames: selfNameRows
      .map((s) => ({ projectId: s.projectId, entryId: s.entryId, userId: s.userId, at: iso(s.at) }))
      .sort(byKeys((s) => s.projectId, (s) => s.entryId, (s) => s.userId)),
    projectActions: actionRows
      .map((a) => ({
        projectId: a.projectId,
        id: a.id,
        workshopId: a.workshopId,
        what: a.what,
        problem: a.problem,
        who: a.who,
        responsibleUserId: a.responsibleUserId,
        due: a.due,
        followUp: a.followUp,
        status: a.status,
        scope: a.scope,
        upwardTo: a.upwardTo,
        traitId: a.traitId,
        version: a.version,
        deleted: a.deleted,
        createdAt: iso(a.createdAt),
        updatedAt: iso(a.updatedAt),
      }))
      .sort(byKeys((a) => a.projectId, (a) => a.id)) as OrganisationExport['projectActions'],
    actionRevisions: actionRevisionRows
      .map((r) => ({
        projectId: r.projectId,
        actionId: r.actionId,
        version: r.version,
        data: {
          what: r.data.what,
          problem: r.data.problem,
          who: r.data.who,
          responsibleUserId: knownOrNull(r.data.responsibleUserId),
          due: r.data.due,
          followUp: r.data.followUp,
          status: r.data.status,
          scope: r.data.scope,
          upwardTo: r.data.upwardTo,
          traitId: r.data.traitId,
        },
        deleted: r.deleted,
        comment: r.comment,
        at: iso(r.at),
        byUserId: r.byUserId,
        workshopId: r.workshopId,
      }))
      .sort(byKeys((r) => r.projectId, (r) => r.actionId, (r) => r.version)) as OrganisationExport['actionRevisions'],
    actionReminders: reminderRows
      .map((r) => ({ projectId: r.projectId, actionId: r.actionId, kind: r.kind, due: r.due, recipientUserId: r.recipientUserId, sentAt: iso(r.sentAt) }))
      .sort(byKeys((r) => r.projectId, (r) => r.actionId, (r) => r.kind, (r) => r.due)) as OrganisationExport['actionReminders'],
  };
}
