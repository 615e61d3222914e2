/**
 * Runs the real `cadence` launcher (bin/cadence.mjs) in a child process, with the node that runs
 * the tests (the pinned Node 24, not whatever `node` is first on PATH).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(repoRoot, 'bin', 'cadence.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: options.cwd ?? repoRoot, env: { ...process.env, NO_COLOR: '1', ...options.env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
