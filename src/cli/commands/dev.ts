/**
 * `cadence dev [--port <n>] [--host <h>]`: serves the built site under its base path until Ctrl-C.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { CadenceError } from '../../core/errors.ts';
import { configOf, logOf, out, type CliContext } from '../context.ts';
import { startStaticServer } from '../../site/static-server.ts';

export const defaultPort = 4321;
export const defaultHost = '127.0.0.1';

export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535) throw new InvalidArgumentError('expected a port number (0–65535; 0 picks a free one)');
  return n;
}

export function registerDev(program: Command, ctx: CliContext): void {
  program
    .command('dev')
    .summary('preview the built site in a browser')
    .description(
      'Serve the built site (site.outDir) under its base path (site.base) on a local address, until Ctrl-C. ' +
        'Run `cadence build` first; rebuild and reload the page to see changes.',
    )
    .option('--port <n>', `port to listen on (0 picks a free one)`, parsePort, defaultPort)
    .option('--host <h>', 'address to listen on; 0.0.0.0 makes it reachable from other machines', defaultHost)
    .addHelpText(
      'after',
      `
Examples:
  $ npx cadence dev                    http://127.0.0.1:${defaultPort}/ (plus site.base)
  $ npx cadence dev --port 8080        another port
  $ npx cadence dev --host 0.0.0.0     reachable from your phone on the same network`,
    )
    .action(async (opts: { port: number; host: string }, command: Command) => {
      const { config, projectDir } = await configOf(command, ctx);
      const root = path.resolve(projectDir, config.site.outDir);
      if (!existsSync(root)) {
        throw new CadenceError('CADENCE_SITE_NOT_BUILT', `${path.relative(projectDir, root) || root} does not exist.`, { place: { file: root } });
      }
      const log = logOf(ctx);
      const server = await startStaticServer({ root, base: config.site.base, host: opts.host, port: opts.port, log: log.child('dev') });
      out(ctx, `Serving ${path.relative(projectDir, root) || '.'}/ at ${server.url}  (Ctrl-C to stop)`);
      await new Promise<void>((resolve) => {
        if (ctx.signal.aborted) resolve();
        else ctx.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      await server.close();
    });
}
