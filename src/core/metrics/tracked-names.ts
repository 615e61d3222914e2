/**
 * Which tracked name a mention is about, in SQL. A mention counts for a name when its
 * `matched_name` equals the name or one of its aliases (case-insensitive); otherwise
 * `matched_kind = 'brand'` counts for the brand. A mention with neither `matched_kind` nor
 * `matched_name` is taken to be about the brand: a listening export with a single brand query
 * usually carries no query column. Competitor mentions with an unknown name count for nobody.
 */
import type { MetricsConfig } from './kpi.ts';
import { sqlList, sqlString } from './sql.ts';

export interface TrackedName {
  name: string;
  isBrand: boolean;
}

/** The brand first, then the competitors in config order. */
export function trackedNames(config: MetricsConfig): TrackedName[] {
  return [{ name: config.brand.name, isBrand: true }, ...config.competitors.map((c) => ({ name: c.name, isBrand: false }))];
}

/** SQL expression giving the tracked display name of a mention row, or NULL. */
export function trackedNameSql(config: MetricsConfig, alias?: string): string {
  const col = (c: string) => (alias ? `${alias}.${c}` : c);
  const names = [config.brand, ...config.competitors];
  const byName = names.map((n) => {
    const spellings = [...new Set([n.name, ...n.aliases].map((s) => s.toLowerCase()))];
    return `WHEN lower(${col('matched_name')}) IN ${sqlList(spellings)} THEN ${sqlString(n.name)}`;
  });
  const brand = sqlString(config.brand.name);
  return [
    'CASE',
    ...byName,
    `WHEN ${col('matched_kind')} = 'brand' THEN ${brand}`,
    `WHEN ${col('matched_kind')} IS NULL AND ${col('matched_name')} IS NULL THEN ${brand}`,
    'ELSE NULL END',
  ].join(' ');
}

/** SQL predicate: the mention row is about the brand. */
export function isBrandSql(config: MetricsConfig, alias?: string): string {
  return `(${trackedNameSql(config, alias)}) = ${sqlString(config.brand.name)}`;
}

/** SQL predicate: the mention carries one of the brand's hashtags (any hashtag when none is configured). */
export function brandHashtagSql(config: MetricsConfig, alias = 'm'): string {
  const tags = [...new Set(config.brand.hashtags.map((t) => t.replace(/^#/, '').toLowerCase()))];
  const col = `${alias}.hashtags`;
  if (tags.length === 0) return `(coalesce(len(${col}), 0) > 0)`;
  return `(coalesce(list_has_any(list_transform(${col}, h -> lower(ltrim(h, '#'))), [${tags.map(sqlString).join(', ')}]), false))`;
}
