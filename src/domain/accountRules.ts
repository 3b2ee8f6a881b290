/**
 * Rules for accounts that the server enforces and the web app states up front, kept in one place
 * so the two cannot drift apart.
 */

/** The shortest password an account may have. */
export const PASSWORD_MIN_LENGTH = 10;
