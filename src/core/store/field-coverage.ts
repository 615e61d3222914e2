/**
 * How much of an entity fills a field, read from the manifest's coverage (no query): the stored
 * rows and those with a value, summed over every source and the given UTC months. Decides what
 * "unknown" is: a manifest without coverage for the entity (written before coverage existed, or
 * an entity never pulled) gives null, never zeros.
 */
import type { Manifest } from './manifest.ts';

export interface FieldCoverage {
  /** Stored rows of the entity in those months. */
  rows: number;
  /** Of them, rows where the field has a value. */
  withValue: number;
}

/**
 * `months`: UTC months (YYYY-MM) to count; all months when omitted. A field the entity does not
 * have counts no row with a value.
 */
export function fieldCoverage(manifest: Manifest, entity: string, field: string, months?: readonly string[]): FieldCoverage | null {
  const coverage = manifest.entities[entity]?.coverage;
  if (!coverage) return null;
  const wanted = months ? new Set(months) : null;
  let rows = 0;
  let withValue = 0;
  for (const byMonth of Object.values(coverage)) {
    for (const [month, c] of Object.entries(byMonth)) {
      if (wanted && !wanted.has(month)) continue;
      rows += c.rows;
      withValue += c.fields[field] ?? 0;
    }
  }
  return { rows, withValue };
}
