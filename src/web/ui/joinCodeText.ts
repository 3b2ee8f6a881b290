import { formatJoinCode, normalizeJoinCode } from '../../domain/joinCode.ts';

// Join codes arrive raw ("K7M4QX", WorkshopView) or already formatted ("K7M-4QX", ProjectWorkshop).
// Everything the app shows or links goes through these two, so either form works and none is
// formatted twice.

/** A code as people read it: "K7M-4QX". Something that is not a code is shown as it came. */
export function displayJoinCode(code: string): string {
  const normalized = normalizeJoinCode(code);
  return normalized ? formatJoinCode(normalized) : code;
}

/** The join page for a code: /j/K7M4QX. */
export function joinPath(code: string): string {
  return `/j/${encodeURIComponent(normalizeJoinCode(code) ?? code)}`;
}
