import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, createTestApp, type Session, signIn, type TestContext } from '../../test/harness.ts';
import { loadCalendar } from './calendar.loader.ts';

let t: TestContext;
let admin: Session;
let officer: Session;

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildUser(t, { role: 'system_admin' });
  const o = await buildUser(t, { role: 'province_officer', unitCode: '20' });
  admin = await signIn(t, a.username);
  officer = await signIn(t, o.username);
});
afterAll(() => t.close());

describe('working calendar API', () => {
  it('shows a year with its holidays, make-up Saturdays and working-day count', async () => {
    const res = await officer.get('/api/calendar/years/2026');
    expect(res.statusCode).toBe(200);
    const year = res.json();
    expect(year.status).toBe('published');
    expect(year.workingDays).toBe(249);
    expect(year.days).toContainEqual(
      expect.objectContaining({ date: '2026-01-10', kind: 'working_saturday', origin: 'data' }),
    );
  });

  it('computes a due date across Tết and flags one that runs into the unpublished 2027', async () => {
    const tet = await officer.get('/api/calendar/due-date?start=2026-02-12&workingDays=7');
    expect(tet.json()).toMatchObject({ due: '2026-03-02', provisional: false });
    const late = await officer.get('/api/calendar/due-date?start=2026-12-28&workingDays=7');
    expect(late.json()).toMatchObject({ due: '2027-01-07', provisional: true });
    const outside = await officer.get('/api/calendar/due-date?start=2027-12-20&workingDays=30');
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toContain('2028');
  });

  it('lets only a system administrator correct a day, audits it, and keeps it over a data reload', async () => {
    const body = {
      kind: 'day_off',
      nameVi: 'Nghỉ hoán đổi Ngày Văn hóa Việt Nam',
      nameEn: 'Swapped day off',
      legalBasis: 'Thông báo của Bộ Nội vụ',
    };
    expect((await officer.put('/api/calendar/days/2026-11-23', body)).statusCode).toBe(403);
    const res = await admin.put('/api/calendar/days/2026-11-23', body);
    expect(res.statusCode).toBe(200);
    expect(res.json().workingDays).toBe(248);

    // A changed data file reloads the data rows; the administrator's row stays.
    await t.database.db.execute("update reference_dataset set checksum = 'changed' where name = 'calendar'");
    expect((await loadCalendar(t.database.db)).loaded).toBe(true);
    const due = await officer.get('/api/calendar/due-date?start=2026-11-20&workingDays=1');
    expect(due.json().due).toBe('2026-11-25'); // Mon 23/11 swapped off, Tue 24/11 holiday

    const audit = await admin.get('/api/audit?entityType=calendar_day');
    expect(audit.body).toContain('2026-11-23');

    const cleared = await t.app.inject({
      method: 'DELETE',
      url: '/api/calendar/days/2026-11-23',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    });
    expect(cleared.json().workingDays).toBe(249);
  });

  it('lets an administrator confirm 2027 once its notice is published', async () => {
    const res = await admin.put('/api/calendar/years/2027', { status: 'published', notice: 'Công văn …/VPCP-KGVX' });
    expect(res.json().status).toBe('published');
    const due = await officer.get('/api/calendar/due-date?start=2026-12-28&workingDays=7');
    expect(due.json().provisional).toBe(false);
    await admin.put('/api/calendar/years/2027', { status: 'provisional', notice: 'Chưa có thông báo' });
  });
});
