import type { TemplateDefinition } from './template.ts';
import { COMPASS_BEFORE } from './templates/compassBefore.ts';

/** Every template the engine can run, by id. */
export const TEMPLATES: Readonly<Record<string, TemplateDefinition>> = {
  [COMPASS_BEFORE.id]: COMPASS_BEFORE,
};

export const TEMPLATE_IDS = [COMPASS_BEFORE.id] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** The template with this id, or undefined. */
export function findTemplate(id: string): TemplateDefinition | undefined {
  return TEMPLATES[id];
}
