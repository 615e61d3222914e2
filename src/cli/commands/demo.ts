/**
 * `cadence demo [--no-open]` → runDemo() of src/demo/run-demo.ts: write the demo exports, pull
 * them through the real plugins, build the site, say where it is.
 */
import type { Command } from 'commander';
import { isCadenceError } from '../../core/errors.ts';
import { configOf, logOf, placeOf, progressOf, type CliContext } from '../context.ts';
import type { GenerateDemoOptions } from '../contracts.ts';
import { importFunction } from '../lazy-import.ts';
import { reportResult } from '../results.ts';

export function registerDemo(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .summary('build the demo reports from bundled sample data')
    .description('Generate the bundled sample data, pull it, build the demo report site and open it in a browser.')
    .option('--no-open', 'do not open a browser when the site is built')
    .addHelpText(
      'after',
      `
Examples:
  $ npm run demo                   the same as npx cadence demo
  $ npx cadence demo --no-open     build only (in CI or over SSH)`,
    )
    .action(async (opts: { open: boolean }, command: Command) => {
      const loaded = await configOf(command, ctx).catch((error: unknown) => {
        if (isCadenceError(error) && error.code === 'CADENCE_CONFIG_NOT_FOUND') return undefined;
        throw error;
      });
      const runDemo = await importFunction<(o: GenerateDemoOptions) => Promise<unknown>>(new URL('../../demo/run-demo.ts', import.meta.url), 'runDemo', 'demo');
      const options: GenerateDemoOptions = {
        projectDir: loaded?.projectDir ?? placeOf(command, ctx.io).projectDir,
        config: loaded?.config,
        configPath: loaded?.path,
        log: logOf(ctx),
        progress: progressOf(ctx),
        open: opts.open !== false,
        signal: ctx.signal,
        clock: ctx.io.clock,
      };
      reportResult(ctx, await runDemo(options));
    });
}
