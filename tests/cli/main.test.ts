import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CadenceError } from '../../src/core/errors.ts';
import { exitCodeFor, exitCodes } from '../../src/cli/exit-codes.ts';
import { importFunction } from '../../src/cli/lazy-import.ts';
import { main } from '../../src/cli/main.ts';
import { reportCheck, reportPull } from '../../src/cli/results.ts';
import type { CliContext } from '../../src/cli/context.ts';

const unexpected = (): never => {
  throw new Error('expected a rejection');
};

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function projectWith(config: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cadence-main-'));
  made.push(dir);
  await writeFile(path.join(dir, 'cadence.config.ts'), config);
  return dir;
}

async function run(args: string[], cwd = process.cwd()) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(['node', 'cadence', ...args], {
    io: { stdout: { write: (c: string) => stdout.push(c) }, stderr: { write: (c: string) => stderr.push(c) }, cwd, env: { NO_COLOR: '1' } },
    signal: new AbortController().signal,
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

function fakeContext(): CliContext & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (c: string) => out.push(c) }, stderr: { write: (c: string) => err.push(c) }, cwd: '/', env: {}, clock: { now: () => new Date(0) } },
    signal: new AbortController().signal,
    exitCode: 0,
    out,
    err,
  };
}

describe('exit codes', () => {
  it('maps error codes to 2 (invalid input), 130 (stopped) or 1', () => {
    const code = (c: ConstructorParameters<typeof CadenceError>[0]) => exitCodeFor(new CadenceError(c, 'x'));
    for (const c of ['CADENCE_CONFIG_INVALID', 'CADENCE_CONFIG_NOT_FOUND', 'CADENCE_CONFIG_SECRET_LITERAL', 'CADENCE_ENV_MISSING', 'CADENCE_SOURCE_UNKNOWN', 'CADENCE_PLUGIN_OPTIONS_INVALID', 'CADENCE_CSV_MAPPING_INVALID', 'CADENCE_PERIOD_INVALID', 'CADENCE_INIT_NOT_EMPTY'] as const) {
      expect(code(c), c).toBe(exitCodes.invalidInput);
    }
    expect(code('CADENCE_PULL_ABORTED')).toBe(exitCodes.interrupted);
    expect(code('CADENCE_FETCH_FAILED')).toBe(exitCodes.failure);
    expect(exitCodeFor(new Error('bug'))).toBe(exitCodes.failure);
    expect(exitCodeFor(new DOMException('stop', 'AbortError'))).toBe(exitCodes.interrupted);
    expect(exitCodes.noNewData).toBe(3);
  });
});

describe('main', () => {
  it('prints a config error with its key path and exits 2 before loading the command module', async () => {
    const dir = await projectWith(`export default { brand: { name: 'x', handles: 'x' } };\n`);
    for (const command of ['pull', 'check', 'build', 'dev']) {
      const result = await run(['--cwd', dir, command]);
      expect(result.code, command).toBe(2);
      expect(result.stderr).toContain('CADENCE_CONFIG_INVALID');
      expect(result.stderr).toContain('brand.handles: expected array, found string "x"');
    }
  });

  it('exits 2 with CADENCE_CONFIG_NOT_FOUND in a folder without a config', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cadence-main-empty-'));
    made.push(dir);
    const result = await run(['check'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('CADENCE_CONFIG_NOT_FOUND');
  });

  it('resolves --config against --cwd', async () => {
    const dir = await projectWith(`export default { brand: { name: 'x' } };\n`);
    await writeFile(path.join(dir, 'bad.config.ts'), `export default { brand: {} };\n`);
    const result = await run(['--cwd', dir, '--config', 'bad.config.ts', 'dev', '--port', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(at bad.config.ts)');
    expect(result.stderr).toContain('brand.name: expected string, found nothing');
  });
});

describe('importFunction', () => {
  it('turns a missing module into CADENCE_COMMAND_UNAVAILABLE', async () => {
    const error = await importFunction(new URL('../../src/nowhere/missing.ts', import.meta.url), 'run', 'nothing').then(unexpected, (e: unknown) => e as CadenceError);
    expect(error.code).toBe('CADENCE_COMMAND_UNAVAILABLE');
    expect(error.message).toContain('src/nowhere/missing.ts');
  });

  it('names a missing export', async () => {
    const error = await importFunction(new URL('../../src/cli/exit-codes.ts', import.meta.url), 'runSomething', 'x').then(unexpected, (e: unknown) => e as CadenceError);
    expect(error.code).toBe('CADENCE_COMMAND_UNAVAILABLE');
    expect(error.message).toContain('runSomething()');
  });

  it('returns the function when it is there', async () => {
    const fn = await importFunction<typeof exitCodeFor>(new URL('../../src/cli/exit-codes.ts', import.meta.url), 'exitCodeFor', 'x');
    expect(fn(new Error('x'))).toBe(1);
  });
});

describe('results', () => {
  it('a failed source in a pull prints its error and exits 1 (2 for input errors)', () => {
    const ctx = fakeContext();
    reportPull(ctx, { sources: [{ source: 'a', status: 'ok' }, { source: 'b', status: 'failed', error: new CadenceError('CADENCE_FILE_NOT_FOUND', 'exports/b.csv does not exist.') }] });
    expect(ctx.exitCode).toBe(1);
    expect(ctx.err.join('')).toContain('CADENCE_FILE_NOT_FOUND');
    reportPull(ctx, { sources: [{ source: 'c', status: 'failed', error: new CadenceError('CADENCE_CSV_MAPPING_INVALID', 'x') }] });
    expect(ctx.exitCode).toBe(2);
  });

  it('check prints one line per source with its streams and exits 1 when one is not ready', () => {
    const ctx = fakeContext();
    reportCheck(ctx, [
      { source: 'posts', plugin: 'csv', ok: true, message: 'exports/posts.csv: 14 columns', streams: { posts: { entity: 'posts', next: 'whole file' } } },
      { source: 'crm', plugin: 'hubspot', ok: false, message: 'token rejected' },
    ]);
    expect(ctx.out.join('')).toBe('✓ posts (csv): exports/posts.csv: 14 columns\n    posts: next pull fetches whole file\n✗ crm (hubspot): token rejected\n');
    expect(ctx.exitCode).toBe(1);
  });
});
