import { createHash, randomBytes } from 'node:crypto';
import { API_TOKEN_PREFIX, type Role } from '@lmis/contracts';
import { eq, sql } from 'drizzle-orm';
import { apiToken } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../db/index.ts';
import type { Actor } from './actor.ts';

/** Characters of the secret kept in clear, to recognise a token by in a list (`lmis_` and 8 more). */
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;

export const hashApiToken = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new secret (240 random bits), its hash to store and the prefix to show. */
export function newApiTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(30).toString('base64url')}`;
  return { secret, hash: hashApiToken(secret), prefix: secret.slice(0, SHOWN_PREFIX_LENGTH) };
}

/**
 * The secret of an `Authorization: Bearer …` header; undefined when the request sends none (or another scheme, such
 * as a proxy's Basic credentials, which must not hide the session cookie).
 */
export function bearerSecret(header: string | undefined): string | undefined {
  if (!header || !/^Bearer(\s|$)/i.test(header)) return undefined;
  return /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '';
}

export type ApiTokenLookup =
  | { status: 'live'; actor: Actor }
  | { status: 'expired' | 'revoked'; token: { id: number; prefix: string } }
  | { status: 'unknown' };

/**
 * The actor an API token acts as: an account of the token's role in the token's unit, answerable to the
 * administrator who created it (`id`), named by the token (`username` api:<prefix>) in every log. Its last use is
 * kept to the minute.
 */
export async function lookupApiToken(db: DbOrTx, secret: string): Promise<ApiTokenLookup> {
  if (!secret.startsWith(API_TOKEN_PREFIX)) return { status: 'unknown' };
  const [row] = await db
    .select({
      id: apiToken.id,
      name: apiToken.name,
      prefix: apiToken.prefix,
      role: apiToken.role,
      unitCode: apiToken.unitCode,
      provinceCode: apiToken.provinceCode,
      createdBy: apiToken.createdBy,
      revoked: sql<boolean>`${apiToken.revokedAt} IS NOT NULL`,
      expired: sql<boolean>`${apiToken.expiresAt} <= now()`,
      stale: sql<boolean>`${apiToken.lastUsedAt} IS NULL OR ${apiToken.lastUsedAt} < now() - interval '1 minute'`,
    })
    .from(apiToken)
    .where(eq(apiToken.tokenHash, hashApiToken(secret)));
  if (!row) return { status: 'unknown' };
  if (row.revoked) return { status: 'revoked', token: row };
  if (row.expired) return { status: 'expired', token: row };
  if (row.stale) await db.update(apiToken).set({ lastUsedAt: sql`now()` }).where(eq(apiToken.id, row.id));
  return {
    status: 'live',
    actor: {
      id: row.createdBy,
      username: `api:${row.prefix}`,
      fullName: `Mã API «${row.name}»`,
      role: row.role as Role,
      unitCode: row.unitCode,
      provinceCode: row.provinceCode,
      apiToken: { id: row.id, name: row.name },
    },
  };
}
