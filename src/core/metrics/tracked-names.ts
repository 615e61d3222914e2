/**
 * Which tracked name a mention is about, in SQL. A mention counts for a name when its
 * `matched_name` equals the name or one of its aliases (case-insensitive); otherwise
 * `matched_kind = 'brand'` counts for the brand. A mention with neither is **not matched**: it
 * counts for nobody — not for the brand, not in share of voice — and reports say how many there
 * were (`unmatchedSql`). Listening plugins tag mentions from their text when they import them
 * (the csv source too, when its mapping leaves `matched_kind` unmapped), so an untagged mention
 * is one whose text names no tracked name. Competitor mentions with an unknown name count for
 * nobody either.
 *
 * Hashtags come from the `hashtags` column, else from the text (`#word`, lower case): an export
 * without a hashtag column still counts its brand hashtags.
 */
import type { Dialect } from '../store/dialect.ts';
import type { MetricsConfig } from './kpi.ts';

export interface TrackedName {
  name: string;
  isBrand: boolean;
}

/** The brand first, then the competitors in config order. */
export function trackedNames(config: MetricsConfig): TrackedName[] {
  return [{ name: config.brand.name, isBrand: true }, ...config.competitors.map((c) => ({ name: c.name, isBrand: false }))];
}

/** SQL expression giving the tracked display name of a mention row, or NULL. */
export function trackedNameSql(d: Dialect, config: MetricsConfig, alias?: string): string {
  const col = (c: string) => (alias ? `${alias}.${c}` : c);
  const names = [config.brand, ...config.competitors];
  const byName = names.map((n) => {
    const spellings = [...new Set([n.name, ...n.aliases].map((s) => s.toLowerCase()))];
    return `WHEN ${d.lowerText(col('matched_name'))} IN ${d.strList(spellings)} THEN ${d.str(n.name)}`;
  });
  return ['CASE', ...byName, `WHEN ${col('matched_kind')} = 'brand' THEN ${d.str(config.brand.name)}`, 'ELSE NULL END'].join(' ');
}

/**
 * SQL predicate: the mention is not matched — about no tracked brand or competitor, and not about
 * a topic, an influencer or a public face either (those are matched, to something else).
 */
export function unmatchedSql(d: Dialect, config: MetricsConfig, alias?: string): string {
  const col = (c: string) => (alias ? `${alias}.${c}` : c);
  return `((${trackedNameSql(d, config, alias)}) IS NULL AND coalesce(${col('matched_kind')}, 'competitor') = 'competitor')`;
}

/** SQL predicate: the mention row is about the brand. */
export function isBrandSql(d: Dialect, config: MetricsConfig, alias?: string): string {
  return `(${trackedNameSql(d, config, alias)}) = ${d.str(config.brand.name)}`;
}

/**
 * SQL expression: a mention's hashtags, lower case without '#': the `hashtags` column when the
 * row has some, else every `#word` of its text.
 */
export function hashtagsSql(d: Dialect, alias = 'm'): string {
  return d.listOr(d.listTransform(`${alias}.hashtags`, 'h', d.lowerText("ltrim(trim(h), '#')")), d.regexpExtractAll(d.lowerText(`coalesce(${alias}.text, '')`), '#([\\p{L}\\p{N}_]+)'));
}

/** SQL predicate: the mention carries one of the brand's hashtags (any hashtag when none is configured). */
export function brandHashtagSql(d: Dialect, config: MetricsConfig, alias = 'm'): string {
  const tags = [...new Set(config.brand.hashtags.map((t) => t.replace(/^#/, '').toLowerCase()))];
  const list = hashtagsSql(d, alias);
  if (tags.length === 0) return `(${d.listLength(list)} > 0)`;
  return `(coalesce(${d.listHasAny(list, d.listLiteral(tags.map(d.str)))}, false))`;
}
