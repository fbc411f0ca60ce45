import type { DossierT } from '@lmis/contracts';
import type { LightMyRequestResponse } from 'fastify';
import type { Session, TestContext } from '../../test/harness.ts';

/** A minimal PDF's first bytes: enough for the content check. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Sends one file as multipart/form-data with its fields first, the way the browser does. */
export function upload(
  t: TestContext,
  s: Session,
  url: string,
  file: { name: string; content: Buffer },
  fields: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const boundary = '----lmis-dossier-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

/** Factory: a draft dossier through the API. */
export async function buildDossier(
  s: Session,
  over: { typeCode?: string; unitCode?: string; applicantName?: string; payload?: Record<string, unknown> } = {},
): Promise<DossierT> {
  const res = await s.post('/api/dossiers', {
    typeCode: over.typeCode ?? 'training_support_ui',
    unitCode: over.unitCode ?? '05977',
    applicantName: over.applicantName ?? 'Công ty TNHH May Đông Kinh',
    payload: over.payload ?? { trainingEndDate: '2022-05-31' },
  });
  if (res.statusCode !== 201) throw new Error(`create refused: ${res.statusCode} ${res.body}`);
  return res.json() as DossierT;
}

/** Attaches a small PDF for each document code. */
export async function attachAll(t: TestContext, s: Session, id: number, codes: string[]) {
  for (const code of codes) {
    const res = await upload(
      t,
      s,
      `/api/dossiers/${id}/attachments`,
      { name: `${code}.pdf`, content: PDF },
      { documentCode: code },
    );
    if (res.statusCode !== 201) throw new Error(`attach ${code} refused: ${res.statusCode} ${res.body}`);
  }
}

/** Acts on the dossier at its current version; returns the response. */
export async function act(s: Session, id: number, action: string, body: Record<string, unknown> = {}) {
  const current = (await s.get(`/api/dossiers/${id}`)).json() as DossierT;
  return s.post(`/api/dossiers/${id}/actions/${action}`, { version: current.version, ...body });
}

/** Acts and expects success. */
export async function actOk(s: Session, id: number, action: string, body: Record<string, unknown> = {}) {
  const res = await act(s, id, action, body);
  if (res.statusCode !== 200) throw new Error(`${action} refused: ${res.statusCode} ${res.body}`);
  return res.json() as DossierT;
}

export const SIGNER = { signerName: 'Hoàng Văn Minh', signerPosition: 'Phó Giám đốc' };
