import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, joinCodeFromRandom } from '../../../domain/joinCode.ts';

/** A new secret for a link or device: 256 random bits, prefixed so its kind is visible. */
export function newSecret(prefix: 'kp'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Secrets are stored only as hashes; a stolen database holds no usable key. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newId(): string {
  return randomUUID();
}

export function newJoinCode(): string {
  return joinCodeFromRandom(Array.from({ length: JOIN_CODE_LENGTH }, () => randomInt(JOIN_CODE_ALPHABET.length)));
}
