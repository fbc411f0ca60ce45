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
  LOGIN_MAX_FAILURES: Type.Integer({
    minimum: 1,
    maximum: 100,
    default: 5,
    description: 'Failed sign-ins before the account is locked.',
  }),
  LOGIN_LOCK_MINUTES: Type.Integer({
    minimum: 1,
    maximum: 1440,
    default: 15,
    description: 'How long a locked account stays locked.',
  }),
  LOGIN_RATE_PER_MINUTE: Type.Integer({
    minimum: 1,
    maximum: 10000,
    default: 20,
    description: 'Sign-in attempts per client address per minute.',
  }),
  COOKIE_SECURE: Type.Optional(Type.Boolean({ description: 'Send the session cookie only over HTTPS.' })),
  DEMO_DATA: Type.Union([Type.Literal('auto'), Type.Literal('off')], {
    default: 'auto',
    description: '"auto": load demo users and records into an empty database at start; "off": never.',
  }),
  STATEMENT_TIMEOUT_MS: Type.Integer({
    minimum: 0,
    maximum: 600_000,
    default: 15_000,
    description:
      'Longest database statement of an interactive request, in ms (0 = no limit); a request that hits it answers ' +
      '504. Imports, exports and maintenance are exempt. PostgreSQL only: the embedded database cannot interrupt a statement.',
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
  MAINTENANCE_INTERVAL_MINUTES: Type.Integer({
    minimum: 0,
    maximum: 10_080,
    default: 60,
    description: 'How often tables are analysed and vacuumed when they need it (0 = only after imports).',
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
