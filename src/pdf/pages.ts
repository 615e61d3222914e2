/**
 * Which report pages of a built site to print.
 *
 * A report page is a folder `{cadence}/{period}/{audience}/index.html` under the site folder
 * (added reports one level deeper, `…/{audience}/{slug}/`, are not printed). The list comes from
 * the folder itself, not from the config or the data, so `cadence pdf` prints exactly what
 * `cadence build` wrote.
 *
 * Decisions:
 * - `--period` is the period id as it appears in the page address (2026-09, 2026-W38, 2026-Q3,
 *   2026-09-14, 2025); it picks the cadence too. Anything else is CADENCE_PERIOD_INVALID.
 * - With no `--period`, the default is the latest *complete* monthly report of every audience.
 *   Completeness is not written in the page in a machine-readable way, so it is read from the
 *   site's home page, which lists per audience and cadence "the latest complete report, then the
 *   one still in progress" (src/site/pages/index.astro): of the monthly links an audience's card
 *   shows, the first is the latest complete one. Only the link addresses are read (never the
 *   localised text). When the home page is missing or lists no monthly report of an audience, its
 *   latest monthly page is taken.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CadenceError } from '../core/errors.ts';
import { audienceNames, cadences, type AudienceName, type CadenceName } from '../core/schema/config.ts';

/** One report page of the built site. */
export interface ReportPage {
  cadence: CadenceName;
  /** Period id as in the address: 2026-09, 2026-W38, … */
  period: string;
  audience: AudienceName;
  /** Path under the site's base: "monthly/2026-09/team/". */
  path: string;
}

/** The PDF file name of a page: "monthly-2026-09-team.pdf". */
export const pdfName = (page: ReportPage): string => `${page.cadence}-${page.period}-${page.audience}.pdf`;

/** Period id patterns per cadence, as they appear in page addresses. */
const periodPatterns: Record<CadenceName, RegExp> = {
  daily: /^\d{4}-\d{2}-\d{2}$/,
  weekly: /^\d{4}-W\d{2}$/,
  monthly: /^\d{4}-\d{2}$/,
  quarterly: /^\d{4}-Q[1-4]$/,
  annual: /^\d{4}$/,
};

/** The cadence of a period id, or undefined when it is not one. */
export function cadenceOfPeriodId(period: string): CadenceName | undefined {
  return cadences.find((c) => periodPatterns[c].test(period));
}

/** Every report page under `siteDir`, sorted by cadence, period, audience. */
export async function listReportPages(siteDir: string): Promise<ReportPage[]> {
  const pages: ReportPage[] = [];
  for (const cadence of cadences) {
    const cadenceDir = join(siteDir, cadence);
    if (!existsSync(cadenceDir)) continue;
    for (const period of (await readdir(cadenceDir)).filter((p) => periodPatterns[cadence].test(p))) {
      for (const audience of audienceNames) {
        if (existsSync(join(cadenceDir, period, audience, 'index.html'))) pages.push({ cadence, period, audience, path: `${cadence}/${period}/${audience}/` });
      }
    }
  }
  const order = (p: ReportPage) => `${cadences.indexOf(p.cadence)}/${p.period}/${audienceNames.indexOf(p.audience)}`;
  return pages.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

export interface SelectOptions {
  /** Period id as in the address; undefined = the latest complete monthly reports. */
  period?: string;
  audience?: string;
}

/** The pages to print (see the module comment for the default). */
export async function selectReportPages(siteDir: string, base: string, options: SelectOptions): Promise<ReportPage[]> {
  if (options.audience !== undefined && !(audienceNames as readonly string[]).includes(options.audience)) {
    throw new CadenceError('CADENCE_CONFIG_INVALID', `"${options.audience}" is not an audience`, { hint: `Use one of ${audienceNames.join(', ')}.` });
  }
  const all = (await listReportPages(siteDir)).filter((p) => options.audience === undefined || p.audience === options.audience);
  const who = options.audience ? ` for the ${options.audience} audience` : '';
  if (options.period !== undefined) {
    const cadence = cadenceOfPeriodId(options.period);
    if (!cadence) {
      throw new CadenceError('CADENCE_PERIOD_INVALID', `"${options.period}" is not a period id of a report page`, {
        hint: 'Give the period as in the page address: 2026-09-14, 2026-W38, 2026-09, 2026-Q3 or 2026.',
      });
    }
    const chosen = all.filter((p) => p.cadence === cadence && p.period === options.period);
    if (chosen.length === 0) {
      const built = [...new Set(all.filter((p) => p.cadence === cadence).map((p) => p.period))];
      const shown = built.length > 6 ? [...built.slice(0, 2), '…', ...built.slice(-3)] : built;
      throw new CadenceError('CADENCE_PDF_NO_REPORT', `The site in ${siteDir} has no ${cadence} report ${options.period}${who}${built.length ? ` (built: ${shown.join(', ')})` : ` (it has no ${cadence} reports)`}.`);
    }
    return chosen;
  }
  const monthly = all.filter((p) => p.cadence === 'monthly');
  if (monthly.length === 0) throw new CadenceError('CADENCE_PDF_NO_REPORT', `The site in ${siteDir} has no monthly report${who}; pass --period to print another cadence.`);
  const listed = await homePageMonthlyLinks(siteDir, base);
  const chosen: ReportPage[] = [];
  for (const audience of audienceNames) {
    const mine = monthly.filter((p) => p.audience === audience);
    if (mine.length === 0) continue;
    const first = listed.find((path) => mine.some((p) => p.path === path) );
    chosen.push(mine.find((p) => p.path === first) ?? mine.at(-1)!);
  }
  return chosen;
}

/** Paths (under the base) of the monthly report links on the home page, in page order. */
async function homePageMonthlyLinks(siteDir: string, base: string): Promise<string[]> {
  const index = join(siteDir, 'index.html');
  if (!existsSync(index)) return [];
  const html = await readFile(index, 'utf8');
  const links: string[] = [];
  for (const m of html.matchAll(/\shref="([^"]*)"/g)) {
    const href = m[1]!.replaceAll('&amp;', '&');
    if (!href.startsWith(base)) continue;
    const path = href.slice(base.length);
    if (/^monthly\/\d{4}-\d{2}\/[a-z]+\/$/.test(path)) links.push(path);
  }
  return links;
}
