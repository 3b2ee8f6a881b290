/**
 * Join codes are read aloud in a room and typed on phones, so the alphabet leaves out characters
 * that look alike: no 0/O, no 1/I/L. 31 symbols, 6 places: 31^6 ≈ 888 million codes.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** Builds a code from random integers (one per place); the caller supplies the randomness. */
export function joinCodeFromRandom(randomInts: readonly number[]): string {
  if (randomInts.length !== JOIN_CODE_LENGTH) throw new Error('need one random number per place');
  return randomInts.map((n) => JOIN_CODE_ALPHABET[Math.abs(n) % JOIN_CODE_ALPHABET.length]).join('');
}

/**
 * Turns what a person typed into a code, or null when it cannot be one. Spaces and dashes are
 * ignored and case does not matter.
 */
export function normalizeJoinCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '');
  if (cleaned.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of cleaned) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return cleaned;
}

/** Shows a code in two groups of three, easier to read aloud: "K7M-4QX". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
