import { z } from 'zod';
import { ActionViewSchema } from './views.ts';

/** An action as the project page lists it: the action and the workshop it was decided in. */
export const ProjectActionViewSchema = z.object({
  action: ActionViewSchema,
  workshopId: z.string(),
  workshopTitle: z.string(),
  templateId: z.string(),
});
export type ProjectActionView = z.infer<typeof ProjectActionViewSchema>;

/** Every action decided in the project's workshops, newest workshop first. */
export const ProjectActionsResponseSchema = z.object({ actions: z.array(ProjectActionViewSchema) });
export type ProjectActionsResponse = z.infer<typeof ProjectActionsResponseSchema>;
