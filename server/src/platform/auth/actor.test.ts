import { describe, expect, it } from 'vitest';
import { type Actor, scopeCovers, scopeOf } from './actor.ts';

const actor = (over: Partial<Actor>): Actor => ({
  id: 1,
  username: 'u',
  fullName: 'U',
  role: 'commune_officer',
  unitCode: null,
  provinceCode: null,
  ...over,
});

describe('unit scope', () => {
  it('gives a system admin without a unit the whole country', () => {
    expect(scopeOf(actor({ role: 'system_admin' }))).toEqual({ kind: 'national' });
  });

  it('gives a province officer the province and every commune in it', () => {
    const scope = scopeOf(actor({ role: 'province_officer', unitCode: '20', provinceCode: '20' }));
    expect(scopeCovers(scope, { provinceCode: '20', communeCode: '06010' })).toBe(true);
    expect(scopeCovers(scope, { provinceCode: '91', communeCode: '30001' })).toBe(false);
  });

  it('confines a commune officer to the own commune', () => {
    const scope = scopeOf(actor({ unitCode: '06010', provinceCode: '20' }));
    expect(scopeCovers(scope, { provinceCode: '20', communeCode: '06010' })).toBe(true);
    expect(scopeCovers(scope, { provinceCode: '20', communeCode: '06013' })).toBe(false);
    expect(scopeCovers(scope, { provinceCode: '20', communeCode: null })).toBe(false);
  });

  it('lets a non-admin account without a unit see nothing', () => {
    const scope = scopeOf(actor({ role: 'viewer' }));
    expect(scopeCovers(scope, { provinceCode: '20', communeCode: '06010' })).toBe(false);
  });
});
