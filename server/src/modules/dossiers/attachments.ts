import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { DossierAttachmentT } from '@lmis/contracts';
import { type StepDeclT, stepOf } from '../../platform/approvals/index.ts';
import { writeAudit } from '../../platform/audit.ts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import { AppError } from '../../platform/errors.ts';
import { can } from '../../platform/policy/index.ts';
import { newUploadPath, removeUpload, uploadFolder } from '../../platform/uploads.ts';
import { typeOf, versionOf } from './dossier-view.ts';
import { dossierResource } from './dossiers.policy.ts';
import {
  type DossierAttachmentRow,
  insertAttachment,
  selectAttachment,
  selectAttachments,
  selectPeople,
} from './dossiers.queries.ts';
import { type DossiersDeps, visibleDossier } from './dossiers.service.ts';

/** At most this many bytes per attached file (scans of a few dozen pages). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/**
 * The kinds of file a dossier takes: PDF, images and Office documents, each recognised by its first bytes and by
 * its extension, which must agree. Anything else (executables, scripts, HTML, SVG) is refused, whatever its name.
 */
const KINDS = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], exts: ['.pdf'], type: 'application/pdf' },
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], exts: ['.png'], type: 'image/png' },
  { magic: [0xff, 0xd8, 0xff], exts: ['.jpg', '.jpeg'], type: 'image/jpeg' },
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    exts: ['.docx', '.xlsx', '.pptx', '.odt', '.ods'],
    type: 'application/vnd.openxmlformats-officedocument',
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    exts: ['.doc', '.xls', '.ppt'],
    type: 'application/x-ole-storage',
  },
] as const;

const OFFICE_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.doc': 'application/msword',
  '.xls': 'application/vnd.ms-excel',
  '.ppt': 'application/vnd.ms-powerpoint',
};

/** The content type of a file by its first bytes and name, or null when they are not an accepted kind or disagree. */
export function sniffAttachment(head: Uint8Array, fileName: string): string | null {
  const ext = extname(fileName).toLowerCase();
  const kind = KINDS.find((k) => k.magic.every((b, i) => head[i] === b));
  if (!kind || !(kind.exts as readonly string[]).includes(ext)) return null;
  return OFFICE_TYPES[ext] ?? kind.type;
}

const refusedType = (fileName: string) =>
  new AppError('VALIDATION', {
    vi: `Tệp «${fileName}» không phải PDF, ảnh (PNG, JPEG) hay tài liệu Office, hoặc phần mở rộng không khớp nội dung`,
    en: `"${fileName}" is not a PDF, image (PNG, JPEG) or Office document, or its extension does not match its content`,
    details: [{ field: 'file', message: 'loại tệp không được chấp nhận', messageEn: 'file type not accepted' }],
  });

function present(a: DossierAttachmentRow, people: Awaited<ReturnType<typeof selectPeople>>): DossierAttachmentT {
  return {
    id: a.id,
    stepCode: a.stepCode,
    documentCode: a.documentCode,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    uploadedByName: people.get(a.uploadedBy)?.fullName ?? a.uploadedByName,
    uploadedAt: a.uploadedAt.toISOString(),
  };
}

/**
 * Attaches a file to a dossier, for one of its declared documents (or none). The applicant's side attaches while
 * the dossier is with them; officers attach while they work it (an outside agency's letter). The file is written
 * owner-only into the private data folder under a random name, checked by content, and its SHA-256 kept.
 */
export async function attachFile(
  input: {
    ctx: RequestContext;
    id: number;
    fileName: string;
    documentCode?: string;
    save: (path: string) => Promise<void>;
  },
  deps: DossiersDeps,
): Promise<DossierAttachmentT> {
  const actor = requireActor(input.ctx);
  const d = await visibleDossier(deps.db, actor, input.id);
  if (!can(actor, 'file', dossierResource, d) && !can(actor, 'act', dossierResource, d)) {
    throw new AppError('FORBIDDEN');
  }
  if (['completed', 'refused', 'withdrawn', 'cancelled', 'recovered'].includes(d.status)) {
    throw new AppError('BAD_REQUEST', {
      vi: 'Hồ sơ đã kết thúc, không thể đính kèm thêm tệp',
      en: 'The dossier is closed; no more files can be attached',
    });
  }
  const version = versionOf(d, todayInVietnam());
  const holds = (s: StepDeclT) => s.documents.some((doc) => doc.code === input.documentCode);
  // A draft is judged by the version in force when it is submitted: its documents may be those of any version.
  const step = input.documentCode
    ? (version?.steps.find(holds) ??
      (d.typeVersion
        ? undefined
        : typeOf(d.typeCode)
            .versions.flatMap((v) => v.steps)
            .find(holds)))
    : version && stepOf(version, d.stepCode);
  if (input.documentCode && !step) {
    throw new AppError('VALIDATION', {
      vi: `Loại hồ sơ này không có giấy tờ mã ${input.documentCode}`,
      en: `This dossier type has no document ${input.documentCode}`,
      details: [{ field: 'documentCode', message: 'không có giấy tờ này', messageEn: 'unknown document' }],
    });
  }
  const path = newUploadPath(uploadFolder(deps.dataDir, 'dossiers'), 'bin');
  await input.save(path);
  try {
    const head = new Uint8Array(8);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, 8, 0);
    } finally {
      closeSync(fd);
    }
    const contentType = sniffAttachment(head, input.fileName);
    if (!contentType) throw refusedType(input.fileName);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    const sha256 = hash.digest('hex');
    const row = await deps.db.transaction(async (tx) => {
      const created = await insertAttachment(tx, {
        dossierId: d.id,
        stepCode: step?.code ?? null,
        documentCode: input.documentCode ?? null,
        fileName: input.fileName.normalize('NFC').slice(0, 255),
        contentType,
        sizeBytes: statSync(path).size,
        sha256,
        storageName: path.split('/').pop() as string,
        uploadedBy: actor.id,
        uploadedByName: actor.fullName,
      });
      await writeAudit(tx, input.ctx, {
        action: 'dossier_attach',
        entityType: 'dossier',
        entityId: d.id,
        unitCode: d.communeCode ?? d.provinceCode,
        provinceCode: d.provinceCode,
        after: { attachmentId: created.id, documentCode: created.documentCode, fileName: created.fileName, sha256 },
      });
      return created;
    });
    return present(row, new Map([[actor.id, { fullName: actor.fullName, username: actor.username }]]));
  } catch (error) {
    removeUpload(path);
    throw error;
  }
}

/** A stored attachment for download, to a reader of the dossier only. */
export async function openAttachment(
  input: { ctx: RequestContext; id: number; attachmentId: number },
  deps: DossiersDeps,
) {
  const actor = requireActor(input.ctx);
  const d = await visibleDossier(deps.db, actor, input.id);
  const a = await selectAttachment(deps.db, d.id, input.attachmentId);
  if (!a) throw new AppError('NOT_FOUND', { vi: 'Không tìm thấy tệp đính kèm', en: 'No such attachment' });
  const path = `${uploadFolder(deps.dataDir, 'dossiers')}/${a.storageName}`;
  return { fileName: a.fileName, contentType: a.contentType, stream: createReadStream(path) };
}

export async function listAttachments(input: { ctx: RequestContext; id: number }, deps: DossiersDeps) {
  const actor = requireActor(input.ctx);
  const d = await visibleDossier(deps.db, actor, input.id);
  const rows = await selectAttachments(deps.db, d.id);
  const people = await selectPeople(
    deps.db,
    rows.map((r) => r.uploadedBy),
  );
  return rows.map((r) => present(r, people));
}
