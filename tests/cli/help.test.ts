import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.ts';

/** Each command and words its --help must show (its options and an example). */
const commands: Record<string, string[]> = {
  init: ['[dir]', '--force', 'Examples:', 'cadence init my-reports'],
  pull: ['[sources...]', '--wait [seconds]', '--full', '--allow-rejects', '--memory <size>', 'Examples:', 'cadence pull posts mentions'],
  forget: ['[sources...]', '--damaged', '--dry-run', 'Examples:'],
  check: ['--data', 'Examples:', 'cadence check', 'cadence check --data'],
  build: ['--period <period>', '--out <dir>', 'Examples:', '2026-08'],
  dev: ['--port <n>', '--host <h>', 'Examples:', '4321'],
  demo: ['--no-open', 'Examples:', 'npm run demo'],
  metrics: ['--period <period>', '--as-of', '--list', 'Examples:', 'last-month'],
  pdf: ['--period <id>', '--audience <audience>', '--deck <dept>', '--paper <size>', '--build', 'Examples:', 'cadence pdf --deck sales'],
  digest: ['--kind <kind>', '--send', '--resend', '--format <format>', 'Examples:', 'cadence digest'],
  catalog: ['--lang <code>', '--all', '--only <prefix...>', '--json', 'Examples:', 'cadence catalog --lang hu'],
};

describe('cadence --help', () => {
  it('lists every command and the global options', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const name of Object.keys(commands)) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    for (const option of ['--cwd <dir>', '--config <file>', '--verbose', '--quiet']) expect(run.stdout).toContain(option);
    expect(run.stdout).toContain('Exit codes:');
  });

  it.each(Object.entries(commands))('cadence %s --help shows its options and examples', async (name, words) => {
    const run = await runCli([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: cadence ${name}`);
    for (const word of words) expect(run.stdout).toContain(word);
    expect(run.stdout).toContain('--cwd <dir>'); // global options are shown too
  });

  it('cadence help <command> works like <command> --help', async () => {
    const run = await runCli(['help', 'pull']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--wait [seconds]');
  });

  it('prints the version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 on an unknown command or a bad option value', async () => {
    const unknown = await runCli(['pul']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'pul'");
    expect(unknown.stderr).toContain('Did you mean pull?');
    const wait = await runCli(['pull', '--wait', 'soon']);
    expect(wait.code).toBe(2);
    expect(wait.stderr).toContain('expected a number of seconds');
  });

  it('runs through `npx cadence` from the repository root', async () => {
    const command = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(command, ['cadence', 'build', '--help'], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
      );
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--period <period>');
  });
});
