import { z } from 'zod';
import { LOCALES } from '../domain/localized.ts';
import { plainText } from '../domain/plainText.ts';
import {
  PROJECT_FRAME_FIELDS,
  PROJECT_PHASE_IDS,
  PROJECT_STEP_IDS,
  PROJECT_TAG_MAX_LENGTH,
  PROJECT_TAGS_MAX,
  PROJECT_TEXT_MAX_LENGTH,
  PROJECT_TITLE_MAX_LENGTH,
  isStepOfPhase,
} from '../domain/projectPhases.ts';
import { WORKSHOP_TITLE_MAX_LENGTH } from './http.ts';
import { EntityIdSchema, OrganisationParamsSchema } from './accounts.ts';

export const PhaseIdSchema = z.enum(PROJECT_PHASE_IDS);
export const StepIdSchema = z.enum(PROJECT_STEP_IDS);

const text = plainText(PROJECT_TEXT_MAX_LENGTH).trim();
const tags = z.array(plainText(PROJECT_TAG_MAX_LENGTH).trim().min(1)).max(PROJECT_TAGS_MAX);

export const ProjectFrameSchema = z.object(
  Object.fromEntries(PROJECT_FRAME_FIELDS.map((field) => [field, text])) as Record<(typeof PROJECT_FRAME_FIELDS)[number], typeof text>,
);

const PhaseAndStep = z
  .object({ phase: PhaseIdSchema, step: StepIdSchema })
  .refine((v) => isStepOfPhase(v.phase, v.step), { message: 'step does not belong to phase', path: ['step'] });

export const CreateProjectBodySchema = z
  .object({
    title: plainText(PROJECT_TITLE_MAX_LENGTH).trim().min(1),
    description: text,
    staffGroups: tags,
    units: tags,
    phase: PhaseIdSchema,
    step: StepIdSchema,
    frame: ProjectFrameSchema,
  })
  .refine((v) => isStepOfPhase(v.phase, v.step), { message: 'step does not belong to phase', path: ['step'] });
export type CreateProjectBody = z.infer<typeof CreateProjectBodySchema>;

/** Everything but the phase, which moves by its own route so that each move is recorded. */
export const UpdateProjectBodySchema = z
  .object({
    title: plainText(PROJECT_TITLE_MAX_LENGTH).trim().min(1),
    description: text,
    staffGroups: tags,
    units: tags,
    frame: ProjectFrameSchema.partial(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'nothing to change');
export type UpdateProjectBody = z.infer<typeof UpdateProjectBodySchema>;

export const MoveProjectPhaseBodySchema = PhaseAndStep;
export type MoveProjectPhaseBody = z.infer<typeof MoveProjectPhaseBodySchema>;

export const ProjectParamsSchema = OrganisationParamsSchema.extend({ projectId: EntityIdSchema });

export const ProjectSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  phase: PhaseIdSchema,
  step: StepIdSchema,
  workshopCount: z.number().int(),
  openWorkshopCount: z.number().int(),
  updatedAt: z.string(),
});
export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;
export const ProjectListResponseSchema = z.object({ projects: z.array(ProjectSummarySchema) });
export type ProjectListResponse = z.infer<typeof ProjectListResponseSchema>;

export const PhaseChangeSchema = z.object({
  phase: PhaseIdSchema,
  step: StepIdSchema,
  at: z.string(),
  byName: z.string().nullable(),
});

export const ProjectWorkshopSchema = z.object({
  id: z.string(),
  title: z.string(),
  templateId: z.string(),
  status: z.enum(['open', 'finished']),
  /** Only for those who may facilitate; the code lets anyone in while the workshop is open. */
  joinCode: z.string().nullable(),
  createdAt: z.string(),
});
export type ProjectWorkshop = z.infer<typeof ProjectWorkshopSchema>;

export const ProjectViewSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  title: z.string(),
  description: z.string(),
  staffGroups: z.array(z.string()),
  units: z.array(z.string()),
  phase: PhaseIdSchema,
  step: StepIdSchema,
  frame: ProjectFrameSchema,
  phaseHistory: z.array(PhaseChangeSchema),
  workshops: z.array(ProjectWorkshopSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProjectView = z.infer<typeof ProjectViewSchema>;

export const CreateProjectWorkshopBodySchema = z.object({
  title: plainText(WORKSHOP_TITLE_MAX_LENGTH).trim().min(1),
  templateId: z.string().min(1).max(64),
  locale: z.enum(LOCALES),
  anonymous: z.boolean(),
  /** For templates that ask which phase they are about; null or absent means all four. */
  phase: PhaseIdSchema.nullable().optional(),
});
export type CreateProjectWorkshopBody = z.infer<typeof CreateProjectWorkshopBodySchema>;

export const CreateProjectWorkshopResponseSchema = z.object({ workshopId: z.string(), joinCode: z.string() });
export type CreateProjectWorkshopResponse = z.infer<typeof CreateProjectWorkshopResponseSchema>;
