/**
 * The ClickHouse engine's HTTP path (`engine: { kind: 'clickhouse', url, … }`, through the
 * official `@clickhouse/client`), against a local stand-in that answers as a ClickHouse server
 * does and runs the queries with ClickHouse itself (clickhouse-http-standin.ts): the demo's
 * report models over HTTP equal DuckDB's, the client sends one session, the NULL-semantics
 * settings and the password only as credentials, and every failure is coded.
 *
 * A real server: set CADENCE_CLICKHOUSE_URL (and CADENCE_CLICKHOUSE_USER, CADENCE_CLICKHOUSE_PASSWORD,
 * and CADENCE_CLICKHOUSE_DATA_DIR: a folder this machine writes and the server reads at the same
 * path, under its user_files_path) to run the parity against it too; skipped, saying so, without.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chdbInstalled } from './chdb.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/core/config/load.ts';
import type { CadenceConfig, EngineConfig } from '../../src/core/schema/config.ts';
import { openReader } from '../../src/core/store/reader.ts';
import { runCli } from '../cli/run-cli.ts';
import { startStandIn, type StandIn } from './clickhouse-http-standin.ts';
import { differences, models } from './parity.ts';

const hasChdb = chdbInstalled('tests/engines/clickhouse-http.test.ts');

const env = { CADENCE_TEST_CH_PASSWORD: 'pa$$ word:with/odd chars' };
let standIn: StandIn;
let config: CadenceConfig;
let dataDir: string;

const engine = (over: Partial<Extract<EngineConfig, { kind: 'clickhouse' }>> = {}): EngineConfig => ({
  kind: 'clickhouse',
  url: standIn.url,
  database: 'default',
  user: 'cadence',
  password: { env: 'CADENCE_TEST_CH_PASSWORD' },
  ...over,
});

describe.skipIf(!hasChdb)('the ClickHouse engine over HTTP (@clickhouse/client against a stand-in server)', () => {
  beforeAll(async () => {
    const project = inject('demoProjectDir');
    config = (await loadConfig({ projectDir: project })).config;
    dataDir = join(project, config.dataDir);
    standIn = await startStandIn({ user: 'cadence', password: env.CADENCE_TEST_CH_PASSWORD });
  });
  afterAll(async () => {
    await standIn?.close();
  });

  it('computes the September reports exactly as DuckDB does, in one session with the NULL settings', async () => {
    const duck = await openReader(dataDir);
    const expected = await models(duck, config, ['2026-09']).finally(() => duck.close());
    standIn.requests.length = 0;
    const ch = await openReader(dataDir, { engine: engine(), env });
    try {
      const got = await models(ch, config, ['2026-09']);
      expect(differences(JSON.parse(JSON.stringify(expected)), JSON.parse(JSON.stringify(got)))).toEqual([]);
      // A parameter too long for a URL goes as a multipart body, and arrives whole.
      const [row] = await ch.query<{ n: number }>(`SELECT length(${ch.dialect.param(0)}) AS n`, ['x'.repeat(10_000)]);
      expect(row!.n).toBe(10_000);
    } finally {
      await ch.close();
    }
    const posts = standIn.requests.filter((r) => r.method === 'POST');
    expect(posts.length).toBeGreaterThan(20);
    expect(new Set(posts.map((r) => r.sessionId)).size).toBe(1);
    expect(posts[0]!.sessionId).toMatch(/^cadence-/);
    for (const r of posts) {
      expect(r.user).toBe('cadence');
      expect(r.settings).toMatchObject({ join_use_nulls: '1', aggregate_functions_null_for_empty: '1', session_timezone: 'UTC' });
      expect(r.query).not.toContain(env.CADENCE_TEST_CH_PASSWORD);
      expect(JSON.stringify(r.settings)).not.toContain(env.CADENCE_TEST_CH_PASSWORD);
    }
    expect(posts.some((r) => r.multipart && r.params.p0?.length === 10_000)).toBe(true);
    // Only reduced results travel: the views read the files where they are.
    expect(posts.filter((r) => /CREATE TEMPORARY VIEW `mentions`/.test(r.query))).toHaveLength(1);
  }, 300_000);

  it('`cadence check --engine` counts the data folder on the server (✓), and fails coded with exit 1 on wrong credentials', async () => {
    const project = await mkdtemp(join(tmpdir(), 'cadence-engine-check-'));
    try {
      await writeFile(
        join(project, 'cadence.config.ts'),
        `export default { brand: { name: 'Alpenglow' }, dataDir: ${JSON.stringify(dataDir)},
  engine: { kind: 'clickhouse', url: ${JSON.stringify(standIn.url)}, user: 'cadence', password: { env: 'CADENCE_TEST_CH_PASSWORD' } } };\n`,
      );
      const ok = await runCli(['check', '--engine'], { cwd: project, env });
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      const rows = (await openReader(dataDir).then(async (r) => (await r.close(), r.manifest))).entities.mentions!.rows;
      expect(ok.stdout).toContain(`✓ ClickHouse at ${standIn.url} reads the data folder`);
      expect(ok.stdout).toContain(`mentions ${rows.toLocaleString('en')}`);
      const bad = await runCli(['check', '--engine'], { cwd: project, env: { CADENCE_TEST_CH_PASSWORD: 'wrong' } });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('CADENCE_ENGINE_AUTH_FAILED');
      expect(bad.stdout).not.toContain('✓');
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 120_000);

  it('`cadence build` of September on the server writes the same pages, byte for byte, as on DuckDB', async () => {
    const demo = inject('demoProjectDir');
    const dirs = await Promise.all(['duckdb', 'clickhouse'].map((k) => mkdtemp(join(tmpdir(), `cadence-engine-site-${k}-`))));
    try {
      // Two projects over the demo's data folder, each with its own (empty) model cache.
      for (const [i, dir] of dirs.entries()) {
        const engineLine = i === 0 ? '' : `engine: { kind: 'clickhouse', url: ${JSON.stringify(standIn.url)}, user: 'cadence', password: { env: 'CADENCE_TEST_CH_PASSWORD' } },`;
        await writeFile(join(dir, 'cadence.config.ts'), `import config from ${JSON.stringify(join(demo, 'cadence.config.ts'))};\nexport default { ...config, dataDir: ${JSON.stringify(dataDir)}, ${engineLine} };\n`);
      }
      standIn.requests.length = 0;
      const built = await Promise.all(dirs.map((dir) => runCli(['build', '--period', '2026-09', '--out', join(dir, 'site')], { cwd: dir, env })));
      for (const b of built) expect(b.code, b.stderr).toBe(0);
      expect(standIn.requests.filter((r) => r.method === 'POST').length).toBeGreaterThan(50);
      const pages = async (dir: string) => {
        const out: Record<string, string> = {};
        for (const f of (await readdir(join(dir, 'site'), { recursive: true })).filter((f) => String(f).endsWith('.html')).sort()) out[String(f)] = await readFile(join(dir, 'site', String(f)), 'utf8');
        return out;
      };
      const [a, b] = await Promise.all(dirs.map(pages));
      expect(Object.keys(a!).length).toBeGreaterThan(40);
      expect(Object.keys(b!)).toEqual(Object.keys(a!));
      for (const f of Object.keys(a!)) expect(b![f] === a![f], f).toBe(true);
    } finally {
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    }
  }, 300_000);

  it('says when the password is wrong', async () => {
    const e = await openReader(dataDir, { engine: engine(), env: { CADENCE_TEST_CH_PASSWORD: 'wrong' } }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'CADENCE_ENGINE_AUTH_FAILED' });
    expect(String((e as Error).message)).toContain('Authentication failed');
  });

  it('says when no server answers', async () => {
    const e = await openReader(dataDir, { engine: engine({ url: 'http://127.0.0.1:9' }), env }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'CADENCE_ENGINE_UNREACHABLE' });
    expect(String((e as Error).message)).toContain('127.0.0.1:9');
  });

  it('says when the password variable is not set', async () => {
    const e = await openReader(dataDir, { engine: engine(), env: {} }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'CADENCE_ENV_MISSING' });
  });

  it('passes on the server’s message when it refuses a query', async () => {
    const ch = await openReader(dataDir, { engine: engine(), env });
    try {
      const e = await ch.query('SELECT * FROM no_such_table').catch((x: unknown) => x);
      expect(e).toMatchObject({ code: 'CADENCE_ENGINE_QUERY_FAILED' });
      expect(String((e as Error).message)).toMatch(/no_such_table/);
      // The session is still usable afterwards.
      const [row] = await ch.query<{ n: number }>('SELECT count(*) AS n FROM mentions');
      expect(row!.n).toBe(ch.manifest.entities.mentions!.rows);
    } finally {
      await ch.close();
    }
  });
});

const serverUrl = process.env.CADENCE_CLICKHOUSE_URL;
describe('against a real ClickHouse server', () => {
  it.skipIf(!serverUrl)(
    `computes the September reports exactly as DuckDB does${serverUrl ? '' : ' (skipped: set CADENCE_CLICKHOUSE_URL, and CADENCE_CLICKHOUSE_DATA_DIR to a folder the server reads, to run it)'}`,
    async () => {
      const project = inject('demoProjectDir');
      const cfg = (await loadConfig({ projectDir: project })).config;
      const shared = await mkdtemp(join(process.env.CADENCE_CLICKHOUSE_DATA_DIR ?? tmpdir(), 'cadence-parity-'));
      try {
        await cp(join(project, cfg.dataDir), join(shared, 'data'), { recursive: true });
        const duck = await openReader(join(shared, 'data'));
        const expected = await models(duck, cfg, ['2026-09']).finally(() => duck.close());
        const ch = await openReader(join(shared, 'data'), {
          engine: { kind: 'clickhouse', url: serverUrl!, database: process.env.CADENCE_CLICKHOUSE_DATABASE ?? 'default', user: process.env.CADENCE_CLICKHOUSE_USER ?? 'default', password: { env: 'CADENCE_CLICKHOUSE_PASSWORD' } },
          env: { CADENCE_CLICKHOUSE_PASSWORD: process.env.CADENCE_CLICKHOUSE_PASSWORD ?? '' },
        });
        const got = await models(ch, cfg, ['2026-09']).finally(() => ch.close());
        expect(differences(JSON.parse(JSON.stringify(expected)), JSON.parse(JSON.stringify(got)))).toEqual([]);
      } finally {
        await rm(shared, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
