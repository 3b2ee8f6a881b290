import type { TemplateDefinition } from './template.ts';
import { COMPASS_BEFORE } from './templates/compassBefore.ts';
import { FOUR_PHASES } from './templates/fourPhases.ts';
import { ROLES_PLAN } from './templates/rolesPlan.ts';
import { STATUS_AFTER } from './templates/statusAfter.ts';
import { TASKS_MOVE } from './templates/tasksMove.ts';

/** Every template the engine can run, in the order they are offered. */
const ALL_TEMPLATES = [COMPASS_BEFORE, STATUS_AFTER, FOUR_PHASES, TASKS_MOVE, ROLES_PLAN] as const;

/** Every template the engine can run, by id. */
export const TEMPLATES: Readonly<Record<string, TemplateDefinition>> = Object.fromEntries(ALL_TEMPLATES.map((t) => [t.id, t]));

export const TEMPLATE_IDS = ['compass-before', 'status-after', 'four-phases', 'tasks-move', 'roles-plan'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** The template with this id, or undefined. */
export function findTemplate(id: string): TemplateDefinition | undefined {
  return TEMPLATES[id];
}
