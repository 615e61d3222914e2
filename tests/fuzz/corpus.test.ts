/**
 * The fuzz corpus (generate.ts) through the real pull: damaged and hostile variants of a csv,
 * a Brandwatch and a Meltwater export. No case may lose a row silently:
 *
 * - deterministic damage (mixed line endings, lone CRs, NULs, impossible dates, odd numbers, SQL
 *   fragments): every row of the file is imported — with exactly the values written — or
 *   rejected with the expected code on its line, and nothing else: rows in = imported + rejected;
 * - random damage (truncations, byte flips): the pull ends imported-with-rejects or with a coded
 *   error (never DuckDB's own message); every row the damage did not touch is stored exactly as
 *   in the undamaged file, or named by a reject; and no more rows are counted than the file has
 *   lines (a simple line reader's count).
 *
 * In process, each case bounded in time. The 100,000-cell row and the 20 MB field run in a child
 * process whose peak memory is measured; a handful of cases go through the `cadence` CLI.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullFixture, type PullFixtureResult } from '../../src/plugins/testkit.ts';
import { makeProject } from '../plugins/project.ts';
import { runCli } from '../cli/run-cli.ts';
import { byteFlips, cleanExport, corpus, hugeField, hugeRow, makeBase, mixedEndings, type Base, type BaseName, type FuzzCase } from './generate.ts';

/** Codes a damaged export may end with instead of importing (each says what and where). */
const codedFailures = ['CADENCE_ROWS_REJECTED', 'CADENCE_CSV_HEADER_NOT_FOUND', 'CADENCE_CSV_MISSING_COLUMN', 'CADENCE_CSV_ENCODING', 'CADENCE_CSV_EMPTY', 'CADENCE_CSV_MAPPING_INVALID', 'CADENCE_CSV_MALFORMED_ROW', 'CADENCE_ID_COLLAPSE'];
/** DuckDB's own wording, which must never reach the user. */
const rawDuckDb = /Invalid Input Error|Parser Error|Binder Error|Conversion Error|state machine|strict_mode|Catalog Error/;

let dir: string;
const clean = new Map<BaseName, Map<string, Record<string, unknown>>>();

const provenance = new Set(['source_file', 'source_line', 'imported_at', 'source_name', 'source_plugin', 'source_stream']);
const content = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([k]) => !provenance.has(k)));

async function pull(c: { base: Base; file: string }): Promise<PullFixtureResult & { warnings: string[] }> {
  const warnings: string[] = [];
  const log = { debug() {}, info() {}, warn: (m: string) => void warnings.push(m), error() {} };
  const run = await pullFixture({ plugin: c.base.plugin, projectDir: dir, options: c.base.options(c.file), log, ...(c.base.config ? { config: c.base.config as never } : {}) });
  await run.cleanup();
  return Object.assign(run, { warnings });
}

/** Non-blank physical lines after the header (LF, CR LF and lone CR each end one): no pull can count more rows. */
function dataLines(c: FuzzCase): number {
  const text = c.base.encoding === 'utf-16le' ? c.bytes.subarray(2).toString('utf16le') : c.bytes.toString('utf8');
  const lines = text.split(/\r\n|\n|\r/);
  return lines.slice(c.base.preamble.length + 1).filter((l) => l.trim() !== '').length;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-fuzz-'));
  // The undamaged exports, pulled once: what an untouched row must be stored as.
  const sizes = { csv: 2000, brandwatch: 600, meltwater: 300 };
  for (const [b, name] of (['csv', 'brandwatch', 'meltwater'] as const).entries()) {
    const c = cleanExport(makeBase(name, sizes[name], 15 + b));
    await writeFile(join(dir, c.file), c.bytes);
    const run = await pull(c);
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: c.base.rows.length, rejected: 0 });
    clean.set(name, new Map((run.rows.mentions ?? []).map((r) => [String(r.id), content(r)])));
  }
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the fuzz corpus through the real pull', () => {
  it.each(corpus().map((c) => [c.name, c] as const))('%s', async (_, c) => {
    await writeFile(join(dir, c.file), c.bytes);
    const started = performance.now();
    const run = await pull(c);
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(20);
    const outcome = run.result.sources[0]!;
    const stored = new Map((run.rows.mentions ?? []).map((r) => [String(r.id), r]));
    if (outcome.status !== 'ok') {
      // A coded error that says what and where — never DuckDB's raw message, never an uncoded one.
      expect(c.fates, `${c.name} must import: ${outcome.error?.message}`).toBeUndefined();
      expect(codedFailures).toContain(outcome.error?.code ?? outcome.failedStreams?.[0]?.code);
      expect(`${outcome.error?.message ?? ''} ${outcome.failedStreams?.map((e) => e.message).join(' ') ?? ''}`).not.toMatch(rawDuckDb);
      return;
    }
    for (const r of run.rejects) expect(r.reason).not.toMatch(rawDuckDb);
    const cleanRows = clean.get(c.base.name)!;
    if (c.fates) {
      // Every row of the file accounted for: imported with exactly the values written, or rejected on its line.
      const imports = [...c.fates].filter(([, f]) => f.kind === 'import');
      const rejects = [...c.fates].filter(([, f]) => f.kind === 'reject');
      expect(outcome.added + outcome.rejected).toBe(c.fates.size);
      expect(outcome.added).toBe(imports.length);
      expect(run.rejects).toHaveLength(rejects.length);
      for (const [id, fate] of c.fates) {
        if (fate.kind === 'import') {
          const row = stored.get(id);
          expect(row, `row ${id} missing`).toBeDefined();
          if (fate.fields) expect(row).toMatchObject(fate.fields);
          // Rows the variant did not change are stored as the undamaged export's.
          else expect(content(row!)).toEqual(cleanRows.get(id));
        } else {
          expect(stored.has(id)).toBe(false);
          expect(run.rejects).toContainEqual(expect.objectContaining({ line: String(c.lines!.get(id)), code: fate.code }));
        }
      }
      return;
    }
    // Random damage: nothing untouched lost or changed, nothing counted twice.
    const rejectText = run.rejects.map((r) => `${r.raw}\u0000${r.value}`).join('\n');
    const duplicated = run.warnings.some((w) => /repeated the id/.test(w));
    for (const id of c.untouched!) {
      const row = stored.get(id);
      if (row && !(duplicated && JSON.stringify(content(row)) !== JSON.stringify(cleanRows.get(id)))) expect(content(row), `row ${id}`).toEqual(cleanRows.get(id));
      else expect(rejectText.includes(id) || duplicated, `row ${id} neither stored nor rejected`).toBe(true);
    }
    expect(outcome.added + outcome.rejected).toBeGreaterThanOrEqual(c.untouched!.size);
    expect(outcome.added + outcome.rejected).toBeLessThanOrEqual(dataLines(c));
    for (const r of run.rejects) expect(Number(r.line)).toBeGreaterThan(c.base.preamble.length + 1);
  });
});

/** Runs one pull in a child process and reads its time and peak memory (maxRSS). */
function pullInChild(c: FuzzCase): Promise<{ status: string; added: number; rejected: number; code?: string; rejects: { line: string; code: string; reason: string }[]; ms: number; maxRssMiB: number }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'pull-child.ts'), dir, c.base.plugin, JSON.stringify(c.base.options(c.file))],
      { cwd: join(import.meta.dirname, '../..'), timeout: 120_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith('{'));
        if (!line) reject(new Error(`child failed: ${error?.message}\n${stderr}`));
        else resolve(JSON.parse(line));
      },
    );
  });
}

describe('absurd rows, in a child process: bounded time and memory', () => {
  it('one row of 100,000 extra cells (0.7 MiB) is one reject, in seconds, without gigabytes', async () => {
    const c = hugeRow(makeBase('csv', 2000, 15), 100_000);
    await writeFile(join(dir, c.file), c.bytes);
    const r = await pullInChild(c);
    expect(r).toMatchObject({ status: 'ok', added: 1999, rejected: 1 });
    const id = [...c.fates!].find(([, f]) => f.kind === 'reject')![0];
    expect(r.rejects).toEqual([expect.objectContaining({ line: String(c.lines!.get(id)), code: 'CADENCE_CSV_MALFORMED_ROW', reason: expect.stringContaining('too many cells: 100,006 cells where the header has 6') })]);
    expect(r.ms).toBeLessThan(20_000);
    expect(r.maxRssMiB).toBeLessThan(1024);
  }, 130_000);

  it('a 20 MB field is one reject (a row may take 4 MiB), in bounded time and memory; the rest imports', async () => {
    const c = hugeField(makeBase('csv', 2000, 15), 20 * 2 ** 20);
    await writeFile(join(dir, c.file), c.bytes);
    const r = await pullInChild(c);
    expect(r).toMatchObject({ status: 'ok', added: 1999, rejected: 1 });
    const id = [...c.fates!].find(([, f]) => f.kind === 'reject')![0];
    expect(r.rejects).toEqual([expect.objectContaining({ line: String(c.lines!.get(id)), code: 'CADENCE_CSV_MALFORMED_ROW', reason: expect.stringMatching(/the row is 20\.0 MiB long, over the 4\.0 MiB a row may take/) })]);
    expect(r.ms).toBeLessThan(20_000);
    expect(r.maxRssMiB).toBeLessThan(1024);
  }, 130_000);
});

describe('through the cadence CLI', () => {
  const config = (file: string) => `import { defineConfig } from 'cadence/config';
export default defineConfig({ brand: { name: 'Acme' }, timezone: 'UTC', sources: { fuzz: { plugin: 'csv', options: ${JSON.stringify(makeBase('csv', 10, 15).options(file))} } } });
`;
  const projects: string[] = [];
  afterAll(async () => {
    for (const p of projects) await rm(p, { recursive: true, force: true });
  });

  it.each([
    ['mixed line endings: every row imports, exit 0', (base: Base) => mixedEndings(base), 0],
    ['byte flips: imported with rejects (each with its line), exit 0', (base: Base) => byteFlips(base, 15002, 8), 0],
  ] as const)('%s', async (_, make, exit) => {
    const c = make(makeBase('csv', 2000, 15));
    const project = await makeProject({ 'cadence.config.ts': config(`exports/${c.file}`), 'exports/.keep': '' });
    projects.push(project);
    await writeFile(join(project, 'exports', c.file), c.bytes);
    const r = await runCli(['pull'], { cwd: project, env: { CI: 'true' } });
    expect(r.stdout + r.stderr).not.toMatch(rawDuckDb);
    expect(r.code).toBe(exit);
    const manifest = JSON.parse(await readFile(join(project, 'data', 'manifest.json'), 'utf8'));
    const summary = /pull fuzz: ([\d,]+) added, [\d,]+ updated, [\d,]+ unchanged, ([\d,]+) rejected/.exec(r.stderr);
    expect(summary, r.stderr).not.toBeNull();
    const [added, rejected] = [Number(summary![1]!.replaceAll(',', '')), Number(summary![2]!.replaceAll(',', ''))];
    if (c.fates) expect(added + rejected).toBe(c.fates.size);
    else expect(added + rejected).toBeGreaterThanOrEqual(c.untouched!.size);
    expect(manifest.entities.mentions.rows).toBe(added);
  }, 120_000);
});
