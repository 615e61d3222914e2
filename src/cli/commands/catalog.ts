/**
 * `cadence catalog --lang <code> [--all] [--only <prefix...>] [--json]` → reviewCatalog() of
 * src/core/i18n/review.ts: every message of a language's catalog with sample values formatted in
 * its locale, under the English, so a native speaker can review a catalog in one read. Needs no
 * project.
 */
import type { Command } from 'commander';
import { out, type CliContext } from '../context.ts';
import { CadenceError } from '../../core/errors.ts';
import { catalogOf, languageName, languageOf, supportedLanguages } from '../../core/i18n/catalog.ts';
import { reviewCatalog, reviewLocales } from '../../core/i18n/review.ts';

export function registerCatalog(program: Command, ctx: CliContext): void {
  program
    .command('catalog')
    .summary('print a language’s messages with sample values, for review')
    .description(
      'Print every message of a language’s catalog (findings, next steps, checklists, headings, KPI labels and definitions, ' +
        'reasons, chart texts, digests, deck slides, the PDF footer and the "How to read these reports" page) with sample values ' +
        'formatted in its locale, each under its English original, so a native speaker can review the catalog in one read. ' +
        `Languages: ${supportedLanguages.map((l) => `${l} (${languageName(l)})`).join(', ')}. README: "Adding a language".`,
    )
    .requiredOption('--lang <code>', 'language subtag of the catalog (ko, ro, el, hu, it, en)')
    .option('--all', 'every sample of every message (thousands of lines for the story sentences), not up to six different texts each')
    .option('--only <prefix...>', 'only the messages whose path starts with a prefix (story., kpis., about)')
    .option('--json', 'print the entries as JSON: [{ path, texts: [[english, text], …] }]')
    .addHelpText(
      'after',
      `
Examples:
  $ npx cadence catalog --lang hu                    every Hungarian message with sample values
  $ npx cadence catalog --lang ko --only story. kpis.  the story sentences and the KPI texts
  $ npx cadence catalog --lang el --all > el.txt     every sample, to read or diff`,
    )
    .action((opts: { lang: string; all?: boolean; only?: string[]; json?: boolean }) => {
      if (!catalogOf(opts.lang)) {
        throw new CadenceError('CADENCE_CATALOG_UNKNOWN', `no catalog for "${opts.lang}": the catalogs are ${supportedLanguages.join(', ')}`, { place: { key: '--lang' } });
      }
      const lang = languageOf(opts.lang);
      const entries = reviewCatalog(lang, { all: opts.all === true, ...(opts.only ? { only: opts.only } : {}) });
      if (opts.json) {
        out(ctx, JSON.stringify(entries, null, 2));
        return;
      }
      const locale = reviewLocales[lang] ?? lang;
      const samples = entries.reduce((n, e) => n + e.texts.length, 0);
      out(ctx, `${languageName(lang)} catalog (${lang}): ${entries.length} messages, ${samples} texts, sample values in ${locale}; each under its English original.`);
      for (const e of entries) {
        out(ctx, '');
        out(ctx, `== ${e.path}`);
        for (const [english, text] of e.texts) {
          if (lang !== 'en') out(ctx, `  en  ${english.replace(/\n/g, '\n      ')}`);
          out(ctx, `  ${lang.padEnd(2)}  ${text.replace(/\n/g, '\n      ')}`);
        }
      }
    });
}
