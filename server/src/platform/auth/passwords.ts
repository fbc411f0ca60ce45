import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors.ts';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes).
const OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** At least 10 characters with letters and digits. */
export function assertStrongPassword(password: string, field = 'password'): void {
  if (password.length < 10 || !/\p{L}/u.test(password) || !/\d/.test(password)) {
    throw new AppError('WEAK_PASSWORD', { details: [{ field, message: 'cần ít nhất 10 ký tự, gồm chữ và số' }] });
  }
}
