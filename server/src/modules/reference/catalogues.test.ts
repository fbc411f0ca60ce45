import type { CatalogueSummaryT } from '@lmis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, signInAs, type TestContext } from '../../test/harness.ts';
import { catalogueTitleProblems } from './reference.loader.ts';

let t: TestContext;
let viewer: Session;

beforeAll(async () => {
  t = await createTestApp();
  viewer = (await signInAs(t, { role: 'viewer', unitCode: '20' })).session;
});
afterAll(() => t.close());

describe('shared catalogues (GET /api/reference/catalogues)', () => {
  it('names every catalogue by its title in both languages, in Vietnamese order of the titles', async () => {
    const res = await viewer.get('/api/reference/catalogues');
    expect(res.statusCode, res.body).toBe(200);
    const catalogues = res.json() as CatalogueSummaryT[];
    expect(catalogues.length).toBeGreaterThanOrEqual(16);
    for (const c of catalogues) {
      expect(c.title.vi, c.catalogue).not.toBe(c.catalogue);
      expect(c.title.vi.length, c.catalogue).toBeGreaterThan(2);
      expect(c.title.en.length, c.catalogue).toBeGreaterThan(2);
      expect(c.items, c.catalogue).toBeGreaterThan(0);
    }
    expect(catalogues.find((c) => c.catalogue === 'ethnic-groups')).toMatchObject({
      title: { vi: 'Dân tộc', en: 'Ethnic groups' },
      items: 54,
    });
    const titles = catalogues.map((c) => c.title.vi);
    // "Chỉ số…" before "Dân tộc" before "Khu vực…" before "Loại…": đ sorts after d, not at the end.
    expect(titles.indexOf('Dân tộc')).toBeLessThan(titles.indexOf('Khu vực cư trú (thành thị/nông thôn)'));
    expect(titles.indexOf('Chỉ số thiếu hụt dịch vụ xã hội cơ bản')).toBeLessThan(titles.indexOf('Dân tộc'));
  });

  it('refuses to load catalogue files and titles that do not match one to one', () => {
    expect(catalogueTitleProblems(['ethnic-groups', 'vsic-sections'], ['ethnic-groups', 'vsic-sections'])).toEqual([]);
    expect(
      catalogueTitleProblems(['ethnic-groups', 'vsic-sections'], ['ethnic-groups', 'vsco', 'ethnic-groups']),
    ).toEqual([
      'no title for catalogue vsic-sections',
      'a title for vsco, which has no file',
      'ethnic-groups titled twice',
    ]);
  });
});
