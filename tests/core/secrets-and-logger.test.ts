import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { resolveSecrets } from '../../src/core/config/secrets.ts';
import { createLogger, memoryLogger, silentLogger } from '../../src/core/log/logger.ts';
import { redact } from '../../src/core/log/redact.ts';
import type { CadenceError } from '../../src/core/errors.ts';

const options = z
  .object({
    token: z.string().min(1).meta({ secret: true }),
    portal: z.string(),
    account: z.object({ id: z.string(), password: z.string().meta({ secret: true }).optional() }).optional(),
    pageSize: z.number().default(100),
  })
  .strict();

const where = 'sources.hubspot.options';

function failure(run: () => unknown): CadenceError {
  try {
    run();
  } catch (error) {
    return error as CadenceError;
  }
  throw new Error('expected a failure');
}

describe('resolveSecrets', () => {
  it('replaces { env } references and returns the secret values', () => {
    const env = { HUBSPOT_TOKEN: 'pat-na1-1234abcd', PORTAL: 'eu-portal', ACCOUNT_PW: 'hunter2-long' };
    const result = resolveSecrets(
      options,
      { token: { env: 'HUBSPOT_TOKEN' }, portal: { env: 'PORTAL' }, account: { id: 'a1', password: { env: 'ACCOUNT_PW' } }, pageSize: 50 },
      env,
      where,
    );
    expect(result.options).toEqual({ token: 'pat-na1-1234abcd', portal: 'eu-portal', account: { id: 'a1', password: 'hunter2-long' }, pageSize: 50 });
    // Only fields marked secret are redaction material; a non-secret env value is not.
    expect(result.secrets.sort()).toEqual(['hunter2-long', 'pat-na1-1234abcd']);
    expect(options.parse(result.options).token).toBe('pat-na1-1234abcd');
  });

  it('does not change the options it is given', () => {
    const given = { token: { env: 'T' }, portal: 'p' };
    resolveSecrets(options, given, { T: 'secret-value' }, where);
    expect(given).toEqual({ token: { env: 'T' }, portal: 'p' });
  });

  it('refuses a secret written literally, naming the key and never the value', () => {
    const error = failure(() => resolveSecrets(options, { token: 'pat-na1-LITERAL', portal: 'p' }, {}, where));
    expect(error.code).toBe('CADENCE_CONFIG_SECRET_LITERAL');
    expect(error.message).toContain('sources.hubspot.options.token');
    expect(error.message).toContain('HUBSPOT_TOKEN');
    expect(error.message).not.toContain('pat-na1-LITERAL');
  });

  it('refuses a literal secret in a nested object', () => {
    const error = failure(() => resolveSecrets(options, { token: { env: 'T' }, portal: 'p', account: { id: 'a', password: 'pw-literal' } }, { T: 'xxxx' }, where));
    expect(error.code).toBe('CADENCE_CONFIG_SECRET_LITERAL');
    expect(error.message).toContain('sources.hubspot.options.account.password');
    expect(error.message).not.toContain('pw-literal');
  });

  it('fails with CADENCE_ENV_MISSING naming the variable', () => {
    const error = failure(() => resolveSecrets(options, { token: { env: 'HUBSPOT_TOKEN' }, portal: 'p' }, {}, where));
    expect(error.code).toBe('CADENCE_ENV_MISSING');
    expect(error.message).toContain('HUBSPOT_TOKEN');
    expect(error.message).toContain('sources.hubspot.options.token');
    expect(failure(() => resolveSecrets(options, { token: { env: 'EMPTY' }, portal: 'p' }, { EMPTY: '' }, where)).code).toBe('CADENCE_ENV_MISSING');
  });

  it('leaves an absent optional secret alone (the schema decides)', () => {
    const result = resolveSecrets(options, { portal: 'p' }, {}, where);
    expect(result).toEqual({ options: { portal: 'p' }, secrets: [], warnings: [] });
  });

  it('trims a value with whitespace around it (a CRLF .env) and warns naming the variable, never the value', () => {
    const result = resolveSecrets(options, { token: { env: 'HUBSPOT_TOKEN' }, portal: { env: 'PORTAL' } }, { HUBSPOT_TOKEN: 'pat-na1-crlf\r\n', PORTAL: '  eu\t' }, where);
    expect(result.options).toEqual({ token: 'pat-na1-crlf', portal: 'eu' });
    // Both spellings are redaction material: the trimmed one is what a server sees and echoes.
    expect(result.secrets.sort()).toEqual(['pat-na1-crlf', 'pat-na1-crlf\r\n']);
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[0]).toContain('HUBSPOT_TOKEN (for sources.hubspot.options.token) has whitespace around its value: it ends with CR LF (a .env file saved with Windows line endings does this)');
    expect(result.warnings[1]).toContain('PORTAL (for sources.hubspot.options.portal) has whitespace around its value: it starts with 2 spaces and ends with tab.');
    expect(result.warnings.join('\n')).not.toContain('pat-na1');
  });

  it('counts a value of whitespace only as not set', () => {
    const error = failure(() => resolveSecrets(options, { token: { env: 'T' }, portal: 'p' }, { T: ' \r\n' }, where));
    expect(error.code).toBe('CADENCE_ENV_MISSING');
    expect(error.message).toContain('only whitespace');
  });
});

describe('redaction', () => {
  it('replaces every secret of 4+ characters, longest first, also URL-encoded', () => {
    expect(redact('token=abcd1234 and abcd1234', ['abcd1234'])).toBe('token=*** and ***');
    expect(redact('key abc stays', ['abc'])).toBe('key abc stays');
    expect(redact('q=p%40ss%2Fword', ['p@ss/word'])).toBe('q=***');
    expect(redact('abcdefgh', ['abcd', 'abcdefgh'])).toBe('***');
  });

  it('masks a secret in every form it leaves in: trimmed, URL- and form-encoded, JSON-escaped, base64', () => {
    const secret = 'tok/en+x=y z~"1\r\n';
    const t = secret.trim();
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const windows = (s: string) => Array.from({ length: s.length - 5 }, (_, i) => s.slice(i, i + 6));
    const samples = [
      `Invalid token: Bearer ${t}.`,
      `GET /x?access_token=${encodeURIComponent(t)}&a=1`,
      `GET /x?access_token=${encodeURIComponent(t).toLowerCase()}`,
      `grant_type=refresh_token&${new URLSearchParams({ client_secret: t })}`,
      `{"token":${JSON.stringify(t)}}`,
      JSON.stringify({ message: JSON.stringify({ token: t }) }),
      `Authorization: Basic ${b64(`user:${t}`)}`,
      `Authorization: Basic ${b64(`ab:${t}`)}`,
      `Authorization: Basic ${b64(`a:${t}`)}`,
      `base64url ${b64(`me:${t}`).replace(/\+/g, '-').replace(/\//g, '_')}`,
      `alone ${b64(t)}`,
    ];
    for (const text of samples) {
      const out = redact(text, [secret]);
      expect(out, text).toContain('***');
      // What is left cannot give the secret back: no 6 characters of it in a row, plain or URL-encoded.
      for (const w of [...windows(t), ...windows(encodeURIComponent(t))]) expect(out, `${text} → ${out}`).not.toContain(w);
    }
    // What is left of a Basic header decodes to no part of the secret.
    for (const user of ['user', 'ab', 'a']) {
      const [before, after = ''] = redact(b64(`${user}:${t}`), [secret]).split('***');
      expect(Buffer.from(before!, 'base64').toString('latin1')).not.toMatch(/tok|\/en/);
      expect(after.length).toBeLessThanOrEqual(4);
    }
  });

  it('never lets a secret reach the logger output, in children and secrets added later', () => {
    const chunks: string[] = [];
    const log = createLogger({ level: 'debug', stream: { write: (c: string) => chunks.push(c) }, secrets: ['pat-na1-1234abcd'], color: false });
    log.info('calling https://api.example/v1?token=pat-na1-1234abcd');
    const child = log.child('hubspot');
    child.debug('Authorization: Bearer pat-na1-1234abcd');
    child.addSecrets(['late-secret-9999']);
    log.error('failed with late-secret-9999');
    log.warn(new Error('boom pat-na1-1234abcd').message);
    const text = chunks.join('');
    expect(text).not.toContain('pat-na1-1234abcd');
    expect(text).not.toContain('late-secret-9999');
    expect(text).toContain('token=***');
    expect(text).toContain('[hubspot] ');
    expect(chunks).toHaveLength(4);
  });

  it('memoryLogger captures redacted lines and respects the level', () => {
    const log = memoryLogger({ level: 'info', secrets: ['s3cr3t-value'] });
    log.debug('hidden');
    log.info('value s3cr3t-value');
    log.child('csv').warn('careful');
    expect(log.lines).toEqual(['value ***', 'warn [csv] careful']);
    expect(log.entries[1]).toEqual({ level: 'warn', prefix: 'csv', message: 'careful' });
  });
});

describe('createLogger', () => {
  const capture = (opts: Parameters<typeof createLogger>[0] = {}) => {
    const chunks: string[] = [];
    const log = createLogger({ stream: { write: (c: string) => chunks.push(c), isTTY: true }, env: {}, ...opts });
    return { log, chunks };
  };

  it('colours only on a TTY without NO_COLOR', () => {
    const tty = capture();
    tty.log.warn('x');
    expect(tty.chunks[0]).toContain('\x1b[');
    const noColor = capture({ env: { NO_COLOR: '1' } });
    noColor.log.warn('x');
    expect(noColor.chunks[0]).toBe('warn x\n');
    const pipe = createLogger({ stream: { write: (c: string) => void noColor.chunks.push(c) }, env: {} });
    pipe.error('y');
    expect(noColor.chunks[1]).toBe('error y\n');
  });

  it('filters by level and writes JSON lines on request', () => {
    const { log, chunks } = capture({ level: 'warn', json: true, secrets: ['topsecret'] });
    log.info('skipped');
    log.child('posts').warn('topsecret leaked?');
    expect(chunks.map((c) => JSON.parse(c))).toEqual([{ level: 'warn', prefix: 'posts', message: '*** leaked?' }]);
    expect(log.enabled('debug')).toBe(false);
    expect(log.enabled('error')).toBe(true);
  });

  it('silentLogger writes nothing and is shared safely', () => {
    expect(silentLogger.child('x')).toBe(silentLogger);
    expect(Object.isFrozen(silentLogger)).toBe(true);
    silentLogger.info('nothing');
  });
});
