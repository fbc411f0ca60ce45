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

/** How to authenticate, at the head of the document: what an integrator reads first. */
export const AUTHENTICATION_GUIDE = [
  'Hệ thống thông tin thị trường lao động (LMIS). Mọi lỗi trả về cùng một dạng (ErrorResponse): mã lỗi, thông báo ' +
    'tiếng Việt và tiếng Anh, mã yêu cầu (requestId, để tra nhật ký).',
  '',
  '## Xác thực / Authentication',
  '',
  '**Phiên đăng nhập (trình duyệt).** `POST /api/auth/login` với `{ username, password }` trả cookie `lmis_session` ' +
    '(HttpOnly, SameSite=Strict) và `csrfToken`. Mọi yêu cầu thay đổi dữ liệu (POST, PUT, PATCH, DELETE) của phiên ' +
    'gửi kèm tiêu đề `x-csrf-token: <csrfToken>`; thiếu hoặc sai: 403 `CSRF`. `GET /api/auth/me` trả lại csrfToken.',
  '',
  '**Mã truy cập API (máy với máy).** Quản trị hệ thống tạo mã cho một vai trò và một đơn vị (`POST /api/api-tokens`, ' +
    'thời hạn tối đa 365 ngày); mã bí mật `lmis_…` chỉ hiện một lần. Gửi `Authorization: Bearer lmis_…` trong mọi ' +
    'yêu cầu; không cần cookie hay `x-csrf-token` (mã không phải cookie, trình duyệt không tự gửi). Mã thấy và làm ' +
    'đúng như một tài khoản cùng vai trò và đơn vị, trừ quản lý tài khoản và mã API. Mã hết hạn hoặc đã thu hồi: 401.',
  '',
  '**Session (browser).** `POST /api/auth/login` sets the `lmis_session` cookie and returns `csrfToken`; send it as ' +
    '`x-csrf-token` on every change. **API token (machine).** A system administrator creates one for a role and a ' +
    'unit; send `Authorization: Bearer lmis_…`, no cookie and no CSRF header. Out-of-scope records answer 404 like ' +
    'missing ones.',
  '',
  '## Mã danh mục / Catalogue codes',
  '',
  'Trường mã ghi danh mục nguồn trong `x-catalogue`: danh mục dùng chung ở `GET /api/reference/catalogues/{name}`, ' +
    'đơn vị hành chính (`x-catalogue: admin-units`) ở `GET /api/geo/units`.',
].join('\n');

/**
 * Code fields and the catalogue their codes come from (server/data/catalogues/<name>.csv, served by
 * GET /api/reference/catalogues/{name}); unit codes come from GET /api/geo/units.
 */
export const CATALOGUE_FIELDS: Record<string, string> = {
  ethnicityCode: 'ethnic-groups',
  generalEducationCode: 'general-education',
  qualificationCode: 'qualification-levels',
  employmentStatus: 'employment-status',
  statusInEmploymentCode: 'status-in-employment',
  occupationCode: 'vsco-occupations',
  unemploymentDurationCode: 'unemployment-duration',
  inactivityReasonCode: 'inactivity-reasons',
  areaType: 'household-area-types',
  deprivations: 'poverty-deprivation-indicators',
  unitCode: 'admin-units',
  provinceCode: 'admin-units',
  communeCode: 'admin-units',
  toCommuneCode: 'admin-units',
  fromCommuneCode: 'admin-units',
  parent: 'admin-units',
};

function catalogueNote(catalogue: string): string {
  return catalogue === 'admin-units'
    ? 'Mã đơn vị hành chính (GET /api/geo/units)'
    : `Mã theo danh mục ${catalogue} (GET /api/reference/catalogues/${catalogue})`;
}

function markCatalogue(schema: Json, catalogue: string): void {
  schema['x-catalogue'] = catalogue;
  const note = catalogueNote(catalogue);
  const description = typeof schema.description === 'string' ? schema.description : '';
  if (!description.includes(note)) schema.description = description ? `${description}. ${note}` : note;
}

/** Marks every code field of a schema (nested objects, arrays, unions included) with its catalogue. */
function markCatalogues(schema: unknown): void {
  if (!schema || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    for (const s of schema) markCatalogues(s);
    return;
  }
  const s = schema as Json;
  const properties = s.properties as Record<string, Json> | undefined;
  for (const [name, property] of Object.entries(properties ?? {})) {
    const catalogue = CATALOGUE_FIELDS[name];
    if (catalogue && property && typeof property === 'object') markCatalogue(property, catalogue);
  }
  for (const key of ['properties', 'items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties']) {
    const inner = s[key];
    if (key === 'properties') for (const p of Object.values((inner as Json | undefined) ?? {})) markCatalogues(p);
    else markCatalogues(inner);
  }
}

/** The schemas an operation carries: parameters, request body, responses. */
function markOperationCatalogues(op: Operation): void {
  for (const parameter of op.parameters ?? []) {
    const catalogue = CATALOGUE_FIELDS[String(parameter.name)];
    if (catalogue && parameter.schema) {
      markCatalogue(parameter.schema as Json, catalogue);
      parameter.description ??= catalogueNote(catalogue);
    }
    markCatalogues(parameter.schema);
  }
  const bodies = [op.requestBody, ...Object.values(op.responses ?? {})] as (Json | undefined)[];
  for (const body of bodies) {
    for (const media of Object.values((body?.content as Record<string, Json> | undefined) ?? {})) {
      markCatalogues(media.schema);
    }
  }
}

/** Routes an API token may not use (a session's own routes, token management): documented as session-only. */
const sessionOnly = (path: string) =>
  (path.startsWith('/api/auth/') && path !== '/api/auth/me') || path.startsWith('/api/api-tokens');

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
      // Either a session (with the anti-forgery header for changes) or an API token.
      const session: Record<string, string[]> = method === 'get' ? { session: [] } : { session: [], csrfToken: [] };
      op.security = isPublic ? [] : sessionOnly(path) ? [session] : [session, { apiToken: [] }];
      markOperationCatalogues(op);
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
  for (const schema of Object.values(schemas)) markCatalogues(schema);
  const info = (doc.info ?? {}) as Json;
  info.description = AUTHENTICATION_GUIDE;
  (doc as Json).info = info;
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
    apiToken: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'lmis_…',
      description:
        'Mã truy cập API do quản trị hệ thống tạo (POST /api/api-tokens) cho một vai trò và đơn vị: ' +
        'Authorization: Bearer lmis_…; không cần x-csrf-token / API token for machine-to-machine use',
    },
  };
  return doc;
}
