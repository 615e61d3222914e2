/**
 * Resolves a Hootsuite export's header against the dictionary (dictionary.ts), applies the
 * user's overrides, and says where each field comes from — for the engine (the mapping) and for
 * `check` (the report of what was found).
 */
import { CadenceError, type FieldMapping } from 'cadence/plugin';
import { isGmt, postsDictionary, profilesDictionary, type Entry } from './dictionary.ts';

export type Report = 'posts' | 'profiles';

/** Fields each report cannot do without (ids are derived by the store when no column has them). */
export const requiredFields: Record<Report, string[]> = {
  posts: ['published_at', 'platform'],
  profiles: ['date', 'platform', 'account_id'],
};

const dictionaries: Record<Report, Entry[]> = { posts: postsDictionary, profiles: profilesDictionary };
const entities: Record<Report, string> = { posts: 'posts', profiles: 'account_snapshots' };

export interface Resolution {
  /** Field → how it is read. */
  columns: Record<string, FieldMapping>;
  /** Field → where it comes from, for people: `"Date (GMT)" (UTC)`, `override`. */
  from: Record<string, string>;
  /** Header columns no field reads. */
  unused: string[];
}

const fold = (s: string) => s.trim().toLowerCase();

/** The first of `names` the header holds (trimmed, case-insensitive), as the header spells it. */
export function pick(header: string[], ...names: string[]): string | undefined {
  for (const name of names) {
    const found = header.find((h) => fold(h) === fold(name));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Column names a mapping reads (as written). */
function referenced(m: FieldMapping): string[] {
  if (typeof m === 'string') return [m];
  if ('column' in m) return [m.column];
  if ('template' in m) return [...m.template.matchAll(/\{([^{}]+)\}/g)].map((x) => x[1]!);
  if ('hash' in m) return m.hash;
  if ('sum' in m) return m.sum;
  if ('match' in m) return m.match;
  return [];
}

const given = (m: FieldMapping | undefined) => m !== undefined && !(typeof m === 'object' && 'value' in m && m.value === null);

/**
 * The mapping for `header`: dictionary first, overrides over it. Throws
 * CADENCE_CSV_MAPPING_INVALID when a required field is left without a column, naming the
 * header and how to add an override.
 */
export function resolveHeader(report: Report, header: string[], overrides: Record<string, FieldMapping> = {}): Resolution {
  const columns: Record<string, FieldMapping> = {};
  const from: Record<string, string> = {};
  for (const entry of dictionaries[report]) {
    const column = pick(header, ...entry.names);
    if (column === undefined) continue;
    const gmt = entry.read !== undefined && isGmt(column) && entry.field === 'published_at';
    columns[entry.field] = entry.read ? entry.read(column, gmt) : column;
    from[entry.field] = `"${column}"${gmt ? ' (UTC)' : ''}`;
  }
  // Without an id column, the account's name is its id.
  if (columns['account_id'] === undefined && columns['account_name'] !== undefined) {
    columns['account_id'] = columns['account_name'];
    from['account_id'] = from['account_name']!;
  }
  for (const [field, m] of Object.entries(overrides)) {
    columns[field] = m;
    from[field] = 'override';
  }
  for (const field of Object.keys(columns)) {
    if (!given(columns[field])) {
      delete columns[field];
      delete from[field];
    }
  }
  // Fields in dictionary order (then overrides), so `check` lists them as the entity does.
  const order = new Map(dictionaries[report].map((e, i) => [e.field, i]));
  const rank = (f: string) => order.get(f) ?? order.size;
  const sorted = Object.fromEntries(Object.entries(from).sort(([a], [b]) => rank(a) - rank(b)));
  const read = new Set(Object.values(columns).flatMap(referenced).map(fold));
  const unused = header.filter((h) => !read.has(fold(h)));
  const missing = requiredFields[report].filter((f) => columns[f] === undefined);
  if (missing.length) {
    const example = missing.map((f) => (f === 'platform' ? `platform: { value: 'facebook' }` : `${f}: '<column>'`)).join(', ');
    throw new CadenceError(
      'CADENCE_CSV_MAPPING_INVALID',
      `${entities[report]} needs ${missing.join(', ')}, but no column of this file has a name Hootsuite is known to use for ${missing.length === 1 ? 'it' : 'them'}. ` +
        `The header has: ${header.join(', ')}.${Object.keys(from).length ? ` Found: ${describe(sorted)}.` : ''}`,
      {
        hint: `Add an override for ${missing.join(', ')} under \`${report}.columns\` in the source options, e.g. columns: { ${example} } (a column name, or { value } for a fixed one).`,
        details: { missing, header, mapped: from },
      },
    );
  }
  return { columns, from: sorted, unused };
}

/** "published_at ← "Date (GMT)" (UTC), platform ← "Social Network"". */
export function describe(from: Record<string, string>): string {
  return Object.entries(from)
    .map(([field, source]) => `${field} ← ${source}`)
    .join(', ');
}
