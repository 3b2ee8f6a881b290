import { REGISTER_IDS, type RegisterEntry, type RegisterId } from '../../../domain/registerTypes.ts';
import { can } from '../../../domain/roles.ts';
import { editPermission, entryDataToWire, isFixedEntry } from '../../../domain/registers.ts';
import {
  VERDICTS,
  type EntryHistoryResponse,
  type EntryView,
  type JudgementSummary,
  type ProjectRegistersResponse,
  type Verdict,
} from '../../../protocol/registers.ts';
import type { Db } from '../../db/database.ts';
import type { Membership } from '../../policy/membership.ts';
import { listCurrentJudgements, listEntryRows, listRevisions, listSelfNames, mergeWithFixed, type CurrentJudgement, type EntryRow } from './registerStore.ts';

/** What the registers' views are built from: the stored rows and what hangs on them. */
interface Material {
  readonly rows: readonly EntryRow[];
  readonly selfNames: readonly { entryId: string; userId: string; name: string }[];
  readonly judgements: readonly CurrentJudgement[];
}

async function loadMaterial(db: Db, organisationId: string, projectId: string, entryId?: string): Promise<Material> {
  const [rows, selfNames, judgements] = await Promise.all([
    listEntryRows(db, organisationId, projectId, entryId),
    listSelfNames(db, organisationId, projectId, entryId),
    listCurrentJudgements(db, organisationId, projectId, entryId),
  ]);
  return { rows, selfNames, judgements };
}

/**
 * Counts and reasons only once enough people have judged (the organisation's minimum group size):
 * below that, a count or a reason could point at a colleague. The viewer always sees their own.
 */
function summarise(judgements: readonly CurrentJudgement[], viewerId: string, minGroupSize: number): JudgementSummary {
  const mine = judgements.find((j) => j.userId === viewerId);
  const shown = judgements.length >= minGroupSize;
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, judgements.filter((j) => j.verdict === v).length])) as Record<Verdict, number>;
  return {
    total: judgements.length,
    counts: shown ? counts : null,
    reasons: shown
      ? [...judgements].sort((a, b) => b.at.getTime() - a.at.getTime()).map((j) => ({ verdict: j.verdict as Verdict, reason: j.reason, at: j.at.toISOString() }))
      : null,
    mine: mine ? { verdict: mine.verdict as Verdict, reason: mine.reason, at: mine.at.toISOString() } : null,
  };
}

function presentEntry(entry: RegisterEntry | EntryRow, material: Material, membership: Membership): EntryView {
  const stored = 'updatedAt' in entry ? entry : null;
  return {
    id: entry.id,
    register: entry.register,
    position: entry.position,
    data: entryDataToWire(entry.data),
    version: entry.version,
    fixed: isFixedEntry(entry.register, entry.id),
    updatedAt: stored ? stored.updatedAt.toISOString() : null,
    updatedByName: stored ? stored.updatedByName : null,
    selfNamed: entry.register === 'invisibleWork' ? material.selfNames.filter((s) => s.entryId === entry.id).map((s) => s.name) : [],
    selfNamedByMe: material.selfNames.some((s) => s.entryId === entry.id && s.userId === membership.user.id),
    judgements:
      entry.register === 'assumptions'
        ? summarise(
            material.judgements.filter((j) => j.entryId === entry.id),
            membership.user.id,
            membership.organisation.minGroupSize,
          )
        : null,
  };
}

function entriesOf(register: RegisterId, material: Material, membership: Membership): EntryView[] {
  return mergeWithFixed(
    register,
    material.rows.filter((row) => row.register === register),
  ).map((entry) => presentEntry(entry, material, membership));
}

/** Every register of a project as the viewer may see it, with whether they may change each. */
export async function presentProjectRegisters(db: Db, membership: Membership, projectId: string): Promise<ProjectRegistersResponse> {
  const material = await loadMaterial(db, membership.organisation.id, projectId);
  return {
    registers: REGISTER_IDS.map((register) => ({
      register,
      entries: entriesOf(register, material, membership),
      canEdit: can(membership.roles, editPermission(register)),
    })),
    minGroupSize: membership.organisation.minGroupSize,
  };
}

/** One row as the viewer sees it (a fixed row that was never saved included), or null. */
export async function presentOneEntry(db: Db, membership: Membership, projectId: string, register: RegisterId, entryId: string): Promise<EntryView | null> {
  const material = await loadMaterial(db, membership.organisation.id, projectId, entryId);
  return entriesOf(register, material, membership).find((e) => e.id === entryId) ?? null;
}

/** A row's history, newest first; null when the register has no such row (fixed or ever saved). */
export async function presentHistory(db: Db, organisationId: string, projectId: string, register: RegisterId, entryId: string): Promise<EntryHistoryResponse | null> {
  const revisions = await listRevisions(db, organisationId, projectId, entryId);
  const inRegister = revisions.filter((r) => r.register === register);
  if (inRegister.length === 0 && !isFixedEntry(register, entryId)) return null;
  return {
    revisions: inRegister.map((r) => ({
      version: r.version,
      data: entryDataToWire(r.data),
      deleted: r.deleted,
      at: r.at.toISOString(),
      byName: r.byName,
      workshopTitle: r.workshopTitle,
    })),
  };
}
