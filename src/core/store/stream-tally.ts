/**
 * What one pull did with each stream, counted while staging (and kept across checkpoint
 * commits): rows staged for import, rows rejected (grouped by code and column, with one example
 * value), and rows whose derived id collapsed onto another row's. The runner judges streams by
 * it (stream-verdict.ts).
 */
import { getEntity } from '../schema/entities.ts';
import type { Collapse } from './stage-bulk.ts';

export interface RejectGroup {
  code: string;
  column: string;
  count: number;
  /** The value of the first rejected row of the group (may be empty). */
  example: string;
  /** Why that row was rejected (the rejects file's reason), and where: `file:line`. */
  reason?: string;
  at?: string;
}

export interface StreamTally {
  stream: string;
  entity: string;
  /** Rows staged for import (valid; before de-duplication by id). */
  imported: number;
  rejected: number;
  /** Rows whose derived id is shared with a different source row (per file; records: per commit). */
  collapsed: number;
  collapseExample?: { id: string; rows: number };
  /** Rejects by `code␟column`, in order of first appearance. */
  groups: Map<string, RejectGroup>;
  /** Stored rows whose fields come in the wrong order (the entity's `chronology`), by `earlier␟later`. */
  outOfOrder: Map<string, OutOfOrder>;
}

/** Rows of a stream whose `later` field precedes its `earlier` one (both set), of the rows with both. */
export interface OutOfOrder {
  earlier: string;
  later: string;
  rows: number;
  of: number;
  /** The id of one such row. */
  example?: string;
}

export function newTally(stream: string, entity: string): StreamTally {
  return { stream, entity, imported: 0, rejected: 0, collapsed: 0, groups: new Map(), outOfOrder: new Map() };
}

export function countReject(t: StreamTally, r: { code: string; column: string; value: string; reason?: string; file?: string; line?: number | null }): void {
  t.rejected++;
  const key = `${r.code}\u001f${r.column}`;
  const g = t.groups.get(key);
  const at = r.file ? `${r.file}${r.line ? `:${r.line}` : ''}` : undefined;
  if (g) {
    g.count++;
    if (!g.example && r.value) Object.assign(g, { example: r.value, reason: r.reason, at });
  } else t.groups.set(key, { code: r.code, column: r.column, count: 1, example: r.value ?? '', ...(r.reason ? { reason: r.reason } : {}), ...(at ? { at } : {}) });
}

export function countOutOfOrder(t: StreamTally, found: readonly OutOfOrder[]): void {
  for (const f of found) {
    const key = `${f.earlier}\u001f${f.later}`;
    const o = t.outOfOrder.get(key);
    if (!o) t.outOfOrder.set(key, { ...f });
    else {
      o.rows += f.rows;
      o.of += f.of;
      o.example ??= f.example;
    }
  }
}

/** The warning a pull prints for rows whose fields come in the wrong order: how many, an example, and what reports make of them. */
export function outOfOrderWarning(t: StreamTally, o: OutOfOrder): string {
  const entity = getEntity(t.entity);
  const effect = entity?.chronology?.find((c) => c.earlier === o.earlier && c.later === o.later)?.effect;
  const n = (x: number) => x.toLocaleString('en');
  return (
    `stream ${t.stream}: ${n(o.rows)} of the ${n(o.of)} ${t.entity} with both ${o.earlier} and ${o.later} have ${o.later} before ${o.earlier}` +
    `${o.example ? ` (e.g. id ${o.example})` : ''}. They are stored as the source gives them${effect ? `: ${effect}` : ''}. If that is not what the source means, fix the dates there (or map other columns).`
  );
}

export function countCollapse(t: StreamTally, c: Collapse): void {
  if (!c.rows) return;
  t.collapsed += c.rows;
  if (c.example && (!t.collapseExample || c.example.rows > t.collapseExample.rows)) t.collapseExample = c.example;
}
