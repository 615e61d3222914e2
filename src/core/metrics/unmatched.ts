/**
 * How many stored mentions are not matched — about no tracked name (tracked-names.ts) — out of
 * the mentions of tracked names or none. A build warns when they are many: usually a mapping
 * without `matched_kind`, or tracked names the mentions spell another way.
 */
import type { MetricsConfig, MetricsReader } from './kpi.ts';
import { trackedNameSql, unmatchedSql } from './tracked-names.ts';

/** Share of unmatched mentions above which a build warns. */
export const UNMATCHED_WARN_SHARE = 0.05;

export async function unmatchedMentions(reader: MetricsReader, config: MetricsConfig): Promise<{ unmatched: number; listened: number }> {
  if (!reader.manifest.entities.mentions?.rows) return { unmatched: 0, listened: 0 };
  const [row] = await reader.query<{ unmatched: unknown; listened: unknown }>(`
    SELECT count(*) FILTER (WHERE ${unmatchedSql(reader.dialect, config, 'm')}) AS unmatched,
           count(*) FILTER (WHERE ${unmatchedSql(reader.dialect, config, 'm')} OR (${trackedNameSql(reader.dialect, config, 'm')}) IS NOT NULL) AS listened
    FROM mentions m`);
  return { unmatched: Number(row?.unmatched ?? 0), listened: Number(row?.listened ?? 0) };
}

/** The build warning, or null when few mentions are unmatched. */
export function unmatchedWarning(counts: { unmatched: number; listened: number }): string | null {
  if (counts.listened === 0 || counts.unmatched / counts.listened <= UNMATCHED_WARN_SHARE) return null;
  const share = ((100 * counts.unmatched) / counts.listened).toFixed(1);
  return (
    `${counts.unmatched.toLocaleString('en')} of ${counts.listened.toLocaleString('en')} mentions (${share}%) match no tracked name and are left out of brand mentions and share of voice ` +
    `(the reports say so). If an export is about the brand alone, map \`matched_kind: { value: 'brand' }\` in its source; otherwise add the names, aliases, handles or hashtags the mentions use to the config (README: "Mentions not matched").`
  );
}
