/**
 * Taking listed files out of a manifest that is being committed (`cadence forget --damaged`): an
 * entity file goes with every row it held (its entity's rows, dates and checksum are recomputed;
 * the commit recounts the coverage from the files left), a rejects file with its source's entry,
 * and the sources that wrote those files get their cursors reset, so their next pull imports from
 * their start and fills the months again.
 */
import { entityEntry, type Manifest } from './manifest.ts';

export interface DropFiles {
  /** Paths relative to the data folder, as the manifest lists them. */
  files: readonly string[];
  /** Sources whose cursors are cleared. */
  resetCursorsOf: readonly string[];
}

/** Applies `drop` to `next`; returns the paths it took out and the entities whose files changed. */
export function dropFiles(next: Manifest, drop: DropFiles): { removed: string[]; entities: string[] } {
  const gone = new Set(drop.files);
  const removed: string[] = [];
  const entities: string[] = [];
  for (const [name, entry] of Object.entries(next.entities)) {
    const keep = entry.files.filter((f) => !gone.has(f.path));
    if (keep.length === entry.files.length) continue;
    removed.push(...entry.files.filter((f) => gone.has(f.path)).map((f) => f.path));
    entities.push(name);
    if (keep.length) next.entities[name] = { ...entityEntry(keep), ...(entry.coverage ? { coverage: entry.coverage } : {}) };
    else delete next.entities[name];
  }
  for (const [source, r] of Object.entries(next.rejects)) {
    if (!gone.has(r.path)) continue;
    removed.push(r.path);
    delete next.rejects[source];
  }
  for (const source of drop.resetCursorsOf) {
    const s = next.sources[source];
    if (s) next.sources[source] = { ...s, cursors: {} };
  }
  return { removed: removed.sort(), entities: entities.sort() };
}
