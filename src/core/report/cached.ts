/**
 * Report models through the cache: what `cadence metrics` and `cadence build` call. The as-of day
 * only matters up to the end of the last period (goals count days up to it), so it is clipped
 * there: a report on a finished month is the same model whatever day it is asked for.
 */
import { messagesFor } from '../i18n/catalog.ts';
import type { Period } from '../periods/period.ts';
import type { AudienceName } from '../schema/config.ts';
import type { DataReader } from '../store/reader.ts';
import { buildReportModels, type ModelConfig } from './build.ts';
import { modelDigest, withModelCache, type CacheResult } from './cache.ts';

export interface CachedModelsOptions {
  reader: Pick<DataReader, 'query' | 'manifest' | 'dialect'>;
  config: ModelConfig;
  periods: readonly Period[];
  audiences: readonly AudienceName[];
  asOf: string;
  /** Folder of the cache (`<project>/.cadence/cache/models`), or null for none. */
  cacheDir: string | null;
  warn?: (message: string) => void;
  onStage?: (stage: string) => void;
}

export async function cachedReportModels(o: CachedModelsOptions): Promise<CacheResult> {
  const lastDay = o.periods.map((p) => p.lastDay).reduce((a, b) => (b > a ? b : a), '0000-00-00');
  const asOf = o.asOf < lastDay ? o.asOf : lastDay;
  const digest = modelDigest({ manifest: o.reader.manifest, config: o.config, periods: o.periods.map((p) => `${p.id}@${p.timezone}`), audiences: o.audiences, asOf, messages: messagesFor(o.config.locale) });
  return withModelCache(o.cacheDir, digest, () => buildReportModels({ reader: o.reader, config: o.config, periods: o.periods, audiences: o.audiences, asOf, onStage: o.onStage }), o.warn);
}
