import { randomUUID } from 'node:crypto';
import { chmodSync, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

const BROKEN_UPLOAD = {
  vi: 'Dữ liệu tải lên bị hỏng hoặc không đầy đủ (multipart), vui lòng chọn và gửi lại tệp',
  en: 'Malformed or incomplete multipart upload',
};

/**
 * The folder for one kind of uploaded file, readable by the LMIS process owner only (0700): uploaded registers
 * hold every worker's personal data.
 */
export function uploadFolder(dataDir: string, kind: string): string {
  const dir = resolve(dataDir, 'uploads', kind);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode is masked by the umask and ignored for folders that already exist.
  chmodSync(resolve(dataDir, 'uploads'), 0o700);
  chmodSync(dir, 0o700);
  return dir;
}

/** A new, unused path in an upload folder. */
export const newUploadPath = (dir: string, ext: string) => resolve(dir, `${randomUUID()}.${ext}`);

/** Removes a stored upload; a file already gone is fine. */
export function removeUpload(path: string): void {
  rmSync(path, { force: true });
}

/**
 * Writes an upload stream to a new owner-only file (0600, never overwriting). A broken multipart stream is the
 * client's fault (400); a file over the size limit is 413; either way no partial file stays behind.
 */
export async function storeUpload(file: Readable & { truncated?: boolean }, path: string): Promise<void> {
  let sourceError: unknown;
  file.once('error', (error) => {
    sourceError = error;
  });
  try {
    await pipeline(file, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    chmodSync(path, 0o600);
    if (file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
  } catch (error) {
    removeUpload(path);
    if (error instanceof AppError) throw error;
    // The multipart stream may have failed before this function listened (while the unit was looked up).
    if (error === sourceError || (error !== undefined && error === file.errored)) {
      throw new AppError('BAD_REQUEST', BROKEN_UPLOAD);
    }
    throw error;
  }
}

/** File streams opened per request, so a refused upload can be drained after its answer. */
const openFiles = new WeakMap<FastifyRequest, Readable>();

/** Above this many bytes a refused upload closes the connection instead of reading the rest to discard it. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * The request's one file part; a missing or malformed multipart body is a 400, not a server error. `maxBytes`
 * lowers the app-wide file size limit for this upload (a larger file is cut and refused with 413 by storeUpload).
 */
export async function receiveFile(request: FastifyRequest, opts: { maxBytes?: number } = {}): Promise<MultipartFile> {
  let file: MultipartFile | undefined;
  try {
    file = await request.file(opts.maxBytes ? { limits: { fileSize: opts.maxBytes } } : undefined);
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof AppError || (status && status < 500)) throw error;
    throw new AppError('BAD_REQUEST', BROKEN_UPLOAD);
  }
  if (file) openFiles.set(request, file.file);
  if (!file) {
    throw new AppError('VALIDATION', {
      vi: 'Chưa chọn tệp',
      en: 'No file',
      details: [{ field: 'file', message: 'chưa chọn tệp', messageEn: 'no file' }],
    });
  }
  return file;
}

/**
 * An upload answered before its body was read to the end (refused for its unit, type or size) is drained, so the
 * next request on a kept-alive connection is not left waiting behind the unread rest; a large remainder closes
 * the connection instead of being read only to be thrown away.
 */
export function installUploadHygiene(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply) => {
    if (request.raw.complete || !request.headers['content-type']?.startsWith('multipart/')) return;
    const length = Number(request.headers['content-length'] ?? Number.POSITIVE_INFINITY);
    if (!(length <= DRAIN_LIMIT_BYTES)) reply.header('connection', 'close');
    const file = openFiles.get(request);
    if (file && !file.destroyed) file.resume();
    request.raw.resume();
  });
}
