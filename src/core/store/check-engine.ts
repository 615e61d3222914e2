/**
 * `cadence check --engine`: proves that the configured engine reads this data folder — the
 * committed version the manifest lists, every row of it — before a build relies on it. Each
 * entity with rows is counted by the engine and compared with the manifest; a different count
 * means the engine reads other files (an object-storage copy not synced since the last pull, or
 * `dataUrl` naming another folder), and is an error.
 */
import { CadenceError } from '../errors.ts';
import type { EngineConfig } from '../schema/config.ts';
import { openReader, type ReaderOptions } from './reader.ts';

export interface EngineCheck {
  /** "DuckDB (embedded)" or "ClickHouse at <url>". */
  engine: string;
  entities: { name: string; rows: number; read: number }[];
  generation: number | null;
}

export const engineName = (engine: EngineConfig | undefined): string => (engine?.kind === 'clickhouse' ? `ClickHouse at ${engine.url}` : 'DuckDB (embedded)');

export async function checkEngine(dataDir: string, options: ReaderOptions): Promise<EngineCheck> {
  const reader = await openReader(dataDir, options);
  try {
    const entities: EngineCheck['entities'] = [];
    for (const [name, entry] of Object.entries(reader.manifest.entities)) {
      if (!entry.rows) continue;
      const [row] = await reader.query<{ n: number }>(`SELECT count(*) AS n FROM "${name}"`);
      entities.push({ name, rows: entry.rows, read: Number(row?.n ?? 0) });
    }
    const wrong = entities.filter((e) => e.read !== e.rows);
    if (wrong.length) {
      const list = wrong.map((e) => `${e.name}: ${e.read.toLocaleString('en')} rows read, the manifest lists ${e.rows.toLocaleString('en')}`).join('; ');
      throw new CadenceError('CADENCE_ENGINE_QUERY_FAILED', `${engineName(options.engine)} reads other files than the data folder's committed version (${list})`, {
        hint: 'With an object-storage engine.dataUrl, sync data/current/ to it again after each pull (aws s3 sync data/current/ <url> --delete); otherwise check that engine.dataUrl names this project’s data folder as the server sees it.',
      });
    }
    return { engine: engineName(options.engine), entities, generation: reader.generation };
  } finally {
    await reader.close();
  }
}
