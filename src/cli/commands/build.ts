/**
 * `cadence build [--period <p>] [--out <dir>]` → buildSite() of src/site/build.ts.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { configOf, logOf, placeOf, progressOf, type CliContext } from '../context.ts';
import type { BuildSiteOptions } from '../contracts.ts';
import { importFunction } from '../lazy-import.ts';
import { reportResult } from '../results.ts';

export function registerBuild(program: Command, ctx: CliContext): void {
  program
    .command('build')
    .summary('build the report site')
    .description(
      'Compute the reports from the data folder and render the static site: an index and one report per period and audience ' +
        '(/daily/2026-09-14/team/, /weekly/2026-W38/sales/, /monthly/2026-09/leadership/, /quarterly/…, /annual/…) for the cadences each audience gets, ' +
        'with findings, KPI tables and charts rendered to SVG. The same data and config give byte-identical output.',
    )
    .option('--period <period>', 'build one period only: 2026-09-14, 2026-W38, 2026-09, 2026-Q3, 2025 (default: every period that holds data; stretches without data build no pages)')
    .option('--audience <audience>', 'build one audience only (team, sales or leadership), e.g. to publish each behind its own access control')
    .option('--out <dir>', 'write the site here instead of site.outDir (default dist/)')
    .addHelpText(
      'after',
      `
Examples:
  $ npx cadence build                      every period with data, into dist/
  $ npx cadence build --period 2026-08     the August 2026 reports only
  $ npx cadence build --audience sales     the sales site only
  $ npx cadence build --out public         write the site to public/`,
    )
    .action(async (opts: { period?: string; audience?: string; out?: string }, command: Command) => {
      const { config, path: configPath, projectDir } = await configOf(command, ctx);
      const buildSite = await importFunction<(o: BuildSiteOptions) => Promise<unknown>>(new URL('../../site/build.ts', import.meta.url), 'buildSite', 'build');
      const options: BuildSiteOptions = {
        projectDir,
        config,
        configPath,
        log: logOf(ctx),
        progress: progressOf(ctx),
        period: opts.period,
        audience: opts.audience,
        outDir: opts.out ? path.resolve(placeOf(command, ctx.io).projectDir, opts.out) : undefined,
        signal: ctx.signal,
        clock: ctx.io.clock,
      };
      reportResult(ctx, await buildSite(options));
    });
}
