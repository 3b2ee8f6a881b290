import { replay } from '../../../domain/evolve.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { WorkshopEvent } from '../../../domain/workshopEvents.ts';
import type { ImportError, OrganisationExport } from '../../../protocol/organisationExport.ts';

/** Thrown inside the checks and turned into a refusal at their edge, so each check reads as a line. */
class Refusal extends Error {
  constructor(readonly error: ImportError) {
    super(error.detail);
  }
}

const broken = (detail: string): never => {
  throw new Refusal({ code: 'broken_reference', detail });
};
const inconsistent = (detail: string): never => {
  throw new Refusal({ code: 'inconsistent_workshop', detail });
};

/** The keys of a table's rows; two rows with one key are refused. */
function keysOf<T>(rows: readonly T[], table: string, key: (row: T) => string): Set<string> {
  const keys = new Set<string>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (keys.has(k)) broken(`${table}[${i}]: a second row with the key ${k}`);
    keys.add(k);
  });
  return keys;
}

function mustName(keys: ReadonlySet<string>, value: string | null, where: string, what: string): void {
  if (value !== null && !keys.has(value)) broken(`${where}: no ${what} ${value} in the file`);
}

/**
 * Everything a file must hold together before a row of it is written: unique keys, every
 * reference to a row of the same file, and every workshop's events numbered 1…lastSeq, replaying
 * into the workshop its row describes. Nothing here reads the database.
 */
export function checkExportReferences(file: OrganisationExport): Result<void, ImportError> {
  try {
    checkRows(file);
    checkWorkshops(file);
    return ok(undefined);
  } catch (error) {
    if (error instanceof Refusal) return err(error.error);
    throw error;
  }
}

const pair = (a: string, b: string) => `${a}/${b}`;

function checkRows(file: OrganisationExport): void {
  const users = keysOf(file.users, 'users', (u) => u.id);
  keysOf(file.users, 'users', (u) => u.email.toLowerCase());
  keysOf(file.members, 'members', (m) => m.id);
  keysOf(file.members, 'members', (m) => m.userId);
  file.members.forEach((m, i) => mustName(users, m.userId, `members[${i}].userId`, 'user'));
  keysOf(file.invitations, 'invitations', (x) => x.id);
  file.invitations.forEach((x, i) => mustName(users, x.inviterId, `invitations[${i}].inviterId`, 'user'));

  const projects = keysOf(file.projects, 'projects', (p) => p.id);
  file.projects.forEach((p, i) => mustName(users, p.createdBy, `projects[${i}].createdBy`, 'user'));
  keysOf(file.projectPhaseChanges, 'projectPhaseChanges', (c) => c.id);
  file.projectPhaseChanges.forEach((c, i) => {
    mustName(projects, c.projectId, `projectPhaseChanges[${i}].projectId`, 'project');
    mustName(users, c.byUserId, `projectPhaseChanges[${i}].byUserId`, 'user');
  });

  const workshops = keysOf(file.workshops, 'workshops', (w) => w.id);
  keysOf(file.workshops, 'workshops', (w) => w.joinCode);
  file.workshops.forEach((w, i) => {
    mustName(projects, w.projectId, `workshops[${i}].projectId`, 'project');
    mustName(users, w.createdBy, `workshops[${i}].createdBy`, 'user');
  });
  keysOf(file.participants, 'participants', (p) => p.id);
  file.participants.forEach((p, i) => {
    mustName(workshops, p.workshopId, `participants[${i}].workshopId`, 'workshop');
    mustName(users, p.userId, `participants[${i}].userId`, 'user');
  });
  keysOf(file.workshopEvents, 'workshopEvents', (e) => pair(e.workshopId, String(e.seq)));
  file.workshopEvents.forEach((e, i) => mustName(workshops, e.workshopId, `workshopEvents[${i}].workshopId`, 'workshop'));

  const entries = keysOf(file.registerEntries, 'registerEntries', (e) => pair(e.projectId, e.id));
  file.registerEntries.forEach((e, i) => {
    mustName(projects, e.projectId, `registerEntries[${i}].projectId`, 'project');
    mustName(users, e.updatedByUserId, `registerEntries[${i}].updatedByUserId`, 'user');
    mustName(workshops, e.updatedInWorkshopId, `registerEntries[${i}].updatedInWorkshopId`, 'workshop');
  });
  keysOf(file.registerRevisions, 'registerRevisions', (r) => `${pair(r.projectId, r.entryId)}/${r.version}`);
  file.registerRevisions.forEach((r, i) => {
    mustName(entries, pair(r.projectId, r.entryId), `registerRevisions[${i}]`, 'register entry');
    mustName(users, r.byUserId, `registerRevisions[${i}].byUserId`, 'user');
    mustName(workshops, r.workshopId, `registerRevisions[${i}].workshopId`, 'workshop');
  });
  keysOf(file.assumptionJudgements, 'assumptionJudgements', (j) => j.id);
  file.assumptionJudgements.forEach((j, i) => {
    mustName(entries, pair(j.projectId, j.entryId), `assumptionJudgements[${i}]`, 'register entry');
    mustName(users, j.userId, `assumptionJudgements[${i}].userId`, 'user');
  });
  keysOf(file.registerSelfNames, 'registerSelfNames', (s) => `${pair(s.projectId, s.entryId)}/${s.userId}`);
  file.registerSelfNames.forEach((s, i) => {
    mustName(entries, pair(s.projectId, s.entryId), `registerSelfNames[${i}]`, 'register entry');
    mustName(users, s.userId, `registerSelfNames[${i}].userId`, 'user');
  });

  const actions = keysOf(file.projectActions, 'projectActions', (a) => pair(a.projectId, a.id));
  file.projectActions.forEach((a, i) => {
    mustName(projects, a.projectId, `projectActions[${i}].projectId`, 'project');
    mustName(workshops, a.workshopId, `projectActions[${i}].workshopId`, 'workshop');
    mustName(users, a.responsibleUserId, `projectActions[${i}].responsibleUserId`, 'user');
  });
  keysOf(file.actionRevisions, 'actionRevisions', (r) => `${pair(r.projectId, r.actionId)}/${r.version}`);
  file.actionRevisions.forEach((r, i) => {
    mustName(actions, pair(r.projectId, r.actionId), `actionRevisions[${i}]`, 'action');
    mustName(users, r.byUserId, `actionRevisions[${i}].byUserId`, 'user');
    mustName(users, r.data.responsibleUserId, `actionRevisions[${i}].data.responsibleUserId`, 'user');
    mustName(workshops, r.workshopId, `actionRevisions[${i}].workshopId`, 'workshop');
  });
  keysOf(file.actionReminders, 'actionReminders', (r) => `${pair(r.projectId, r.actionId)}/${r.kind}/${r.due}`);
  file.actionReminders.forEach((r, i) => {
    mustName(actions, pair(r.projectId, r.actionId), `actionReminders[${i}]`, 'action');
    mustName(users, r.recipientUserId, `actionReminders[${i}].recipientUserId`, 'user');
  });
}

function checkWorkshops(file: OrganisationExport): void {
  const eventsOf = new Map<string, WorkshopEvent[]>();
  for (const e of file.workshopEvents) {
    const list = eventsOf.get(e.workshopId) ?? [];
    list.push({ seq: e.seq, at: Date.parse(e.at), data: e.data });
    eventsOf.set(e.workshopId, list);
  }
  const participantsOf = new Map<string, Set<string>>();
  for (const p of file.participants) participantsOf.set(p.workshopId, (participantsOf.get(p.workshopId) ?? new Set()).add(p.id));

  for (const w of file.workshops) {
    const where = `workshop ${w.id}`;
    const events = (eventsOf.get(w.id) ?? []).sort((a, b) => a.seq - b.seq);
    if (events.length !== w.lastSeq || events.some((e, i) => e.seq !== i + 1)) {
      inconsistent(`${where}: its events must be numbered 1 to ${w.lastSeq} without gaps; the file has ${events.length}`);
    }
    const first = events[0]?.data;
    if (first?.type !== 'workshop.created') return inconsistent(`${where}: its first event must be workshop.created`);
    if (first.workshopId !== w.id || first.joinCode !== w.joinCode || first.templateId !== w.templateId || first.locale !== w.locale) {
      inconsistent(`${where}: its workshop.created event names another workshop, code, template or language`);
    }
    if (events.slice(1).some((e) => e.data.type === 'workshop.created')) inconsistent(`${where}: created twice`);
    let state;
    try {
      state = replay(events);
    } catch (error) {
      return inconsistent(`${where}: its events do not replay (${error instanceof Error ? error.message : String(error)})`);
    }
    if (state.status !== w.status) inconsistent(`${where}: its events end ${state.status}, its row says ${w.status}`);
    const rows = participantsOf.get(w.id) ?? new Set<string>();
    for (const id of state.participants.keys()) {
      if (!rows.has(id)) inconsistent(`${where}: participant ${id} joined in the events but has no participant row`);
    }
    for (const id of rows) {
      if (!state.participants.has(id)) inconsistent(`${where}: participant ${id} has a row but never joined`);
    }
  }
}
