/**
 * `cadence check` → runCheck() of src/plugins/check.ts, and its report: per source ✓ (ready),
 * ⚠ (some sampled rows would be rejected) or ✗ (not ready: exit 1, or 2 for a config or mapping
 * error), what the next pull fetches, and for file sources how many of the first rows would
 * import, with the reasons of the others grouped by code and column.
 * `cadence check --data` → checkDataFolder() of src/core/store/check-data.ts: every file of the
 * data folder against the manifest; per damaged file what is wrong and the fix (exit 1).
 * `cadence check --engine` → checkEngine() of src/core/store/check-engine.ts: the configured
 * engine counts every entity of the data folder, against the manifest (exit 1 when it cannot).
 */
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { isCadenceError } from '../../core/errors.ts';
import type { SourceCheck } from '../../plugins/check.ts';
import type { DataCheck } from '../../core/store/check-data.ts';
import type { EngineCheck } from '../../core/store/check-engine.ts';
import type { ReaderOptions } from '../../core/store/reader.ts';
import { configOf, logOf, out, type CliContext } from '../context.ts';
import type { RunCheckOptions } from '../contracts.ts';
import { exitCodeFor, exitCodes } from '../exit-codes.ts';
import { importFunction } from '../lazy-import.ts';
import { reportCheck } from '../results.ts';

/** What runCheck takes beyond the common contract. */
type CheckOptions = RunCheckOptions & { sampleRows?: number; okShare?: number };

export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .summary('test the config and every source')
    .description(
      'Validate cadence.config.ts and run each source’s read-only check: files exist, credentials work, ' +
        'and what the next pull would fetch. For file sources, the first rows of every file go through the mapping ' +
        'and the same casts and checks as a pull, in a throw-away database: ✓ when every sampled row imports ' +
        '(or --ok-share of them), ⚠ when some would be rejected, ✗ when none would import or more than a pull allows ' +
        '(sources.<name>.allowRejects, default half). Nothing is written. Exits 1 when a source is not ready, 2 for a config or mapping error. ' +
        'With --data: verify the data folder instead — every file data/manifest.json lists (size and sha256), naming each damaged file and the fix; exits 1 when one is damaged. ' +
        'With --engine: prove that the configured engine (engine in the config: DuckDB, or a ClickHouse server) reads the data folder — every entity counted there against the manifest; exits 1 when it cannot.',
    )
    .option('--data', 'verify the data folder against its manifest instead of checking the sources')
    .option('--engine', 'prove that the configured engine reads the data folder (every entity counted against the manifest)')
    .option('--sample-rows <rows>', 'rows of each file to run through the mapping (0: none)', wholeNumber, 1000)
    .option('--ok-share <percent>', 'share of the sampled rows that must import for ✓', percent, 100)
    .addHelpText(
      'after',
      `
Examples:
  $ npx cadence check                        check the project in this folder
  $ npx cadence check --sample-rows 10000    prove the mappings on more rows
  $ npx cadence check --ok-share 99          ✓ when at least 99% of the sampled rows import
  $ npx cadence --cwd ../brand-reports check   check another project
  $ npx cadence --config ci.config.ts check  check another config file
  $ npx cadence check --data                 verify every file of the data folder (sha256)
  $ npx cadence check --engine               count the data folder on the configured engine (e.g. ClickHouse)`,
    )
    .action(async (opts: { sampleRows: number; okShare: number; data?: boolean; engine?: boolean }, command: Command) => {
      const { config, path: configPath, projectDir } = await configOf(command, ctx);
      if (opts.engine) {
        const checkEngine = await importFunction<(dataDir: string, o: ReaderOptions) => Promise<EngineCheck>>(new URL('../../core/store/check-engine.ts', import.meta.url), 'checkEngine', 'check');
        const started = ctx.io.clock.now().getTime();
        const r = await checkEngine(path.resolve(projectDir, config.dataDir), { engine: config.engine, env: ctx.io.env });
        const n = (x: number) => x.toLocaleString('en');
        const seconds = ((ctx.io.clock.now().getTime() - started) / 1000).toFixed(2);
        if (r.entities.length === 0) out(ctx, `${symbols.ok} ${r.engine} answers; the data folder holds no rows yet (${seconds} s)`);
        else out(ctx, `${symbols.ok} ${r.engine} reads the data folder${r.generation === null ? '' : ` (generation ${r.generation})`}: ${r.entities.map((e) => `${e.name} ${n(e.read)}`).join(', ')} rows, as the manifest lists (${seconds} s)`);
        return;
      }
      if (opts.data) {
        const checkDataFolder = await importFunction<(dataDir: string) => Promise<DataCheck>>(new URL('../../core/store/check-data.ts', import.meta.url), 'checkDataFolder', 'check');
        const dataDir = path.resolve(projectDir, config.dataDir);
        const started = ctx.io.clock.now().getTime();
        const result = await checkDataFolder(dataDir);
        reportData(ctx, result, path.relative(projectDir, dataDir) || '.', (ctx.io.clock.now().getTime() - started) / 1000);
        return;
      }
      const runCheck = await importFunction<(o: CheckOptions) => Promise<unknown>>(new URL('../../plugins/check.ts', import.meta.url), 'runCheck', 'check');
      const options: CheckOptions = { projectDir, config, configPath, log: logOf(ctx), signal: ctx.signal, clock: ctx.io.clock, sampleRows: opts.sampleRows, okShare: opts.okShare / 100 };
      const result = await runCheck(options);
      if (Array.isArray(result) && result.every((c) => c && typeof c === 'object' && 'status' in c)) reportSources(ctx, result as SourceCheck[]);
      else reportCheck(ctx, result);
    });
}

const symbols = { ok: '✓', warn: '⚠', fail: '✗' } as const;

/** `check --data`: one line when sound; per damaged file what is wrong and the fix, then the coded error. */
function reportData(ctx: CliContext, r: DataCheck, shown: string, seconds: number): void {
  const n = (x: number) => x.toLocaleString('en');
  for (const d of r.damaged) {
    out(ctx, `${symbols.fail} ${shown}/${d.path} — ${d.held}`);
    out(ctx, `    wrong: ${d.wrong}`);
    if (d.diagnosis) out(ctx, `    found: ${d.diagnosis}`);
    out(ctx, `    fix:   ${d.fix}`);
  }
  const log = logOf(ctx);
  if (r.unlisted.length) {
    const some = r.unlisted.slice(0, 5).join(', ') + (r.unlisted.length > 5 ? ', …' : '');
    log.warn(`${n(r.unlisted.length)} file(s) in ${shown}/ are not in the manifest (${some}): left by a pull that stopped; no report reads them, and the next pull removes them`);
  }
  if (r.staging) log.warn(`${shown}/.tmp exists: a pull is running, or one stopped before cleaning up (the next pull removes it)`);
  if (r.error) {
    out(ctx, `${n(r.damaged.length)} of ${n(r.files)} files damaged in ${seconds.toFixed(2)} s`);
    throw r.error;
  }
  if (r.generation === 0 && r.files === 0) out(ctx, `${symbols.ok} ${shown}/ holds no data yet (no commit): nothing to verify`);
  else out(ctx, `${symbols.ok} ${n(r.files)} ${r.files === 1 ? 'file' : 'files'}, ${n(r.rows)} ${r.rows === 1 ? 'row' : 'rows'} verified in ${seconds.toFixed(2)} s (${shown}/, generation ${r.generation}: sizes and sha256 match data/manifest.json)`);
}

/** Prints each source, its streams and mapping proofs; prints the errors and sets the exit code. */
function reportSources(ctx: CliContext, checks: SourceCheck[]): void {
  if (checks.length === 0) out(ctx, 'No sources are configured (add one under `sources` in the config).');
  for (const c of checks) {
    out(ctx, `${symbols[c.status]} ${c.source} (${c.plugin}): ${c.message}`.trimEnd());
    for (const [stream, s] of Object.entries(c.streams).sort(([a], [b]) => (a < b ? -1 : 1))) {
      out(ctx, `    ${stream}${s.entity !== stream ? ` → ${s.entity}` : ''}: next pull fetches ${s.next}`);
      for (const p of c.proofs.filter((x) => x.stream === stream)) {
        out(ctx, `    ${symbols[p.status]} ${stream}: ${p.summary}`);
        for (const reason of p.reasons) out(ctx, `        ${reason}`);
      }
    }
    if (c.status !== 'fail') continue;
    if (isCadenceError(c.error)) logOf(ctx).error(c.error.message);
    else logOf(ctx).error(`${c.source}: ${c.message || 'not ready'}`);
    ctx.exitCode = worse(ctx.exitCode, c.error ? exitCodeFor(c.error) : exitCodes.failure);
  }
}

/** The worse of two exit codes (interrupted > invalid input > failure > ok), as for every command. */
function worse(a: number, b: number): number {
  const order: number[] = [exitCodes.ok, exitCodes.noNewData, exitCodes.failure, exitCodes.invalidInput, exitCodes.interrupted];
  return order.indexOf(b) > order.indexOf(a) ? b : a;
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of rows, e.g. 1000');
  return n;
}

function percent(value: string): number {
  const n = Number(value.replace(/%$/, ''));
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a percentage from 0 to 100, e.g. 99');
  return n;
}
