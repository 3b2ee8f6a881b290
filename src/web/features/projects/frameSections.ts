import { PROJECT_FRAME_FIELDS, type ProjectFrame, type ProjectFrameField } from '../../../domain/projectPhases.ts';

/**
 * The frame's fields in the sections people read them in: what is settled and what is open; the
 * benefits (what, for whom, when, how judged); what freed resources go to; and the possible harms.
 */
export const FRAME_SECTIONS = [
  { id: 'scope', fields: ['fixed', 'open'] },
  { id: 'benefits', fields: ['benefits', 'benefitsFor', 'benefitsWhen', 'benefitsJudged'] },
  { id: 'resources', fields: ['freedResources'] },
  { id: 'harms', fields: ['harms', 'harmsHandling'] },
] as const satisfies readonly { id: string; fields: readonly ProjectFrameField[] }[];

export type FrameSectionId = (typeof FRAME_SECTIONS)[number]['id'];

/** The fields that differ between two versions of a frame, to send only what was changed. */
export function changedFrameFields(before: ProjectFrame, after: ProjectFrame): Partial<Record<ProjectFrameField, string>> {
  const changed: Partial<Record<ProjectFrameField, string>> = {};
  for (const field of PROJECT_FRAME_FIELDS) {
    if (after[field].trim() !== before[field].trim()) changed[field] = after[field].trim();
  }
  return changed;
}

/** True when no field of the frame has been written yet. */
export function isFrameEmpty(frame: ProjectFrame): boolean {
  return PROJECT_FRAME_FIELDS.every((field) => frame[field].trim().length === 0);
}
