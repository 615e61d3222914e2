/**
 * When a stream's pull fails although nothing threw: it decides, from the stream's tally, that
 * a stream
 * - rejected more than `maxRejectShare` of its rows (default: half; a non-empty input that
 *   imports no row is the extreme case) → CADENCE_ROWS_REJECTED, or
 * - has more than COLLAPSE_MIN_ROWS rows, and more than COLLAPSE_MAX_SHARE of its rows, whose
 *   derived id is shared with a different row → CADENCE_ID_COLLAPSE.
 * A failed stream's rows are not imported (the folder keeps what it had); its rejects are
 * written. The message tells the counts, the rejects grouped by code and column with an example
 * value each, and where the rejects file is.
 */
import { CadenceError } from '../errors.ts';
import { getEntity } from '../schema/entities.ts';
import type { RejectGroup, StreamTally } from './stream-tally.ts';

/** Share of a stream's rows that may be rejected when nothing else is configured. */
export const DEFAULT_MAX_REJECT_SHARE = 0.5;
/** A stream's ids collapse when more than this many rows, and more than this share of its rows, share a derived id with a different row. */
export const COLLAPSE_MIN_ROWS = 10;
export const COLLAPSE_MAX_SHARE = 0.01;
/** Reject groups listed in a message (the rest are counted in one line). */
const GROUPS_SHOWN = 8;

export type StreamVerdict = 'CADENCE_ROWS_REJECTED' | 'CADENCE_ID_COLLAPSE';

/** `allowRejects` of the config or the command line → the share of rows that may be rejected. */
export function maxRejectShare(allow: boolean | number | undefined): number {
  if (allow === true) return 1;
  if (allow === false || allow === undefined) return DEFAULT_MAX_REJECT_SHARE;
  return allow;
}

export function judgeStream(t: StreamTally, maxShare: number): StreamVerdict | null {
  const rows = t.imported + t.rejected;
  if (rows > 0 && t.rejected / rows > maxShare) return 'CADENCE_ROWS_REJECTED';
  if (t.collapsed > COLLAPSE_MIN_ROWS && t.collapsed > COLLAPSE_MAX_SHARE * t.imported) return 'CADENCE_ID_COLLAPSE';
  return null;
}

const n = (x: number) => x.toLocaleString('en');
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const quote = (s: string, max = 60) => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

/** The rejects of a stream grouped by code and column: one line per group, most first. */
export function rejectSummary(t: StreamTally): string[] {
  const groups = [...t.groups.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code) || a.column.localeCompare(b.column));
  const why = (g: RejectGroup) => (g.reason ? ` (${g.at ? `${g.at}: ` : ''}${g.reason.length > 240 ? `${g.reason.slice(0, 240)}…` : g.reason})` : '');
  const lines = groups.slice(0, GROUPS_SHOWN).map((g) => `${n(g.count)} × ${g.code}${g.column ? ` in column ${quote(g.column)}` : ''}${g.example ? `, e.g. ${quote(g.example)}` : ''}${why(g)}`);
  const rest = groups.slice(GROUPS_SHOWN);
  if (rest.length) lines.push(`${n(rest.reduce((s, g) => s + g.count, 0))} more in ${rest.length} other group(s)`);
  return lines;
}

/** The error a failed stream ends with. `rejectsFile`: where its rejects are, for people. */
export function streamFailure(t: StreamTally, verdict: StreamVerdict, opts: { maxShare: number; rejectsFile?: string }): CadenceError {
  const kept = 'None of its rows were imported; the data folder keeps what it had.';
  const where = opts.rejectsFile ? [`Every rejected row, with its line and reason: ${opts.rejectsFile}`] : [];
  if (verdict === 'CADENCE_ROWS_REJECTED') {
    const rows = t.imported + t.rejected;
    const limit = opts.maxShare >= 1 ? '' : ` (more than the ${pct(opts.maxShare)} allowed)`;
    const detail = [`${n(t.rejected)} of ${n(rows)} rows were rejected${limit}. ${kept} Rejects by code and column:`, ...rejectSummary(t).map((l) => `  ${l}`), ...where];
    return new CadenceError(verdict, detail.join('\n  '), { details: { rows, rejected: t.rejected, imported: t.imported, maxShare: opts.maxShare } });
  }
  const key = (getEntity(t.entity)?.naturalKey ?? []).join(' + ') || 'the natural key';
  const ex = t.collapseExample;
  const example = ex ? ` For example, ${n(ex.rows)} different rows got the id ${quote(ex.id, 80)}.` : '';
  // A hash id (32 hex digits) means the natural key was incomplete (identity.ts).
  const why =
    ex && /^[0-9a-f]{32}$/.test(ex.id)
      ? `No id is mapped and ${key} is not complete, so the id is a hash of every mapped field; these rows differ only in columns the mapping leaves out.`
      : `No id is mapped, so the id is made from ${key}, and these rows share it.`;
  const detail = [
    `${n(t.collapsed)} of ${n(t.imported)} rows share an id with another row that differs from them, so they would count as one.${example} ${why} ${kept}`,
    ...(t.rejected ? [`${n(t.rejected)} row(s) were also rejected:`, ...rejectSummary(t).map((l) => `  ${l}`), ...where] : []),
  ];
  return new CadenceError(verdict, detail.join('\n  '), { details: { rows: t.imported, collapsed: t.collapsed } });
}
