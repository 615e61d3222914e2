/**
 * Which report pages and roadshow decks of a built site to print.
 *
 * A report page is a folder `{cadence}/{period}/{audience}/index.html` under the site folder
 * (added reports one level deeper, `…/{audience}/{slug}/`, are not printed). The list comes from
 * the folder itself, not from the config or the data, so `cadence pdf` prints exactly what
 * `cadence build` wrote.
 *
 * Decisions:
 * - `--period` is the period id as it appears in the page address (2026-09, 2026-W38, 2026-Q3,
 *   2026-09-14, 2025); it picks the cadence too. Anything else is CADENCE_PERIOD_INVALID.
 * - `--period last-month` (yesterday, last-week, last-quarter, last-year) is the latest *complete*
 *   report of that cadence for every audience, which is the default (last-month). This agrees
 *   with `cadence build --period last-month`, which builds the month before the day after the
 *   data's last day: that month is complete when the data reaches its last day.
 *   Completeness is not written in the page in a machine-readable way, so it is read from the
 *   site's home page, which lists per audience and cadence "the latest complete report, then the
 *   one still in progress" (src/site/pages/index.astro): of the monthly links an audience's card
 *   shows, the first is the latest complete one. Only the link addresses are read (never the
 *   localised text). When the home page is missing or lists no monthly report of an audience, its
 *   latest monthly page is taken.
 * - A deck is a folder `roadshow/{quarter}/{dept}/index.html`. Decks are per quarter and per
 *   department, not per audience, so: a quarter's `--period` prints its reports *and* its decks;
 *   `--audience` prints reports only; `--deck <dept|all>` prints decks only (of `--period`, which
 *   must then be a quarter, else of the latest complete quarter the home page links decks for,
 *   else of the latest quarter with decks).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CadenceError } from '../core/errors.ts';
import { cadenceOfKind, kindOfPeriodId, relativePeriodKind, relativePeriodKinds } from '../core/periods/period.ts';
import { audienceNames, cadences, type AudienceName, type CadenceName } from '../core/schema/config.ts';
import { deckNames, type DeckName } from '../site/decks/names.ts';

/** One report page of the built site. */
export interface ReportPage {
  cadence: CadenceName;
  /** Period id as in the address: 2026-09, 2026-W38, … */
  period: string;
  audience: AudienceName;
  /** Path under the site's base: "monthly/2026-09/team/". */
  path: string;
}

/** One roadshow deck of the built site. */
export interface DeckPrintPage {
  /** Quarter id: "2026-Q3". */
  period: string;
  deck: DeckName;
  /** Path under the site's base: "roadshow/2026-Q3/product/". */
  path: string;
}

/** What `cadence pdf` prints. */
export interface PrintSelection {
  reports: ReportPage[];
  decks: DeckPrintPage[];
}

/** The PDF file name of a page: "monthly-2026-09-team.pdf". */
export const pdfName = (page: ReportPage): string => `${page.cadence}-${page.period}-${page.audience}.pdf`;

/** The PDF file name of a deck: "roadshow-2026-Q3-product.pdf". */
export const deckPdfName = (deck: DeckPrintPage): string => `roadshow-${deck.period}-${deck.deck}.pdf`;

/** The cadence of a period id as in page addresses, or undefined when it is not one. */
export function cadenceOfPeriodId(period: string): CadenceName | undefined {
  const kind = kindOfPeriodId(period);
  return kind ? cadenceOfKind[kind] : undefined;
}

/** Every report page under `siteDir`, sorted by cadence, period, audience. */
export async function listReportPages(siteDir: string): Promise<ReportPage[]> {
  const pages: ReportPage[] = [];
  for (const cadence of cadences) {
    const cadenceDir = join(siteDir, cadence);
    if (!existsSync(cadenceDir)) continue;
    for (const period of (await readdir(cadenceDir)).filter((p) => cadenceOfPeriodId(p) === cadence)) {
      for (const audience of audienceNames) {
        if (existsSync(join(cadenceDir, period, audience, 'index.html'))) pages.push({ cadence, period, audience, path: `${cadence}/${period}/${audience}/` });
      }
    }
  }
  const order = (p: ReportPage) => `${cadences.indexOf(p.cadence)}/${p.period}/${audienceNames.indexOf(p.audience)}`;
  return pages.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** Every deck under `siteDir`, sorted by quarter and department (in deckNames order). */
export async function listDeckPages(siteDir: string): Promise<DeckPrintPage[]> {
  const root = join(siteDir, 'roadshow');
  if (!existsSync(root)) return [];
  const decks: DeckPrintPage[] = [];
  for (const period of (await readdir(root)).filter((p) => cadenceOfPeriodId(p) === 'quarterly').sort()) {
    for (const deck of deckNames) {
      if (existsSync(join(root, period, deck, 'index.html'))) decks.push({ period, deck, path: `roadshow/${period}/${deck}/` });
    }
  }
  return decks;
}

export interface SelectOptions {
  /** Period id as in the address; undefined = the latest complete monthly reports. */
  period?: string;
  audience?: string;
  /** A department, or "all": print decks only. */
  deck?: string;
}

/** Reports and decks to print (see the module comment). */
export async function selectPages(siteDir: string, base: string, options: SelectOptions): Promise<PrintSelection> {
  if (options.deck !== undefined) return { reports: [], decks: await selectDeckPages(siteDir, base, options.deck, options.period) };
  const reports = await selectReportPages(siteDir, base, options);
  // A quarter's decks go with its reports (the team's quarter when audiences differ).
  const quarter = options.audience === undefined ? (reports.find((r) => r.cadence === 'quarterly' && r.audience === 'team') ?? reports.find((r) => r.cadence === 'quarterly'))?.period : undefined;
  return { reports, decks: quarter ? (await listDeckPages(siteDir)).filter((d) => d.period === quarter) : [] };
}

/** The decks to print for `--deck` (a department or "all") and `--period`. */
export async function selectDeckPages(siteDir: string, base: string, deck: string, period: string | undefined): Promise<DeckPrintPage[]> {
  if (deck !== 'all' && !(deckNames as readonly string[]).includes(deck)) {
    throw new CadenceError('CADENCE_CONFIG_INVALID', `"${deck}" is not a roadshow deck`, { hint: `Use one of ${deckNames.join(', ')}, or all.` });
  }
  if (period === 'last-quarter') period = undefined;
  if (period !== undefined && cadenceOfPeriodId(period) !== 'quarterly') {
    throw new CadenceError('CADENCE_PERIOD_INVALID', `"${period}" is not a quarter: roadshow decks are made per quarter`, { hint: 'Give the quarter as in the deck address, e.g. --period 2026-Q3.' });
  }
  const all = (await listDeckPages(siteDir)).filter((d) => deck === 'all' || d.deck === deck);
  const what = deck === 'all' ? 'roadshow deck' : `${deck} roadshow deck`;
  if (all.length === 0) {
    throw new CadenceError('CADENCE_PDF_NO_REPORT', `The site in ${siteDir} has no ${what}: decks are built for every quarter with a team quarterly report.`, {
      hint: 'Give the team audience the quarterly cadence (audiences.team.cadences in cadence.config.ts) and run `npx cadence build`.',
    });
  }
  const quarters = [...new Set(all.map((d) => d.period))];
  const chosen = period ?? (await homePageLinks(siteDir, base, /^roadshow\/(\d{4}-Q[1-4])\/[a-z-]+\/$/)).map((p) => p.split('/')[1]!).find((q) => quarters.includes(q)) ?? quarters.at(-1)!;
  const decks = all.filter((d) => d.period === chosen);
  if (decks.length === 0) {
    throw new CadenceError('CADENCE_PDF_NO_REPORT', `The site in ${siteDir} has no ${what} for ${chosen} (built: ${quarters.join(', ')}).`);
  }
  return decks;
}


/** The pages to print (see the module comment for the default). */
export async function selectReportPages(siteDir: string, base: string, options: SelectOptions): Promise<ReportPage[]> {
  if (options.audience !== undefined && !(audienceNames as readonly string[]).includes(options.audience)) {
    throw new CadenceError('CADENCE_CONFIG_INVALID', `"${options.audience}" is not an audience`, { hint: `Use one of ${audienceNames.join(', ')}.` });
  }
  const all = (await listReportPages(siteDir)).filter((p) => options.audience === undefined || p.audience === options.audience);
  const who = options.audience ? ` for the ${options.audience} audience` : '';
  const period = options.period ?? 'last-month';
  const relativeKind = relativePeriodKind(period);
  const relative = relativeKind === null ? null : cadenceOfKind[relativeKind];
  if (relative === null) {
    const cadence = cadenceOfPeriodId(period);
    if (!cadence) {
      throw new CadenceError('CADENCE_PERIOD_INVALID', `"${period}" is not a period id of a report page`, {
        hint: `Give the period as in the page address (2026-09-14, 2026-W38, 2026-09, 2026-Q3 or 2026) or as ${Object.keys(relativePeriodKinds).join(', ')}.`,
      });
    }
    const chosen = all.filter((p) => p.cadence === cadence && p.period === period);
    if (chosen.length === 0) {
      const built = [...new Set(all.filter((p) => p.cadence === cadence).map((p) => p.period))];
      const shown = built.length > 6 ? [...built.slice(0, 2), '…', ...built.slice(-3)] : built;
      throw new CadenceError('CADENCE_PDF_NO_REPORT', `The site in ${siteDir} has no ${cadence} report ${period}${who}${built.length ? ` (built: ${shown.join(', ')})` : ` (it has no ${cadence} reports)`}.`);
    }
    return chosen;
  }
  // last-month and the like: the latest complete report of the cadence, as the home page lists it.
  const ofCadence = all.filter((p) => p.cadence === relative);
  if (ofCadence.length === 0) throw new CadenceError('CADENCE_PDF_NO_REPORT', `The site in ${siteDir} has no ${relative} report${who}; pass --period to print another cadence.`);
  const listed = await homePageLinks(siteDir, base, new RegExp(`^${relative}/[^/]+/[a-z]+/$`));
  const chosen: ReportPage[] = [];
  for (const audience of audienceNames) {
    const mine = ofCadence.filter((p) => p.audience === audience);
    if (mine.length === 0) continue;
    const first = listed.find((path) => mine.some((p) => p.path === path));
    chosen.push(mine.find((p) => p.path === first) ?? mine.at(-1)!);
  }
  return chosen;
}

/** Paths (under the base) of the home page's links that match `pattern`, in page order. */
async function homePageLinks(siteDir: string, base: string, pattern: RegExp): Promise<string[]> {
  const index = join(siteDir, 'index.html');
  if (!existsSync(index)) return [];
  const html = await readFile(index, 'utf8');
  const links: string[] = [];
  for (const m of html.matchAll(/\shref="([^"]*)"/g)) {
    const href = m[1]!.replaceAll('&amp;', '&');
    if (!href.startsWith(base)) continue;
    const path = href.slice(base.length);
    if (pattern.test(path)) links.push(path);
  }
  return links;
}
