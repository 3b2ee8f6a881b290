import { z } from 'zod';
import { PROJECT_PHASE_IDS, PROJECT_STEP_IDS } from '../domain/projectPhases.ts';
import { TRAIT_IDS } from '../domain/rasmus.ts';

export const TraitBalanceSchema = z.object({ traitId: z.enum(TRAIT_IDS), positive: z.number().int(), negative: z.number().int() });

/** One side of a project (the compass before, the status after): whole, withheld, or not held. */
export const OverviewSideSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('shown'), contributors: z.number().int(), workshopTitle: z.string(), traits: z.array(TraitBalanceSchema) }),
  z.object({ status: z.literal('too_few'), workshopTitle: z.string() }),
  z.object({ status: z.literal('none') }),
]);
export type OverviewSideView = z.infer<typeof OverviewSideSchema>;

export const OverviewProjectSchema = z.object({
  id: z.string(),
  title: z.string(),
  phase: z.enum(PROJECT_PHASE_IDS),
  step: z.enum(PROJECT_STEP_IDS),
  units: z.array(z.string()),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  /** Open actions sent upward, to the committee or management. */
  upwardActions: z.number().int(),
  taskShifts: z.number().int(),
  invisibleWork: z.number().int(),
  /** Green and red on the traits in the newest finished compass. */
  before: OverviewSideSchema,
  /** Better and worse on the traits in the newest finished status after. */
  after: OverviewSideSchema,
});
export type OverviewProject = z.infer<typeof OverviewProjectSchema>;

export const SideTotalSchema = z.object({ counted: z.number().int(), withheld: z.number().int(), traits: z.array(TraitBalanceSchema) });
export type SideTotalView = z.infer<typeof SideTotalSchema>;

export const OverviewResponseSchema = z.object({
  minGroupSize: z.number().int(),
  /** The calendar day overdue was counted from. */
  today: z.string(),
  /** Every unit named by any project, for the filter. */
  units: z.array(z.string()),
  projects: z.array(OverviewProjectSchema),
  totals: z.object({
    openActions: z.number().int(),
    overdueActions: z.number().int(),
    upwardActions: z.number().int(),
    taskShifts: z.number().int(),
    invisibleWork: z.number().int(),
    before: SideTotalSchema,
    after: SideTotalSchema,
  }),
});
export type OverviewResponse = z.infer<typeof OverviewResponseSchema>;

export const OverviewQuerySchema = z
  .object({
    phase: z.enum(PROJECT_PHASE_IDS).optional(),
    unit: z.string().min(1).max(200).optional(),
  })
  .strict();
