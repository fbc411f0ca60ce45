import { ERROR_CODES } from '@lmis/contracts';

/**
 * Finishes the OpenAPI document the routes generate, so an integrator can use the API without reading the code:
 * every operation gets an operationId, a description, its security (session cookie, plus the anti-forgery header
 * for changes), and the error responses it can give with the shared error schema and an example; multipart
 * uploads get their request body. Applied to the document only: requests and replies are not changed.
 */

type Json = Record<string, unknown>;
type Operation = Json & {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Json[];
  requestBody?: Json;
  responses?: Record<string, unknown>;
  security?: Record<string, string[]>[];
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export const ERROR_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'messageEn', 'requestId'],
      properties: {
        code: { type: 'string', enum: Object.keys(ERROR_CODES), description: 'Mã lỗi (bảng mã dùng chung)' },
        message: { type: 'string', description: 'Thông báo tiếng Việt' },
        messageEn: { type: 'string', description: 'Message in English' },
        details: {
          description:
            'Chi tiết: với lỗi dữ liệu (VALIDATION) là danh sách { field, message, messageEn } theo tên trường của hợp đồng',
        },
        requestId: { type: 'string', description: 'Mã yêu cầu, để tra nhật ký' },
      },
    },
  },
};

const ERROR_DESCRIPTIONS: Record<string, [code: keyof typeof ERROR_CODES, description: string]> = {
  '400': ['VALIDATION', 'Dữ liệu không hợp lệ (từng trường và lý do trong details) / Invalid input'],
  '401': ['UNAUTHENTICATED', 'Chưa đăng nhập hoặc phiên đã hết hạn / Not signed in'],
  '403': ['FORBIDDEN', 'Không có quyền, hoặc thiếu mã chống giả mạo (CSRF) / Forbidden'],
  '404': ['NOT_FOUND', 'Không tìm thấy (dữ liệu ngoài phạm vi cũng trả lời như vậy) / Not found or out of scope'],
  '409': ['CONFLICT', 'Xung đột: dữ liệu đã thay đổi hoặc đã tồn tại / Conflict'],
  '413': ['PAYLOAD_TOO_LARGE', 'Tệp hoặc nội dung quá lớn / Payload too large'],
  '429': ['RATE_LIMITED', 'Quá nhiều yêu cầu, thử lại sau / Too many requests'],
  '500': ['INTERNAL', 'Lỗi hệ thống; báo quản trị viên kèm mã yêu cầu / Internal error'],
};

/** getWorkersByPersonId, postWorkerImportsByIdRun, getWorkersExportByFormat … from the method and the path. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[/.]/)
    .filter(Boolean)
    .map((segment) => {
      const param = /^[{:](\w+)}?$/.exec(segment);
      const word = param ? `By-${param[1]}` : segment;
      return word
        .split(/[-_]/)
        .filter(Boolean)
        .map((w) => w[0]?.toUpperCase() + w.slice(1))
        .join('');
    });
  return method.toLowerCase() + words.join('');
}

function errorResponse(status: string) {
  const [code, description] = ERROR_DESCRIPTIONS[status] ?? ['INTERNAL', 'Lỗi'];
  const entry = ERROR_CODES[code];
  return {
    description,
    content: {
      'application/json': {
        schema: { $ref: '#/components/schemas/ErrorResponse' },
        example: {
          error: { code, message: entry.vi, messageEn: entry.en, requestId: '3f1c2b9e-7a41-4c55-9d7e-2b0c8a61e4d0' },
        },
      },
    },
  };
}

/** Which error statuses an operation can answer, from what it takes and whether it needs a session. */
function errorStatuses(method: string, path: string, op: Operation, isPublic: boolean): string[] {
  const statuses = ['400', '500'];
  if (!isPublic) statuses.push('401', '403');
  if (path.includes('{') || !isPublic) statuses.push('404');
  if (method !== 'get') statuses.push('409');
  if (op.requestBody || method === 'post') statuses.push('413');
  if (path.startsWith('/api/auth/')) statuses.push('429');
  return statuses.sort();
}

const MULTIPART_UPLOAD = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary', description: 'Tệp .xlsx hoặc .csv (UTF-8, Windows-1258)' },
        },
        additionalProperties: { type: 'string' },
      },
    },
  },
};

export interface FinishOptions {
  /** "GET /api/health" keys of the routes that need no session. */
  publicRoutes: ReadonlySet<string>;
  /** Operations whose body is a multipart upload, as "POST /api/worker-imports" keys. */
  uploads: ReadonlySet<string>;
}

const toOpenApiPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

export function finishOpenApiDocument<T extends Json>(doc: T & { components?: Json }, opts: FinishOptions): T {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const key = `${method.toUpperCase()} ${toOpenApiPath(path)}`;
      const isPublic = opts.publicRoutes.has(key);
      op.operationId ??= operationIdOf(method, path);
      op.summary ??= op.description ?? op.operationId;
      op.description ??= op.summary;
      op.tags ??= ['platform'];
      if (opts.uploads.has(key)) op.requestBody ??= MULTIPART_UPLOAD;
      op.security = isPublic ? [] : method === 'get' ? [{ session: [] }] : [{ session: [], csrfToken: [] }];
      op.responses ??= {};
      const responses = op.responses;
      if (!Object.keys(responses).some((s) => s.startsWith('2')))
        responses['200'] = { description: 'Thành công / Success' };
      for (const status of errorStatuses(method, path, op, isPublic)) responses[status] ??= errorResponse(status);
    }
  }
  doc.components ??= {};
  const components = doc.components;
  components.schemas ??= {};
  const schemas = components.schemas as Json;
  schemas.ErrorResponse = ERROR_RESPONSE_SCHEMA;
  components.securitySchemes = {
    session: {
      type: 'apiKey',
      in: 'cookie',
      name: 'lmis_session',
      description: 'Phiên đăng nhập: POST /api/auth/login trả cookie lmis_session và csrfToken',
    },
    csrfToken: {
      type: 'apiKey',
      in: 'header',
      name: 'x-csrf-token',
      description: 'Mã chống giả mạo (csrfToken của lần đăng nhập), bắt buộc với mọi yêu cầu thay đổi dữ liệu',
    },
  };
  return doc;
}
