import { CAPABILITIES, type Capability, type CurrentUserT, ROLES, type Role } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANG_SON } from '../../test/factories.ts';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { ungrantedCapabilities } from './index.ts';

let t: TestContext;
const sessions = new Map<Role, Session>();

beforeAll(async () => {
  t = await createTestApp();
  for (const role of Object.keys(ROLES) as Role[]) {
    const unitCode =
      role === 'system_admin' ? null : role === 'commune_officer' ? LANG_SON.communeA : LANG_SON.province;
    sessions.set(role, (await signInAs(t, { role, unitCode })).session);
  }
});
afterAll(() => t.close());

const me = async (role: Role) =>
  (await (sessions.get(role) as Session).get('/api/auth/me')).json().user as CurrentUserT;

/** A read endpoint per capability whose answer must agree with what /api/auth/me reports. */
const PROBES: [Capability, string][] = [
  ['worker:read', '/api/workers?pageSize=1'],
  ['worker:export', '/api/workers/export.csv'],
  ['worker_import:read', '/api/worker-imports'],
  ['household:read', '/api/households?pageSize=1'],
  ['user:read', '/api/users?pageSize=1'],
  ['audit:read', '/api/audit?pageSize=1'],
  ['system:read', '/api/system'],
  ['api_token:manage', '/api/api-tokens'],
  ['institution:pick', '/api/institutions/options'],
];

describe('capabilities', () => {
  it('grants every capability the contracts declare to some role (no dead names)', () => {
    expect(ungrantedCapabilities()).toEqual([]);
  });

  it("returns a commune officer's capabilities and commune scope from /api/auth/me", async () => {
    const user = await me('commune_officer');
    expect(user.capabilities).toEqual(
      expect.arrayContaining(['worker:read', 'worker:create', 'worker:update', 'household:update', 'audit:read']),
    );
    expect(user.capabilities).not.toContain('user:read');
    expect(user.scope).toEqual({ kind: 'commune', provinceCode: LANG_SON.province, communeCode: LANG_SON.communeA });
    expect(user.capabilities.every((c) => Object.hasOwn(CAPABILITIES, c))).toBe(true);
  });

  it('gives a leader (viewer) reading but no changing, an employer its own dossiers and employer only, an administrator everything', async () => {
    const viewer = await me('viewer');
    expect(viewer.capabilities).toEqual(expect.arrayContaining(['worker:read', 'household:read', 'audit:read']));
    expect(viewer.capabilities.filter((c) => /:(create|update|write|grant_admin)$/.test(c))).toEqual([]);
    expect(viewer.scope).toEqual({ kind: 'province', provinceCode: LANG_SON.province });
    expect((await me('employer')).capabilities).toEqual([
      'dossier:read',
      'dossier:file',
      'employer:read',
      'employer:update',
      'institution:pick',
    ]);
    const admin = await me('system_admin');
    expect(admin.capabilities).toEqual(Object.keys(CAPABILITIES));
    expect(admin.scope).toEqual({ kind: 'national' });
  });

  for (const role of Object.keys(ROLES) as Role[]) {
    it(`enforces for ${role} exactly the capabilities /api/auth/me reports`, async () => {
      const user = await me(role);
      const s = sessions.get(role) as Session;
      for (const [capability, url] of PROBES) {
        const res = await s.get(url);
        expect(res.statusCode, `${capability} ${url}`).toBe(user.capabilities.includes(capability) ? 200 : 403);
      }
    });
  }
});
