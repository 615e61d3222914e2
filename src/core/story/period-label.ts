/** A period as people name it in a sentence or a heading. */
import { en } from '../i18n/en.ts';
import type { Messages } from '../i18n/catalog.ts';
import { kindOfPeriodId, type CalendarKind, type Period } from '../periods/period.ts';

type LabelFormat = { month(id: string): string; day(d: string): string; t?: Pick<Messages, 'period'> };

/**
 * "September 2026", "week 37 of 2026", "Q2 2026", "14 September 2026", "2025", or the range, in
 * the language of `format.t` (English without one).
 */
export function periodLabel(p: Period, format: LabelFormat): string {
  if (p.kind === 'range') return (format.t ?? en).period.range({ from: format.day(p.firstDay), to: format.day(p.lastDay) });
  return calendarLabel(p.kind, p.id, format);
}

/** The label of a period id ("2026-Q3" → "Q3 2026", "2026-09" → "September 2026"); an id of no known kind as is. */
export function periodIdLabel(id: string, format: LabelFormat): string {
  const kind = kindOfPeriodId(id);
  return kind ? calendarLabel(kind, id, format) : id;
}

function calendarLabel(kind: CalendarKind, id: string, format: LabelFormat): string {
  const t = format.t ?? en;
  switch (kind) {
    case 'month':
      return format.month(id);
    case 'day':
      return format.day(id);
    case 'week':
      return t.period.week({ week: id.slice(6), year: id.slice(0, 4) });
    case 'quarter':
      return t.period.quarter({ quarter: id.slice(5), year: id.slice(0, 4) });
    case 'year':
      return t.period.year({ year: id });
    default:
      return id;
  }
}
