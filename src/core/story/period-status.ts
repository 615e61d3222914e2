/**
 * How a report names a period the data covers only in part, wherever the period appears: the
 * sentence of a report head or deck cover ("So far: data to 11:53 on 24 February 2026 …"), and the
 * short mark of a link to it — home page, navigator, digest title ("so far: data to 11:53 on 24
 * February 2026").
 */
import type { ReportModel } from '../report/model.ts';
import type { Format } from './format.ts';
import { periodLabel } from './period-label.ts';

type Status = Pick<ReportModel, 'coverage' | 'complete' | 'dataUntil' | 'period'>;

/** The sentence for a report head or deck cover, or null for a whole period. */
export function partialSentence(r: Status, f: Pick<Format, 't' | 'day' | 'time'>): string | null {
  const cov = r.coverage;
  const notes = f.t.story.notes;
  if (cov?.until && cov.time) return notes.partialUntil({ day: f.day(cov.until), time: f.time(cov.time) });
  if (cov?.until) return notes.partialTo({ day: f.day(cov.until) });
  if (cov?.from) return notes.partialFrom({ day: f.day(cov.from) });
  if (!r.complete) return f.t.report.incomplete({ dataUntil: f.day(r.dataUntil ?? r.period.lastDay) });
  return null;
}

/** "so far: data to 11:53 on 24 February 2026" for a period still running in the data, else null (a period starting late is whole from then on). */
export function soFarMark(r: Status, f: Pick<Format, 't' | 'day' | 'time'>): string | null {
  const until = r.coverage?.until ?? (!r.complete ? (r.dataUntil ?? null) : null);
  if (until === null) return null;
  return f.t.report.soFar({ day: f.day(until), time: r.coverage?.until && r.coverage.time ? f.time(r.coverage.time) : null });
}

/** The period's name, marked when the data covers it only so far: "week 40 of 2026 (so far: data to 30 September 2026)". */
export function periodWithStatus(r: Status, f: Pick<Format, 't' | 'day' | 'time'> & Parameters<typeof periodLabel>[1]): string {
  const mark = soFarMark(r, f);
  return periodLabel(r.period, f) + (mark ? ` (${mark})` : '');
}

/**
 * What an empty list of findings says: never "every figure is within its usual range" when the
 * figures were not compared — a period the data covers in part, or one before any typical day.
 */
export function noFindingsText(r: Status & Pick<ReportModel, 'typicalFrom'>, t: Format['t']): string {
  if (r.coverage !== null || !r.complete) return t.site.findingsEmptyPartial;
  if (r.typicalFrom === null || r.typicalFrom > r.period.lastDay) return t.site.findingsEmptyNoTypical;
  return t.site.findingsEmpty;
}
