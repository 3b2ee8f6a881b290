export interface InfoProps {
  readonly headingLevel?: 2 | 3;
  /** The essentials only, large, for the projector. */
  readonly compact?: boolean;
}

/** The heading elements for a card list whose cards start at `level`. */
export function headingsAt(level: 2 | 3): { Heading: 'h2' | 'h3'; SubHeading: 'h3' | 'h4' } {
  return level === 2 ? { Heading: 'h2', SubHeading: 'h3' } : { Heading: 'h3', SubHeading: 'h4' };
}
