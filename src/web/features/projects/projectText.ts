import type { Locale } from '../../../domain/localized.ts';
import { PROJECT_PHASES } from '../../../domain/projectPhases.ts';
import { phaseStepLabels } from './phaseTimeline.ts';

/** A moment from the server (ISO 8601) as a date in the reader's style: "3. marts 2027" / "3 March 2027". */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long' }).format(date);
}

/** The parts of "Phase 2 of 4: Impact assessment" and "Step: Business case", in one language. */
export function phaseStepText(phaseId: string, stepId: string, locale: Locale): { number: number; total: number; phase: string; step: string } | null {
  const labels = phaseStepLabels(phaseId, stepId);
  if (!labels) return null;
  return { number: labels.number, total: PROJECT_PHASES.length, phase: labels.phase[locale], step: labels.step[locale] };
}

/** The project page's address inside its organisation. */
export function projectHref(organisationId: string, projectId: string): string {
  return `/org/${encodeURIComponent(organisationId)}/projects/${encodeURIComponent(projectId)}`;
}

/** The organisation's project list. */
export function organisationHref(organisationId: string): string {
  return `/org/${encodeURIComponent(organisationId)}`;
}
