import Type, { type Static } from 'typebox';
import Value from 'typebox/value';

/** Every setting LMIS reads from the environment, in one schema. */
export const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'development',
    description: 'Runtime mode; "production" turns on secure cookies unless COOKIE_SECURE says otherwise.',
  }),
  HOST: Type.String({ default: '127.0.0.1', description: 'Address the HTTP server binds to.' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'HTTP port (0 = any free port).' }),
  DATABASE_URL: Type.Optional(
    Type.String({
      pattern: '^postgres(ql)?://',
      description: 'Native PostgreSQL connection string. Unset: the embedded PGlite database in DATA_DIR is used.',
    }),
  ),
  DATA_DIR: Type.String({ default: './data', description: 'Folder for the embedded database and uploaded files.' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info', description: 'pino log level.' },
  ),
  SESSION_TTL_HOURS: Type.Integer({
    minimum: 1,
    maximum: 720,
    default: 12,
    description: 'Idle lifetime of a sign-in session.',
  }),
  SESSION_ABSOLUTE_HOURS: Type.Integer({
    minimum: 1,
    maximum: 720,
    default: 24,
    description: 'Absolute lifetime of a sign-in session, however active (OWASP ASVS 3.3).',
  }),
  SESSION_MAX_PER_USER: Type.Integer({
    minimum: 1,
    maximum: 100,
    default: 5,
    description: 'Sessions an account may hold at once; signing in beyond it ends the oldest.',
  }),
  LOGIN_MAX_FAILURES: Type.Integer({
    minimum: 1,
    maximum: 100,
    default: 5,
    description:
      'Failed sign-ins to one account from one address before each further attempt waits (5 s, 10 s, 20 s …). ' +
      'Accounts are never locked: another address is not slowed until the account as a whole has 4× as many.',
  }),
  LOGIN_DELAY_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 3600,
    default: 5,
    description: 'First wait once an account from an address, or an address, is throttled; it doubles each failure.',
  }),
  LOGIN_ADDRESS_MAX_FAILURES: Type.Integer({
    minimum: 1,
    maximum: 100000,
    default: 30,
    description: 'Failed sign-ins from one client address (any account) before each further attempt waits.',
  }),
  LOGIN_LOCK_MINUTES: Type.Integer({
    minimum: 1,
    maximum: 1440,
    default: 15,
    description: 'Longest wait a client address is given between sign-in attempts once throttled.',
  }),
  TRUST_PROXY: Type.String({
    default: 'false',
    description:
      'Reverse proxies whose X-Forwarded-For/-Proto to believe: "false", "true" (any), a hop count, or ' +
      'comma-separated addresses/CIDRs. Per-address limits and the security log then see the client, and ' +
      'cookies become Secure when the proxy speaks HTTPS.',
  }),
  LOGIN_RATE_PER_MINUTE: Type.Integer({
    minimum: 1,
    maximum: 10000,
    default: 20,
    description: 'Sign-in attempts per client address per minute.',
  }),
  COOKIE_SECURE: Type.Optional(
    Type.Boolean({
      description:
        'Send the session cookie only over HTTPS. Unset: in production, and whenever a request came over HTTPS.',
    }),
  ),
  DEMO_DATA: Type.Union([Type.Literal('auto'), Type.Literal('on'), Type.Literal('off')], {
    default: 'auto',
    description:
      'Demo accounts (with the password published in the README) and records, loaded into a database without users ' +
      'at start. "auto": only into the embedded database (a DATABASE_URL installation starts with no account); ' +
      '"on": also into PostgreSQL; "off": never.',
  }),
  UPLOAD_RETENTION_DAYS: Type.Integer({
    minimum: 1,
    maximum: 3650,
    default: 30,
    description: 'Days an uploaded register file is kept after its import finished (it holds personal data).',
  }),
  UPLOAD_SWEEP_MINUTES: Type.Integer({
    minimum: 1,
    maximum: 1440,
    default: 60,
    description: 'How often expired and orphaned uploaded files are deleted (also once at start).',
  }),
  STATEMENT_TIMEOUT_MS: Type.Integer({
    minimum: 0,
    maximum: 600_000,
    default: 15_000,
    description:
      'Longest database statement of an interactive request, in ms (0 = no limit); a request that hits it answers ' +
      '504. Imports and maintenance are exempt. PostgreSQL only: the embedded database cannot interrupt a statement.',
  }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({
    minimum: 500,
    maximum: 120_000,
    default: 5_000,
    description: 'On SIGTERM/SIGINT the process ends within this time, whatever still runs.',
  }),
  HEALTH_PROBE_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 300,
    default: 5,
    description: 'How often the database is probed for /api/health (which answers from the last probe).',
  }),
  MAINTENANCE_CRON: Type.String({
    maxLength: 100,
    default: '20 * * * *',
    description:
      'When tables are analysed and vacuumed if they need it (five-field cron, Vietnam time, run by one server ' +
      'process through the task queue; empty = only after imports). The embedded database has no autovacuum.',
  }),
  WEB_DIST: Type.String({ default: './web/dist', description: 'Folder of the built web app served at /.' }),
});

export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const converted = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, raw));
  const errors = [...Value.Errors(ConfigSchema, converted)];
  if (errors.length > 0) {
    const byName = new Map<string, string[]>();
    for (const e of errors) {
      const name = e.instancePath.replace(/^\//, '') || '(config)';
      byName.set(name, [...(byName.get(name) ?? []), e.message]);
    }
    const lines = [...byName].map(([name, messages]) => {
      const reason = messages.length > 1 ? 'is not one of the allowed values' : messages[0];
      return `  ${name}=${JSON.stringify(raw[name] ?? null)}: ${reason}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return converted as Config;
}

/** The TRUST_PROXY setting as Fastify's `trustProxy` option. */
export function trustProxyOption(value: string): boolean | string | ((address: string, hop: number) => boolean) {
  const v = value.trim();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return (_address, hop) => hop < hops; // the nearest `hops` proxies are trusted
  }
  return v;
}
