/** A period as people name it in a sentence or a heading. */
import { en } from '../i18n/en.ts';
import type { Messages } from '../i18n/catalog.ts';
import type { Period } from '../periods/period.ts';

/**
 * "September 2026", "week 37 of 2026", "Q2 2026", "14 September 2026", "2025", or the range, in
 * the language of `format.t` (English without one).
 */
export function periodLabel(p: Period, format: { month(id: string): string; day(d: string): string; t?: Pick<Messages, 'period'> }): string {
  const t = format.t ?? en;
  switch (p.kind) {
    case 'month':
      return format.month(p.id);
    case 'day':
      return format.day(p.id);
    case 'week':
      return t.period.week({ week: p.id.slice(6), year: p.id.slice(0, 4) });
    case 'quarter':
      return t.period.quarter({ quarter: p.id.slice(5), year: p.id.slice(0, 4) });
    case 'year':
      return p.id;
    default:
      return t.period.range({ from: format.day(p.firstDay), to: format.day(p.lastDay) });
  }
}

/** The label of a period id ("2026-Q3" → "Q3 2026", "2026-09" → "September 2026"); an id of no known kind as is. */
export function periodIdLabel(id: string, format: { month(id: string): string; day(d: string): string; t?: Pick<Messages, 'period'> }): string {
  const t = format.t ?? en;
  if (/^\d{4}-\d{2}$/.test(id)) return format.month(id);
  if (/^\d{4}-\d{2}-\d{2}$/.test(id)) return format.day(id);
  if (/^\d{4}-W\d{2}$/.test(id)) return t.period.week({ week: id.slice(6), year: id.slice(0, 4) });
  if (/^\d{4}-Q[1-4]$/.test(id)) return t.period.quarter({ quarter: id.slice(5), year: id.slice(0, 4) });
  return id;
}
