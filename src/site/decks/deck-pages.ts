/**
 * Which decks a site has: one per department for every quarter the site has a team quarterly
 * report for, each on the quarter's report model — sales' deck on the sales quarterly report when
 * the site builds it (social-sourced pipeline, prospect topics); the all-hands deck on the
 * leadership quarterly report when the site builds it (the company's wins and risks, told to all
 * staff, with no person named); every other deck (and those when their report is not built) on
 * the team's.
 */
import type { ReportPage, SiteModel } from '../site-model.ts';
import { deckNames, type DeckName } from './names.ts';

export interface DeckPage {
  /** "2026-Q3". */
  period: string;
  deck: DeckName;
  page: ReportPage;
}

/** Path under the base of a deck page: "roadshow/2026-Q3/product/". */
export const deckPath = (period: string, deck: DeckName): string => `roadshow/${period}/${deck}/`;

/** Path under the base of a deck's self-contained file: "roadshow/2026-Q3/product.html". */
export const deckFilePath = (period: string, deck: DeckName): string => `roadshow/${period}/${deck}.html`;

export function deckPages(model: Pick<SiteModel, 'reports'>): DeckPage[] {
  const quarterly = model.reports.filter((r) => r.cadence === 'quarterly');
  const out: DeckPage[] = [];
  for (const team of quarterly.filter((r) => r.report.audience === 'team')) {
    const period = team.report.period.id;
    const of = (audience: string) => quarterly.find((r) => r.report.audience === audience && r.report.period.id === period);
    const sales = of('sales');
    const leadership = of('leadership');
    for (const deck of deckNames) out.push({ period, deck, page: deck === 'sales' && sales ? sales : deck === 'all-hands' && leadership ? leadership : team });
  }
  return out;
}

/** The deck pages the site builds: those of `deckPages` whose department has a definition. */
export function builtDeckPages(model: Pick<SiteModel, 'reports'>, definitions: readonly { deck: DeckName }[]): DeckPage[] {
  const defined = new Set(definitions.map((d) => d.deck));
  return deckPages(model).filter((p) => defined.has(p.deck));
}
