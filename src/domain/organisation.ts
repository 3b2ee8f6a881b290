import type { Locale } from './localized.ts';

/**
 * The smallest group whose answers may be shown as an aggregate. Below it, a count or a chart
 * could point at a person; the organisation may raise the limit but never go below the floor.
 */
export const MIN_GROUP_SIZE_FLOOR = 3;
export const MIN_GROUP_SIZE_CEILING = 50;
export const DEFAULT_MIN_GROUP_SIZE = 5;
export const ORGANISATION_NAME_MAX_LENGTH = 120;

export interface OrganisationSettings {
  readonly defaultLocale: Locale;
  /** Whether a new workshop starts anonymous. */
  readonly anonymousDefault: boolean;
  readonly minGroupSize: number;
}
