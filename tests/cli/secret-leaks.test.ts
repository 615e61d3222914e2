/**
 * Secrets never leak, in any form, even when their environment variable ends in a newline (a
 * `.env` with CRLF line endings) and the server echoes the credential back in its error body.
 *
 * The real `cadence` CLI pulls five token plugins at once, each against a local HTTP server on
 * 127.0.0.1: brandwatch and hubspot against their fake APIs (which accept the token, so data is
 * committed, and then answer one request with `401 Invalid token: Bearer <token>`), talkwalker,
 * ga4 and salesforce against a server that echoes the Authorization header, the URL (talkwalker's
 * token is a query parameter) and the request body (salesforce's OAuth refresh posts its secrets
 * form-encoded) in every error. Then `cadence check` and `cadence metrics` (which writes the model
 * cache). The secrets — as given, trimmed, URL-encoded, form-encoded, JSON-escaped and in base64 —
 * must appear in no output, no file of the project (data folder, rejects, manifest, cache) and
 * no error a pull returns.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../src/plugins/testkit.ts';
import { secretForms } from '../../src/core/log/redact.ts';
import { makeMentions, startFakeApi, type FakeApi } from '../../plugins/brandwatch/fake-api.ts';
import { makeContacts, makeDeals, startFakeHubspot, type FakeHubspot } from '../../plugins/hubspot/fake-api.ts';
import { configSchema, type CadenceConfigInput } from '../../src/core/schema/config.ts';
import { memoryLogger } from '../../src/core/log/logger.ts';
import { runPull } from '../../src/plugins/runner.ts';
import { runCheck } from '../../src/plugins/check.ts';
import { runCli } from './run-cli.ts';
import { makeProject } from '../plugins/project.ts';

/** Tokens with characters that URL-, form- and JSON-encoding change, each as a .env with CRLF would give it. */
const raw = {
  BW_TOKEN: 'SEKRET-bw/7f+Qz=k2~Tq\r\n',
  HS_TOKEN: 'SEKRET-hs/3a+Wx=p9 Lm\n',
  TW_TOKEN: '  SEKRET-tw/5c+Rv=q1&Zz\r\n',
  GA_TOKEN: 'SEKRET-ga/8d+Ty=m4"Kk\n',
  SF_ACCESS: 'SEKRET-sfa/1b+Uo=n6\r\n',
  SF_REFRESH: 'SEKRET-sfr/2e+Ip=h3\r\n',
  SF_SECRET: 'SEKRET-sfs/4g+Ol=j5 \n',
};
const trimmed = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.trim()])) as Record<keyof typeof raw, string>;

/** Every form a secret could be written in (the redactor's own list, plus independent spellings). */
function forms(secret: string): string[] {
  const t = secret.trim();
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return [
    ...new Set([
      secret,
      t,
      encodeURIComponent(t),
      new URLSearchParams({ x: t }).toString().slice(2),
      JSON.stringify(t).slice(1, -1),
      JSON.stringify(secret).slice(1, -1),
      // base64 of the secret alone, and its stable middle as part of `user:secret` (HTTP Basic)
      b64(t).replace(/=+$/, ''),
      b64(`client:${t}`).slice(8, -4),
      b64(`user-x:${t}`).slice(12, -4),
      ...secretForms(secret),
    ]),
  ].filter((f) => f.length >= 6);
}
const allForms = Object.values(raw).flatMap(forms);

function leaks(text: string): string[] {
  return allForms.filter((f) => text.includes(f));
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && !join(e.parentPath, e.name).includes(`${dir}/node_modules`)).map((e) => join(e.parentPath, e.name));
}

/** What a server that re-encodes the credential it got says (` — as Basic …`): base64 around the token. */
function asBasic(auth: string | undefined): string {
  const token = auth?.replace(/^Bearer /, '');
  return token ? ` — as Basic ${Buffer.from(`client:${token}`).toString('base64')}` : '';
}

/** Answers every request with a 401 that repeats what it was sent: the header, the URL, the body. */
async function startEcho(): Promise<TestServer> {
  return startTestServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    const said = `Invalid token: ${auth} for ${req.url} with ${req.body}${asBasic(auth)}`;
    res.writeHead(401, { 'content-type': 'application/json' });
    // Salesforce: an expired session (so the plugin refreshes with its secrets), then a refused refresh.
    if (req.url?.startsWith('/services/data/')) return void res.end(JSON.stringify([{ message: said, errorCode: 'INVALID_SESSION_ID' }]));
    if (req.url?.startsWith('/services/oauth2/token')) return void res.end(JSON.stringify({ error: 'invalid_grant', error_description: said }));
    res.end(
      JSON.stringify({
        // Google / Talkwalker shapes, and more, all at once.
        errors: [{ code: 401, message: said }],
        error: { code: 401, status: 'UNAUTHENTICATED', message: said },
        message: said,
        status_code: '7',
        status_message: said,
        error_description: said,
        echoed: { authorization: auth, url: req.url, body: req.body },
      }),
    );
  });
}

// Dates in the past of any run: the CLI pulls up to the real clock.
describe('secrets whose variable ends in a newline, against servers that echo them', () => {
  let project: string;
  let bw: FakeApi;
  let hs: FakeHubspot;
  let echo: TestServer;
  let config: CadenceConfigInput;
  const env = { ...raw };

  beforeAll(async () => {
    bw = await startFakeApi({
      token: trimmed.BW_TOKEN,
      projectId: 1998,
      now: () => Date.now(),
      queries: { 1999: { name: 'Acme', mentions: makeMentions(1999, 'Acme', 6, '2024-03-01T08:00:00Z') }, 2001: { name: 'Globex', mentions: makeMentions(2001, 'Globex', 3, '2024-03-01T08:00:00Z') } },
      // The second query's request is refused by a server that repeats the credential it got.
      fault: (r) => (r.params.get('queryId') === '2001' ? { status: 401, body: { errors: [{ code: 401, message: `Invalid token: ${r.authorization}${asBasic(r.authorization)}` }] } } : undefined),
    });
    const contacts = makeContacts(5, '2024-03-01T08:00:00Z');
    hs = await startFakeHubspot({
      token: trimmed.HS_TOKEN,
      now: () => Date.now(),
      contacts,
      deals: makeDeals(3, contacts.map((c) => c.id), '2024-03-02T08:00:00Z'),
      fault: (r) => (r.path.includes('/deals') ? { status: 401, body: { status: 'error', message: `Invalid token: ${r.authorization}${asBasic(r.authorization)}`, category: 'INVALID_AUTHENTICATION' } } : undefined),
    });
    echo = await startEcho();
    config = {
      brand: { name: 'Acme' },
      competitors: [{ name: 'Globex' }],
      timezone: 'UTC',
      sources: {
        bw: { plugin: 'brandwatch', options: { api: { baseUrl: bw.url, token: { env: 'BW_TOKEN' }, projectId: 1998, queryIds: [1999, 2001], startDate: '2024-03-01' } } },
        hs: { plugin: 'hubspot', options: { api: { baseUrl: hs.url, token: { env: 'HS_TOKEN' } } } },
        tw: { plugin: 'talkwalker', options: { api: { baseUrl: echo.url, token: { env: 'TW_TOKEN' }, projectId: 'p-1', startDate: '2024-03-01' } } },
        ga: { plugin: 'ga4', options: { api: { baseUrl: echo.url, token: { env: 'GA_TOKEN' }, propertyId: 123, startDate: '2024-03-01' } } },
        sf: { plugin: 'salesforce', options: { api: { instanceUrl: echo.url, tokenUrl: `${echo.url}/services/oauth2/token`, accessToken: { env: 'SF_ACCESS' }, refreshToken: { env: 'SF_REFRESH' }, clientId: 'client', clientSecret: { env: 'SF_SECRET' } } } },
      },
    };
    project = await makeProject({ 'cadence.config.ts': `import { defineConfig } from 'cadence/config';\nexport default defineConfig(${JSON.stringify(config, null, 2)});\n` });
  });

  afterAll(async () => {
    await Promise.all([bw?.close(), hs?.close(), echo?.close()]);
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('the servers really got and echoed the tokens (the test can fail)', async () => {
    const pull = await runCli(['pull', '--verbose'], { cwd: project, env });
    // Trimmed before use: the fake APIs accept the token, so rows were committed.
    expect(bw.seen.some((r) => r.authorization === `Bearer ${trimmed.BW_TOKEN}`)).toBe(true);
    expect(hs.seen.some((r) => r.authorization === `Bearer ${trimmed.HS_TOKEN}`)).toBe(true);
    expect(echo.requests.some((r) => r.headers.authorization === `Bearer ${trimmed.GA_TOKEN}`)).toBe(true);
    expect(echo.requests.some((r) => r.url.includes(new URLSearchParams({ access_token: trimmed.TW_TOKEN }).toString()))).toBe(true);
    expect(echo.requests.some((r) => r.body.includes(new URLSearchParams({ x: trimmed.SF_SECRET }).toString().slice(2)))).toBe(true);
    expect(pull.code).toBe(1);
    expect(pull.stderr).toContain('pull bw: 6 added');
    expect(pull.stderr).toMatch(/Invalid token: Bearer \*\*\*/);

    // The whitespace is named by variable, never by value.
    for (const name of Object.keys(raw)) expect(pull.stderr).toMatch(new RegExp(`${name}\\b[^\\n]*(white ?space|line break)`));

    const check = await runCli(['check', '--verbose'], { cwd: project, env });
    expect(check.code).toBe(1);
    const metrics = await runCli(['metrics', '--period', '2024-03'], { cwd: project, env });
    expect(metrics.code, metrics.stderr).toBe(0);

    expect(leaks(pull.stdout), 'pull stdout').toEqual([]);
    expect(leaks(pull.stderr), 'pull stderr').toEqual([]);
    expect(leaks(check.stdout), 'check stdout').toEqual([]);
    expect(leaks(check.stderr), 'check stderr').toEqual([]);
    expect(leaks(metrics.stdout + metrics.stderr), 'metrics output').toEqual([]);
    const files = await filesUnder(project);
    expect(files.some((f) => f.endsWith('manifest.json'))).toBe(true);
    expect(files.some((f) => f.includes('/.cadence/cache/'))).toBe(true);
    for (const file of files) expect(leaks((await readFile(file)).toString('latin1')), file).toEqual([]);
  }, 60_000);

  it('no error a pull or a check returns holds a secret (its message, detail, details or cause)', async () => {
    const dataDir = `.data-in-process`;
    const parsed = configSchema.parse({ ...config, dataDir });
    const log = memoryLogger();
    const pulled = await runPull({ projectDir: project, config: parsed, log, env });
    const errors = pulled.sources.flatMap((o) => [o.error, ...(o.streamErrors ?? []), ...(o.failedStreams ?? [])]).filter((e) => e !== undefined);
    expect(errors.length).toBeGreaterThanOrEqual(5);
    const checked = await runCheck({ projectDir: project, config: parsed, log, env });
    errors.push(...checked.flatMap((c) => (c.error ? [c.error] : [])));
    for (const e of errors) {
      const cause = e.cause instanceof Error ? `${e.cause.message}\n${e.cause.stack}` : String(e.cause ?? '');
      expect(leaks(`${e.message}\n${e.detail}\n${e.hint}\n${JSON.stringify(e.details)}\n${cause}`), e.message).toEqual([]);
    }
    expect(leaks(checked.map((c) => c.message).join('\n'))).toEqual([]);
    expect(leaks(log.text())).toEqual([]);
  }, 60_000);
});
