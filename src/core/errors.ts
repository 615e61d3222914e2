/**
 * The one catalogue of Cadence error codes.
 *
 * Codes are permanent public names: tests assert the code, never the wording. Each entry says
 * what happened (title) and what to do (hint). Plugins throw `CadenceError`s (or plain errors);
 * the host adds who and where (plugin, stream, file:line:column) in one place.
 */

export const errorCatalogue = {
  // configuration
  CADENCE_CONFIG_NOT_FOUND: {
    title: 'No cadence.config.ts found',
    hint: 'Run `npx cadence init` to scaffold a project, or pass --config <file>.',
  },
  CADENCE_CONFIG_INVALID: {
    title: 'The configuration is invalid',
    hint: 'Fix the key named above in cadence.config.ts; the README has a config reference.',
  },
  CADENCE_CONFIG_LOAD_FAILED: {
    title: 'The configuration file could not be loaded',
    hint: 'Check that cadence.config.ts is valid TypeScript and default-exports defineConfig({...}).',
  },
  CADENCE_CONFIG_SECRET_LITERAL: {
    title: 'A secret option is written literally in the configuration',
    hint: 'Secrets are read from the environment only: write { env: "VARIABLE_NAME" } instead of the value.',
  },
  CADENCE_ENV_MISSING: {
    title: 'An environment variable the configuration refers to is not set',
    hint: 'Export the variable before running cadence (in CI, map it from the repository secrets).',
  },
  CADENCE_SOURCE_UNKNOWN: {
    title: 'No source with that name is configured',
    hint: 'Use one of the source names under `sources` in cadence.config.ts.',
  },
  // plugins
  CADENCE_PLUGIN_NOT_FOUND: {
    title: 'The plugin could not be found',
    hint: 'First-party plugins live in plugins/<name>; third-party ones must be installed with npm and named by package.',
  },
  CADENCE_PLUGIN_INVALID: {
    title: 'The module does not export a valid source plugin',
    hint: 'A source plugin default-exports the object returned by defineSource({ name, options, streams, check, pull }).',
  },
  CADENCE_PLUGIN_OPTIONS_INVALID: {
    title: 'The options given to a plugin are invalid',
    hint: 'Fix the option named above under sources.<name>.options in cadence.config.ts.',
  },
  CADENCE_PLUGIN_FAILED: {
    title: 'A plugin failed',
    hint: 'Read the cause above; if it names no fix, rerun with --verbose and report it to the plugin author.',
  },
  CADENCE_PLUGIN_PROTOCOL: {
    title: 'A plugin yielded something the host does not understand',
    hint: 'Yield records, checkpoints, progress or bulk loads made with the ctx helpers (ctx.record, ctx.checkpoint, …).',
  },
  CADENCE_STREAM_UNKNOWN: {
    title: 'A plugin yielded a record for a stream it did not declare',
    hint: 'Declare every stream in the plugin’s `streams` with its entity.',
  },
  CADENCE_STREAM_FAILED: {
    title: 'A stream of a source failed; its other streams went on',
    hint: 'Read the cause (HTTP status, what to check); what the stream pulled before is kept, and the next pull resumes it.',
  },
  CADENCE_PULL_ABORTED: {
    title: 'The pull was stopped before it finished',
    hint: 'Nothing was half-written: what the pull had not committed was dropped, so the data folder is as it was before the pull or at its last commit (the message says which). Run the pull again to continue.',
  },
  CADENCE_FETCH_FAILED: {
    title: 'An HTTP request failed',
    hint: 'Check the network, the credentials and the API status; transient failures are retried with backoff.',
  },
  // store
  CADENCE_STORE_LOCKED: {
    title: 'Another cadence process is writing to this data folder',
    hint: 'Wait for the other pull to finish (or pass --wait); if no cadence process runs, the lock is stale and is cleared automatically.',
  },
  CADENCE_STORE_CORRUPT: {
    title: 'The data folder is damaged: its manifest, or the way to it, cannot be read',
    hint: 'The manifest says what the folder holds; without it nothing in the folder can be trusted. Restore data/ from a backup, or move it aside and pull every source again. (A damaged data file, with a sound manifest, is CADENCE_DATA_DAMAGED.)',
  },
  CADENCE_DATA_DAMAGED: {
    title: 'A file of the data folder does not match data/manifest.json',
    hint: 'Copy the file back from a backup of the data folder (a file’s name carries its content hash), or drop it with `npx cadence forget --damaged` and pull its sources again. `npx cadence check --data` lists every damaged file.',
  },
  CADENCE_STORE_IO: {
    title: 'The data folder could not be read or written',
    hint: 'The message names the path and the system error. Check that the folder exists, that this user may write it, and that the disk has room; then run the command again (what a stopped pull had not committed was dropped, so nothing is half-written).',
  },
  CADENCE_DISK_FULL: {
    title: 'The disk is full',
    hint: 'Free space on the disk named above (or move the folder, e.g. `dataDir` or `site.outDir`, to a larger disk) and run the command again. Nothing half-written was kept: the data folder is as it was at its last commit.',
  },
  CADENCE_STORE_SCHEMA_VERSION: {
    title: 'The data folder was written by a newer Cadence',
    hint: 'Upgrade Cadence, or pull into a fresh data folder.',
  },
  CADENCE_STORE_EMPTY: {
    title: 'The data folder holds no data yet',
    hint: 'Run `npx cadence pull` first (or `npm run demo` for the bundled sample data).',
  },
  // files and rows
  CADENCE_FILE_NOT_FOUND: {
    title: 'An input file does not exist',
    hint: 'Check the path in the source options; relative paths are resolved from the project folder.',
  },
  CADENCE_CSV_EMPTY: {
    title: 'The CSV file is empty',
    hint: 'Export the file again from the tool; make sure the export finished.',
  },
  CADENCE_CSV_HEADER_NOT_FOUND: {
    title: 'No header row with the mapped columns was found',
    hint: 'Check that the column names in the mapping match the export (they are matched case-insensitively), or set `headerRow`.',
  },
  CADENCE_CSV_MISSING_COLUMN: {
    title: 'A column named in the mapping is not in the file',
    hint: 'Fix the column name in the mapping, or export the file with that column.',
  },
  CADENCE_CSV_ENCODING: {
    title: 'The file’s text encoding could not be read',
    hint: 'Set `encoding` in the source options (utf-8, utf-16le, utf-16be, windows-1252, latin1), or re-export as UTF-8.',
  },
  CADENCE_CSV_MAPPING_INVALID: {
    title: 'The column mapping does not fit the entity',
    hint: 'Map only fields of the entity (the README lists them) and give every required field a column or value.',
  },
  CADENCE_CSV_TABLE_AMBIGUOUS: {
    title: 'Several tables of a multi-table export could be the one to read',
    hint: "Pick one with the source's `table` option (its position in the file, or its header line); `cadence check` lists the file's tables.",
  },
  CADENCE_EXPORT_NOT_SUPPORTED: {
    title: 'The file is an export Cadence has no place for',
    hint: 'The message says which export it is and which one to take instead; the plugin’s README lists the exports it reads.',
  },
  CADENCE_CSV_MALFORMED_ROW: {
    title: 'A row could not be parsed as CSV',
    hint: 'Usually an unclosed quote or a row with more cells than the header; the file may be truncated. Re-export it.',
  },
  CADENCE_VALUE_REQUIRED: {
    title: 'A required value is empty',
    hint: 'Fill the cell in the export, or map the field to another column or a fixed value.',
  },
  CADENCE_VALUE_NOT_NUMBER: {
    title: 'A value is not a number',
    hint: 'Numbers may use thousands separators and a % sign; set `decimal: ","` for European exports.',
  },
  CADENCE_VALUE_NOT_DATE: {
    title: 'A value is not a date in a known format',
    hint: 'Give the field’s `format` (strptime style, e.g. "%m/%d/%Y %H:%M") in the mapping.',
  },
  CADENCE_VALUE_NOT_DURATION: {
    title: 'A value is not a duration',
    hint: 'Durations are seconds or hh:mm:ss.',
  },
  CADENCE_VALUE_NOT_BOOLEAN: {
    title: 'A value is not true or false',
    hint: 'Use true/false, yes/no or 1/0, or give a `map` for the field.',
  },
  CADENCE_VALUE_NOT_ALLOWED: {
    title: 'A value is not one of the allowed values',
    hint: 'Give a `map` for the field in the mapping to translate the export’s values.',
  },
  CADENCE_VALUE_INVALID: {
    title: 'A value does not fit the field',
    hint: 'See the reason; fix the export or the mapping.',
  },
  CADENCE_CHECK_ROWS_REJECTED: {
    title: 'Most of the sampled rows of a stream would be rejected',
    hint: 'Read the reasons listed by `cadence check` (code, column, an example value): fix the mapping (a column, a date `format`, a `map`) or the export, and check again. A pull would fail this stream.',
  },
  CADENCE_ROWS_REJECTED: {
    title: 'Too many rows of a stream were rejected, so none of its rows were imported',
    hint: 'Read the rejects above (and the rejects file): usually a mapping to fix, e.g. a date `format`. To import the rest anyway, pass --allow-rejects or set sources.<name>.allowRejects.',
  },
  CADENCE_ID_COLLAPSE: {
    title: 'Different rows of a stream got the same id, so they would count as one',
    hint: "Map an id column (`id: 'Mention ID'`), or make one from the columns that tell rows apart: `id: { hash: ['Date', 'Author', 'Text'] }` (`['*']`: every column).",
  },
  // build
  CADENCE_BUILD_FAILED: {
    title: 'The report site could not be built',
    hint: 'Read the cause above; rerun with --verbose for the full Astro log.',
  },
  CADENCE_PERIOD_INVALID: {
    title: 'The period is not understood',
    hint: 'Use 2026-09, 2026-W38, 2026-Q3, 2026, 2026-09-14 or 2026-08-01..2026-08-31.',
  },
  CADENCE_CATALOG_UNKNOWN: {
    title: 'There is no message catalog for that language',
    hint: 'Name a language with a catalog (the list above), or add one: README “Adding a language”.',
  },
  CADENCE_REPORT_INVALID: {
    title: 'A report template is invalid',
    hint: 'Fix the frontmatter key or component named above in the MDX file; the README section “Writing reports” lists the keys, sections and components.',
  },
  CADENCE_ENGINE_UNREACHABLE: {
    title: 'The query engine could not be reached',
    hint: 'Check engine.url, engine.user and the password variable in cadence.config.ts, and that the ClickHouse server answers (curl <url>/ping); or remove `engine` to use the embedded DuckDB engine.',
  },
  CADENCE_ENGINE_AUTH_FAILED: {
    title: 'The query engine refused the credentials',
    hint: 'Check engine.user in cadence.config.ts and the environment variable engine.password names; the user needs CREATE TEMPORARY TABLE and the file or s3 table functions.',
  },
  CADENCE_ENGINE_QUERY_FAILED: {
    title: 'The query engine refused a query',
    hint: 'Read the engine’s message above. With ClickHouse: the server must read the data folder at engine.dataUrl (a path under its user_files_path, or object storage holding a copy of data/current), and the user needs CREATE TEMPORARY TABLE and the file/s3 table functions.',
  },
  CADENCE_ENGINE_NOT_INSTALLED: {
    title: 'The embedded ClickHouse engine (chdb) is not installed',
    hint: 'npm install --no-save chdb@3 (566 MB; only the engine tests and the engine benchmark need it).',
  },
  CADENCE_METRIC_INVALID: {
    title: 'A metric definition is invalid',
    hint: 'Fix the metric named above (defineMetric in cadence.config.ts): id "<stage>.<name>", a known stage, unit and entities, and an sql function.',
  },
  CADENCE_METRIC_SQL_FAILED: {
    title: 'The SQL of a metric failed',
    hint: 'Read the engine’s message above; the metric’s SQL must return one row per period with the columns `period` and `value` (see the README, “Adding a metric”).',
  },
  CADENCE_GOAL_UNKNOWN_KPI: {
    title: 'A goal names a KPI that does not exist',
    hint: 'Use one of the KPI ids listed by `npx cadence metrics --list`, or define the KPI with defineMetric.',
  },
  CADENCE_INIT_NOT_EMPTY: {
    title: 'The target folder already holds a Cadence project',
    hint: 'Choose an empty folder, or pass --force to overwrite the scaffold files (data is never touched).',
  },
  // cli
  CADENCE_SITE_NOT_BUILT: {
    title: 'The report site has not been built yet',
    hint: 'Run `npx cadence build` first; `cadence dev` serves the folder it writes (site.outDir).',
  },
  CADENCE_DEV_PORT_IN_USE: {
    title: 'The port for the preview server is taken',
    hint: 'Stop the other server, or pass another port: `npx cadence dev --port 4322`.',
  },
  CADENCE_COMMAND_UNAVAILABLE: {
    title: 'This command is not available in this build of Cadence',
    hint: 'The module that implements it is missing or incomplete; update Cadence (or, in a checkout, pull the latest sources).',
  },
  // digests
  CADENCE_DIGEST_SEND_FAILED: {
    title: 'The digest could not be sent to the webhook',
    hint: 'Check the URL in CADENCE_DIGEST_WEBHOOK and the receiving service; nothing was recorded as sent, so running the command again retries.',
  },
  // pdf
  CADENCE_CHROMIUM_NOT_FOUND: {
    title: 'No Chromium browser was found to print the PDFs',
    hint: 'apt-get install chromium, or set CADENCE_CHROMIUM=/path/to/chrome (or pass --chromium <path>).',
  },
  CADENCE_PDF_NO_REPORT: {
    title: 'No built report page matches',
    hint: 'Check --period (as in the page address: 2026-09, 2026-W38, 2026-Q3) and --audience, or build that period first: `npx cadence pdf --build --period 2026-09`.',
  },
  CADENCE_PDF_TOO_WIDE: {
    title: 'Part of a report page is wider than the printed page',
    hint: 'The element named above would be cut off on paper, so no PDF was written. Try --paper Letter (wider), or report it as a layout bug of the print stylesheet (src/site/styles/site.css).',
  },
  CADENCE_PDF_SLIDE_OVERFLOW: {
    title: 'A slide holds more than fits on its 16:9 page',
    hint: 'The slide named above would cut its content off, so no PDF was written for the deck. Split the slide in two or shorten it (a limit on a list or table) in reports/decks/<dept>.mdx.',
  },
} as const satisfies Record<string, { title: string; hint: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/** Where an error or reject happened. Every part is optional; the host fills in what it knows. */
export interface Place {
  plugin?: string;
  source?: string;
  stream?: string;
  file?: string;
  line?: number;
  column?: number | string;
  key?: string;
}

export interface CadenceErrorOptions {
  place?: Place;
  cause?: unknown;
  /** Overrides the catalogue hint when a more specific one is known. */
  hint?: string;
  /** Extra facts for machines (HTTP status, expected/found, …). */
  details?: Record<string, unknown>;
}

export class CadenceError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly hint: string;
  place: Place;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, detail: string, options: CadenceErrorOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CadenceError';
    this.code = code;
    this.detail = detail;
    this.hint = options.hint ?? errorCatalogue[code].hint;
    this.place = { ...(options.place ?? {}) };
    this.details = options.details ?? {};
    this.message = this.format();
  }

  /** Adds place facts the thrower did not know (the host calls this once). Existing facts win. */
  withPlace(place: Place): this {
    this.place = { ...place, ...stripUndefined(this.place) };
    this.message = this.format();
    return this;
  }

  format(): string {
    const where = formatPlace(this.place);
    return `${this.code}: ${errorCatalogue[this.code].title}${where ? ` (${where})` : ''}\n  ${this.detail}\n  hint: ${this.hint}`;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** "source posts (plugin csv, stream posts) at exports/a.csv:12:3" — the one place wording is made. */
export function formatPlace(place: Place): string {
  const parts: string[] = [];
  const who: string[] = [];
  if (place.source) who.push(`source ${place.source}`);
  const inner: string[] = [];
  if (place.plugin) inner.push(`plugin ${place.plugin}`);
  if (place.stream) inner.push(`stream ${place.stream}`);
  if (who.length && inner.length) parts.push(`${who[0]} (${inner.join(', ')})`);
  else if (who.length) parts.push(who[0]!);
  else if (inner.length) parts.push(inner.join(', '));
  if (place.file) {
    let loc = place.file;
    if (place.line !== undefined) loc += `:${place.line}`;
    if (place.line !== undefined && place.column !== undefined) loc += `:${place.column}`;
    parts.push(`at ${loc}`);
  } else if (place.line !== undefined) {
    parts.push(`line ${place.line}${place.column !== undefined ? `, column ${place.column}` : ''}`);
  }
  if (place.key) parts.push(`key ${place.key}`);
  return parts.join(' ');
}

export function isCadenceError(e: unknown): e is CadenceError {
  return e instanceof CadenceError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'CadenceError');
}

/** Wraps anything thrown into a CadenceError, keeping a CadenceError as is. */
export function toCadenceError(e: unknown, fallback: ErrorCode = 'CADENCE_PLUGIN_FAILED'): CadenceError {
  if (isCadenceError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new CadenceError(fallback, message, { cause: e });
}
