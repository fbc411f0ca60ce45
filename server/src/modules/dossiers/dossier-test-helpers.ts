import { randomInt } from 'node:crypto';
import type { DossierT, TrainingSupportApplicationT, TrainingSupportTraineeT } from '@lmis/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { buildEmployer, buildPersonId, LANG_SON } from '../../test/factories.ts';
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

/** Factory: an employer of the register, created by an officer through the API; returns its id. */
export async function buildEmployerRecord(officer: Session, name = 'Công ty TNHH May Đông Kinh'): Promise<number> {
  const res = await officer.post('/api/employers', buildEmployer({ name }));
  if (res.statusCode !== 201) throw new Error(`employer refused: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: number }).id;
}

/** The employer each employer session files for (set once per session by the test's setup). */
const sessionEmployers = new WeakMap<Session, number>();
export function filesFor(s: Session, employerId: number): Session {
  sessionEmployers.set(s, employerId);
  return s;
}

/** Test files share one PostgreSQL database: each starts its workers' IDs at its own random point. */
let traineeSerial = randomInt(0, 990_000);
/** Factory: a worker of the trainee list, unknown to the register (a fresh personal ID) unless given one. */
export function buildTrainee(over: Partial<TrainingSupportTraineeT> = {}): TrainingSupportTraineeT {
  traineeSerial += 1;
  return {
    personId: buildPersonId({ birthYear: 1992, serial: traineeSerial }),
    fullName: 'Lương Văn Hải',
    birthDate: '1992-03-14',
    contractType: 'Không xác định thời hạn',
    contractStartDate: '2019-04-01',
    siBookNo: '2019012345',
    trade: 'May công nghiệp',
    communeCode: LANG_SON.communeA,
    ...over,
  };
}

/** Factory: a valid application (Mẫu số 03 with the plan of Mẫu số 02), one new worker unless told. */
export function buildApplication(
  employerId: number,
  over: Partial<TrainingSupportApplicationT> = {},
): TrainingSupportApplicationT {
  return {
    employerId,
    revenue: { quarter: '2021-Q4', amount: 800_000_000, baseYear: 2019, baseAmount: 1_000_000_000 },
    uiContribution: { months: 36, confirmationNo: '125/BHXH-QLT', confirmationDate: '2022-01-10' },
    structureChange: 'Chuyển dây chuyền may sang máy may tự động điều khiển bằng máy tính',
    plan: {
      institutionId: null,
      trades: ['May công nghiệp, sơ cấp'],
      startDate: '2022-03-01',
      endDate: '2022-05-31',
      costPerWorker: 6_000_000,
    },
    trainees: [buildTrainee()],
    ...over,
  };
}

/** Factory: a draft dossier through the API, for the session's employer. */
export async function buildDossier(
  s: Session,
  over: { typeCode?: string; unitCode?: string; applicantName?: string; payload?: Record<string, unknown> } = {},
): Promise<DossierT> {
  const employerId = sessionEmployers.get(s);
  if (over.payload === undefined && employerId === undefined) throw new Error('buildDossier: filesFor(session) first');
  const res = await s.post('/api/dossiers', {
    typeCode: over.typeCode ?? 'training_support_ui',
    unitCode: over.unitCode ?? '05977',
    applicantName: over.applicantName ?? 'Công ty TNHH May Đông Kinh',
    payload: over.payload ?? buildApplication(employerId as number),
  });
  if (res.statusCode !== 201) throw new Error(`create refused: ${res.statusCode} ${res.body}`);
  return res.json() as DossierT;
}

/** The documents a 2026 unemployment-insurance training-support application must carry to be submitted. */
export const UI_2026_DOCS = ['application', 'training_plan', 'si_confirmation'];

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
