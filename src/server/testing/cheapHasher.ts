import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { PasswordHasher } from '../auth/auth.ts';

// Tests only: scrypt with a tiny cost, so a test that signs up fifty people does not spend four
// seconds hashing. Passed to the server as an option, never read from the environment, so a
// production start cannot be switched to it.

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, 32, { N: 16, r: 1, p: 1 }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export const cheapHasher: PasswordHasher = {
  async hash(password) {
    const salt = randomBytes(16);
    return `${salt.toString('hex')}:${(await derive(password, salt)).toString('hex')}`;
  },
  async verify({ hash, password }) {
    const [salt, key] = hash.split(':');
    if (!salt || !key) return false;
    const expected = Buffer.from(key, 'hex');
    const actual = await derive(password, Buffer.from(salt, 'hex'));
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  },
};
