import { readFileSync } from 'node:fs';
import type { ImportPreviewT, ImportStatusT } from '@lmis/contracts';
import type { Session, TestContext } from './harness.ts';

/** Uploads a register file as multipart/form-data, the way the browser does (to the worker import unless `url`). */
export function uploadRegister(
  t: TestContext,
  s: Session,
  path: string,
  fields: Record<string, string> = {},
  url = '/api/worker-imports',
) {
  const boundary = '----lmis-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  const fileName = path.split('/').pop() as string;
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
  );
  parts.push(readFileSync(path), Buffer.from(`\r\n--${boundary}--\r\n`));
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

/** Uploads and runs a register file to its end; throws when a step is refused. */
export async function importRegister(t: TestContext, s: Session, path: string, fields: Record<string, string> = {}) {
  const res = await uploadRegister(t, s, path, fields);
  if (res.statusCode !== 201) throw new Error(`upload refused: ${res.statusCode} ${res.body}`);
  const preview = res.json() as ImportPreviewT;
  const run = await s.post(`/api/worker-imports/${preview.import.id}/run`, {});
  if (run.statusCode !== 202) throw new Error(`run refused: ${run.statusCode} ${run.body}`);
  for (let i = 0; i < 600; i++) {
    const status = (await s.get(`/api/worker-imports/${preview.import.id}`)).json() as ImportStatusT;
    if (['done', 'failed', 'interrupted'].includes(status.status)) return { preview, status };
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('import did not finish');
}
