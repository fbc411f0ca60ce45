import type { ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Session, TestContext } from './harness.ts';
import { uploadRegister } from './uploads.ts';

export { uploadRegister };

export async function waitImportDone(s: Session, id: number): Promise<ImportStatusT> {
  for (let i = 0; i < 600; i++) {
    const status = (await s.get(`/api/worker-imports/${id}`)).json() as ImportStatusT;
    if (['done', 'failed', 'interrupted'].includes(status.status)) return status;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('import did not finish');
}

/** Uploads and runs an import with the detected mapping (or the given run body), and waits for its end. */
export async function importRegister(
  t: TestContext,
  s: Session,
  path: string,
  opts: { fields?: Record<string, string>; run?: Record<string, unknown> } = {},
) {
  const res = await uploadRegister(t, s, path, opts.fields);
  expect(res.statusCode, res.body).toBe(201);
  const preview = res.json() as ImportPreviewT;
  const run = await s.post(`/api/worker-imports/${preview.import.id}/run`, opts.run ?? {});
  expect(run.statusCode, run.body).toBe(202);
  return { preview, status: await waitImportDone(s, preview.import.id) };
}

/** The error file's rows: [row number, reasons, kind]. */
export async function importErrorRows(s: Session, id: number): Promise<[number, string, string][]> {
  const res = await s.get(`/api/worker-imports/${id}/errors.xlsx`);
  expect(res.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: [number, string, string][] = [];
  workbook.worksheets[0]?.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1, 4) as [number, string, string]);
  });
  return rows;
}
