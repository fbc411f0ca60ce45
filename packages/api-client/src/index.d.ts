import type { Client } from 'openapi-fetch';
import type { components, operations, paths } from './schema.d.ts';

export type { components, operations, paths };

export interface LmisClientOptions {
  /** Where LMIS answers, e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  /** An API token (lmis_…), sent as Authorization: Bearer; without it, sign in with `signIn`. */
  token?: string;
  fetch?: typeof fetch;
}

export type LmisClient = Client<paths> & {
  session: { cookie?: string; csrfToken?: string };
  signIn(
    username: string,
    password: string,
  ): Promise<operations['postAuthLogin']['responses'][200]['content']['application/json']['user']>;
  useSession(cookieValue: string, csrfToken: string): void;
};

export function createLmisClient(options: LmisClientOptions): LmisClient;
