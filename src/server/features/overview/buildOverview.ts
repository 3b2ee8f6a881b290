import { ACTION_TIME_ZONE, calendarDate } from '../../../domain/actionPlan.ts';
import { overviewSide, sumSides, type OverviewSide } from '../../../domain/overview.ts';
import type { ProjectPhaseId, ProjectStepId } from '../../../domain/projectPhases.ts';
import type { OverviewProject, OverviewResponse, OverviewSideView } from '../../../protocol/overview.ts';
import { sideInput, sideOf } from '../comparison/compareProject.ts';
import type { WorkshopContext } from '../workshops/workshopContext.ts';
import { countActionsByProject, countRegisterRowsByProject, listFinishedWorkshops, listOverviewProjects } from './overviewStore.ts';

export interface OverviewFilter {
  readonly phase?: ProjectPhaseId;
  readonly unit?: string;
}

type Finished = Awaited<ReturnType<typeof listFinishedWorkshops>>[number];

/** A project's side from its newest finished workshop of that kind, whole or withheld (domain/overview.ts). */
async function projectSide(ctx: WorkshopContext, workshop: Finished | undefined, minGroupSize: number): Promise<{ side: OverviewSide; view: OverviewSideView }> {
  const kind = workshop ? sideOf(workshop) : null;
  if (!workshop || !kind) return { side: { status: 'none' }, view: { status: 'none' } };
  const side = overviewSide(await sideInput(ctx, workshop, kind), minGroupSize);
  if (side.status === 'shown') return { side, view: { ...side, traits: [...side.traits], workshopTitle: workshop.title } };
  if (side.status === 'too_few') return { side, view: { status: 'too_few', workshopTitle: workshop.title } };
  return { side, view: { status: 'none' } };
}

/**
 * The committee's overview: every project (of a phase, or naming a unit) with where it stands, its
 * open, late and upward actions, its task shifts and invisible work, and the green and red before
 * and the better and worse after on each trait; then the totals of what is shown.
 */
export async function buildOverview(ctx: WorkshopContext, organisationId: string, minGroupSize: number, filter: OverviewFilter): Promise<OverviewResponse> {
  const today = calendarDate(ctx.now(), ACTION_TIME_ZONE);
  const [allProjects, actionCounts, registerCounts, finished] = await Promise.all([
    listOverviewProjects(ctx.db, organisationId),
    countActionsByProject(ctx.db, organisationId, today),
    countRegisterRowsByProject(ctx.db, organisationId),
    listFinishedWorkshops(ctx.db, organisationId),
  ]);
  const units = [...new Set(allProjects.flatMap((p) => p.units))].sort((a, b) => a.localeCompare(b, 'da'));
  const chosen = allProjects.filter((p) => (!filter.phase || p.phase === filter.phase) && (!filter.unit || p.units.includes(filter.unit)));
  const newest = (projectId: string, side: 'expected' | 'experienced') => finished.find((w) => w.projectId === projectId && sideOf(w)?.side === side);

  const rows = await Promise.all(
    chosen.map(async (project) => {
      const [before, after] = await Promise.all([
        projectSide(ctx, newest(project.id, 'expected'), minGroupSize),
        projectSide(ctx, newest(project.id, 'experienced'), minGroupSize),
      ]);
      const actions = actionCounts.get(project.id) ?? { open: 0, overdue: 0, upward: 0 };
      const registers = registerCounts.get(project.id) ?? { taskShifts: 0, invisibleWork: 0 };
      const view: OverviewProject = {
        id: project.id,
        title: project.title,
        phase: project.phase as ProjectPhaseId,
        step: project.step as ProjectStepId,
        units: project.units,
        openActions: actions.open,
        overdueActions: actions.overdue,
        upwardActions: actions.upward,
        taskShifts: registers.taskShifts,
        invisibleWork: registers.invisibleWork,
        before: before.view,
        after: after.view,
      };
      return { view, before: before.side, after: after.side };
    }),
  );
  const sum = (pick: (p: OverviewProject) => number) => rows.reduce((total, row) => total + pick(row.view), 0);
  const totalOf = (side: 'before' | 'after') => {
    const total = sumSides(rows.map((row) => row[side]));
    return { ...total, traits: [...total.traits] };
  };
  return {
    minGroupSize,
    today,
    units,
    projects: rows.map((row) => row.view),
    totals: {
      openActions: sum((p) => p.openActions),
      overdueActions: sum((p) => p.overdueActions),
      upwardActions: sum((p) => p.upwardActions),
      taskShifts: sum((p) => p.taskShifts),
      invisibleWork: sum((p) => p.invisibleWork),
      before: totalOf('before'),
      after: totalOf('after'),
    },
  };
}
