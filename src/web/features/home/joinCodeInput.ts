import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../../domain/joinCode.ts';

/**
 * Tidies the code field as someone types: capitals, characters that cannot be in a code dropped
 * (spaces, dashes, the look-alikes 0/O/1/I/L), and a dash after three characters so it looks
 * like the code on the projector ("K7M-4QX").
 */
export function tidyJoinCodeInput(input: string): string {
  const chars = [...input.toUpperCase()].filter((ch) => JOIN_CODE_ALPHABET.includes(ch)).slice(0, JOIN_CODE_LENGTH);
  const joined = chars.join('');
  return joined.length > 3 ? `${joined.slice(0, 3)}-${joined.slice(3)}` : joined;
}
