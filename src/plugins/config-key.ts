/**
 * The config key an error of a source is about, so the message names what to edit: an unknown
 * plugin is `sources.<name>.plugin`; a mapped column missing from the file (or another mapping
 * problem naming its field) is the mapping of that field, e.g.
 * `sources.posts.options.columns.impressions` — searched in the options as written, so nested
 * mappings (`options.exports.deals.columns.amount`) are found too, and a plugin's built-in
 * mapping (not in the config) gets no key.
 */
import { formatPath } from '../core/config/issues.ts';
import type { CadenceError } from '../core/errors.ts';

const mappingCodes = new Set(['CADENCE_CSV_MISSING_COLUMN', 'CADENCE_CSV_MAPPING_INVALID']);

/** Adds the config key to the error's place (when it has none and one can be told); returns the error. */
export function withConfigKey(error: CadenceError, source: string, options: unknown): CadenceError {
  if (error.place.key) return error;
  if (error.code === 'CADENCE_PLUGIN_NOT_FOUND') return error.withPlace({ key: formatPath(['sources', source, 'plugin']) });
  const field = error.details.field;
  if (mappingCodes.has(error.code) && typeof field === 'string') {
    const at = findMapping(options, field, 0);
    if (at) return error.withPlace({ key: formatPath(['sources', source, 'options', ...at]) });
  }
  return error;
}

/** The path (under the options) of `columns[field]`, depth-first, when the options map that field. */
function findMapping(value: unknown, field: string, depth: number): string[] | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value) || depth > 4) return undefined;
  const o = value as Record<string, unknown>;
  const columns = o.columns;
  if (columns && typeof columns === 'object' && !Array.isArray(columns) && field in columns) return ['columns', field];
  for (const [k, v] of Object.entries(o)) {
    if (k === 'columns') continue;
    const inner = findMapping(v, field, depth + 1);
    if (inner) return [k, ...inner];
  }
  return undefined;
}
