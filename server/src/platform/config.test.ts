import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('starts on the embedded database with defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe('./data');
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '8080', COOKIE_SECURE: 'true', LOGIN_MAX_FAILURES: '3' });
    expect(config).toMatchObject({ PORT: 8080, COOKIE_SECURE: true, LOGIN_MAX_FAILURES: 3 });
  });

  it('refuses bad values naming every offending variable', () => {
    const attempt = () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://db', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT="abc"');
      expect(message).toContain('DATABASE_URL="mysql://db"');
      expect(message).toContain('LOG_LEVEL="loud": is not one of the allowed values');
    }
  });

  it('refuses an out-of-range port', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
});
