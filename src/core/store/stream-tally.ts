/**
 * What one pull did with each stream, counted while staging (and kept across checkpoint
 * commits): rows staged for import, rows rejected (grouped by code and column, with one example
 * value), and rows whose derived id collapsed onto another row's. The runner judges streams by
 * it (stream-verdict.ts).
 */
import type { Collapse } from './stage-bulk.ts';

export interface RejectGroup {
  code: string;
  column: string;
  count: number;
  /** The value of the first rejected row of the group (may be empty). */
  example: string;
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
}

export function newTally(stream: string, entity: string): StreamTally {
  return { stream, entity, imported: 0, rejected: 0, collapsed: 0, groups: new Map() };
}

export function countReject(t: StreamTally, r: { code: string; column: string; value: string }): void {
  t.rejected++;
  const key = `${r.code}\u001f${r.column}`;
  const g = t.groups.get(key);
  if (g) {
    g.count++;
    if (!g.example && r.value) g.example = r.value;
  } else t.groups.set(key, { code: r.code, column: r.column, count: 1, example: r.value ?? '' });
}

export function countCollapse(t: StreamTally, c: Collapse): void {
  if (!c.rows) return;
  t.collapsed += c.rows;
  if (c.example && (!t.collapseExample || c.example.rows > t.collapseExample.rows)) t.collapseExample = c.example;
}
