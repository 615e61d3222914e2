/**
 * `cadence pdf [--period <id>] [--audience <a>] [--deck <dept|all>] [--paper A4|Letter] [--out <dir>] [--build] [--chromium <path>]`
 * → runPdf() of src/pdf/run-pdf.ts.
 */
import path from 'node:path';
import { Option, type Command } from 'commander';
import { audienceNames } from '../../core/schema/config.ts';
import { deckNames } from '../../site/decks/names.ts';
import { configOf, logOf, out, placeOf, type CliContext } from '../context.ts';
import { importFunction } from '../lazy-import.ts';
import { reportResult } from '../results.ts';
import type { RunPdfOptions } from '../../pdf/run-pdf.ts';

export function registerPdf(program: Command, ctx: CliContext): void {
  program
    .command('pdf')
    .summary('print report pages and roadshow decks of the built site to PDF (headless Chromium)')
    .description(
      'Print report pages of the built site (site.outDir) to PDF with headless Chromium, one file per page named ' +
        '<cadence>-<period>-<audience>.pdf, with the report and period in the header and "page X of Y" in the footer. ' +
        'A quarter (--period 2026-Q3) also prints its roadshow decks, one 16:9 page per slide, as roadshow-<quarter>-<dept>.pdf; ' +
        '--deck prints decks only. ' +
        'A page with a chart or table wider than the paper, or a slide with more than fits on it, fails instead of printing clipped. ' +
        'Chromium is taken from --chromium, else $CADENCE_CHROMIUM, else /usr/bin/chromium.',
    )
    .option('--period <id>', 'the period as in the page address: 2026-09, 2026-W38, 2026-Q3, 2026-09-14, 2025 (default: the latest complete monthly reports)')
    .addOption(new Option('--audience <audience>', 'only this audience’s report (no decks)').choices([...audienceNames]))
    .addOption(new Option('--deck <dept>', 'only roadshow decks: one department or all (of --period, a quarter; default the latest complete quarter)').choices([...deckNames, 'all']))
    .addOption(new Option('--paper <size>', 'paper size').choices(['A4', 'Letter']).default('A4'))
    .option('--out <dir>', 'write the PDFs here', 'pdf')
    .option('--build', 'build the site for this period and audience first (as `cadence build` does)')
    .option('--chromium <path>', 'the Chromium or Chrome executable (default $CADENCE_CHROMIUM, else /usr/bin/chromium)')
    .addHelpText(
      'after',
      `
Examples:
  $ npx cadence pdf                                   the latest complete month, every audience, into pdf/
  $ npx cadence pdf --period 2026-09 --audience sales pdf/monthly-2026-09-sales.pdf
  $ npx cadence pdf --period 2026-Q3 --paper Letter   the quarterly reports on US Letter, and the Q3 decks
  $ npx cadence pdf --deck sales                      pdf/roadshow-<latest quarter>-sales.pdf, a page per slide
  $ npx cadence pdf --build --period 2026-09          build September 2026, then print it`,
    )
    .action(async (opts: { period?: string; audience?: string; deck?: string; paper: 'A4' | 'Letter'; out: string; build?: boolean; chromium?: string }, command: Command) => {
      const { config, projectDir } = await configOf(command, ctx);
      const runPdf = await importFunction<(o: RunPdfOptions) => Promise<{ ok: boolean }>>(new URL('../../pdf/run-pdf.ts', import.meta.url), 'runPdf', 'pdf');
      const base = placeOf(command, ctx.io).projectDir;
      const result = await runPdf({
        projectDir,
        config,
        log: logOf(ctx),
        signal: ctx.signal,
        period: opts.period,
        audience: opts.audience,
        deck: opts.deck,
        paper: opts.paper,
        outDir: path.resolve(base, opts.out),
        build: Boolean(opts.build),
        chromiumPath: opts.chromium ? path.resolve(base, opts.chromium) : undefined,
        env: ctx.io.env,
        written: (file) => out(ctx, path.relative(base, file) || file),
      });
      reportResult(ctx, result);
    });
}
