/**
 * The mentions stream's cursor: per query id, the date of the last mention pulled (every mention
 * up to it is committed). The next pull asks each query from that date, less a small overlap;
 * mentions seen twice keep one row (same id).
 */

export interface MentionsCursor {
  /** Query id → ISO instant of the newest mention pulled. */
  queries: Record<string, string>;
}

/** Mentions published this long before the cursor are asked for again (late-indexed ones). */
export const overlapMs = 10 * 60_000;

export function readCursor(saved: unknown): MentionsCursor {
  const queries: Record<string, string> = {};
  const given = (saved as { queries?: unknown } | undefined)?.queries;
  if (given && typeof given === 'object') {
    for (const [id, at] of Object.entries(given)) if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) queries[id] = at;
  }
  return { queries };
}

/** Where a query's next pull starts: its cursor less the overlap, or the first day of `startDate`. */
export function startOf(cursor: MentionsCursor, queryId: number, startDate: string): Date {
  const at = cursor.queries[String(queryId)];
  return at ? new Date(Date.parse(at) - overlapMs) : new Date(`${startDate}T00:00:00Z`);
}

/** Brandwatch's date format: 2024-03-01T09:15:00.000+0000. */
export const apiDate = (d: Date) => d.toISOString().replace('Z', '+0000');
