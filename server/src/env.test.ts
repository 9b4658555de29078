import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv, ZEnv } from './env.ts';

describe('parseEnv', () => {
  it('applies defaults and treats empty values as unset', () => {
    const e = parseEnv({ NOTIFY_WEBHOOK_URL: '', PORT: '' });
    expect(e.PORT).toBe(3000);
    expect(e.NOTIFY_WEBHOOK_URL).toBeUndefined();
    expect(e.TEMPORAL_NAMESPACE).toBe('default');
  });

  it('names every invalid variable', () => {
    expect(() => parseEnv({ PORT: '70000', TELECOM_SERVICE_URL: 'not a url', SWITCHBOARD_ADMIN_PASSWORD: 'short' })).toThrow(EnvError);
    try {
      parseEnv({ PORT: '70000', TELECOM_SERVICE_URL: 'not a url', SWITCHBOARD_ADMIN_PASSWORD: 'short' });
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      for (const name of ['PORT', 'TELECOM_SERVICE_URL', 'SWITCHBOARD_ADMIN_PASSWORD']) expect(message).toContain(name);
    }
  });

  it('parses booleans written the usual ways', () => {
    expect(parseEnv({ SWITCHBOARD_EMBEDDED: '1' }).SWITCHBOARD_EMBEDDED).toBe(true);
    expect(parseEnv({ SWITCHBOARD_EMBEDDED: 'false' }).SWITCHBOARD_EMBEDDED).toBe(false);
    expect(parseEnv({ COOKIE_SECURE: 'true' }).COOKIE_SECURE).toBe(true);
  });
});

describe('docs/configuration.md', () => {
  it('documents every environment variable the server reads', () => {
    const docs = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
    for (const name of Object.keys(ZEnv.shape)) expect(docs, `${name} is not documented`).toContain(`\`${name}\``);
  });
});
