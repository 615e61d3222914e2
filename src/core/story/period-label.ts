/** A period as people name it in a sentence or a heading. */
import type { Period } from '../periods/period.ts';

/** "September 2026", "week 2026-W37", "2026-Q2", "14 September 2026", "2025", or the range. */
export function periodLabel(p: Period, format: { month(id: string): string; day(d: string): string }): string {
  switch (p.kind) {
    case 'month':
      return format.month(p.id);
    case 'day':
      return format.day(p.id);
    case 'week':
      return `week ${p.id.slice(6)} of ${p.id.slice(0, 4)}`;
    case 'quarter':
      return `${p.id.slice(5)} ${p.id.slice(0, 4)}`;
    case 'year':
      return p.id;
    default:
      return `${format.day(p.firstDay)} – ${format.day(p.lastDay)}`;
  }
}
