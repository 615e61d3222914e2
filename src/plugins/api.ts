/**
 * The public plugin API: what a source plugin is, what it receives and what it yields.
 * Plugins import this (through `cadence/plugin`) and nothing else of Cadence.
 */
import type { z } from 'zod';
import type { ErrorCode, Place } from '../core/errors.ts';
import type { EntityName } from '../core/schema/entities.ts';
import type { Clock, Logger } from '../core/log/types.ts';
import type { BulkLoad } from '../core/store/bulk-load.ts';

// Defined by the core (which must not depend on the plugin host), public through this module.
export type { Clock, Logger } from '../core/log/types.ts';
export type { BulkLoad, ColumnSpec } from '../core/store/bulk-load.ts';



/** A stream: one kind of record a source produces, landing in one entity. */
export interface StreamDefinition {
  /** Entity the stream's records are validated against and stored in. */
  entity: EntityName;
  /** Field the stream's cursor follows (e.g. updated_at), for `cadence check` and docs. */
  cursorField?: string;
  description?: string;
  /**
   * Whether each pull yields the stream's whole data (a file read from start to end), so its rows
   * replace the ones this source's stream stored before: a row the new pull no longer has, e.g.
   * one made by an earlier mapping, is removed. Default: true for a stream that yields bulk
   * loads, false for records (incremental API streams merge: new and changed rows only). Set it
   * true for a plugin that reads files into records (xlsx, JSON exports), false for bulk loads of
   * increments.
   */
  snapshot?: boolean;
}

/** The names Cadence listens for, from the config (for tagging matched_kind / matched_name). */
export interface TrackedNames {
  brand: { name: string; aliases: string[]; keywords: string[]; handles: string[]; hashtags: string[] };
  competitors: { name: string; aliases: string[]; keywords: string[]; handles: string[]; hashtags: string[] }[];
  topics: { name: string; keywords: string[] }[];
  influencers: { name: string; handles: string[] }[];
  publicFaces: { name: string; handles: string[] }[];
}

/** What `pull` and `check` receive: a narrow context, never the store. */
export interface SourceContext<Options> {
  /** The source's name in the config (key under `sources`). */
  source: string;
  /** Validated options; `{ env }` references already replaced by their values. */
  options: Options;
  /** Aborted on Ctrl-C, on kill, or when the host gives up; stop promptly when it fires. */
  signal: AbortSignal;
  log: Logger;
  /** Use this, not the global fetch: tests inject a local server, the host adds retries/redaction. */
  fetch: typeof fetch;
  clock: Clock;
  /** Project folder; resolve relative file paths against it. */
  projectDir: string;
  /** Reporting time zone of the project (IANA). */
  timezone: string;
  tracked: TrackedNames;
  /** The last committed cursor of a stream, or undefined on a first pull. */
  cursor(stream: string): unknown;
}

/** A record for a stream: the entity's fields (without provenance). */
export interface RecordItem {
  type: 'record';
  stream: string;
  data: Record<string, unknown>;
  /** Where it came from (file and line for files; page or key for APIs). */
  place?: Place;
}

/** A row the plugin itself could not read; stored in data/rejects/ like a validation failure. */
export interface RejectItem {
  type: 'reject';
  stream: string;
  code: ErrorCode;
  reason: string;
  place: Place;
  /** The raw row text, as far as known. */
  raw?: string;
}

/** Everything before this point of the stream is yielded; save `cursor` once it is committed. */
export interface CheckpointItem {
  type: 'checkpoint';
  stream: string;
  cursor: unknown;
}

export interface ProgressItem {
  type: 'progress';
  /** Units done so far (rows, bytes, pages). */
  done: number;
  total?: number;
  unit: 'rows' | 'bytes' | 'pages';
  stream?: string;
}

export interface BulkItem {
  type: 'bulk';
  stream: string;
  load: BulkLoad;
}

/**
 * A stream failed for good (401, 403, 404, an invalid query): the host reports it with the plugin,
 * stream and cause, keeps what the stream committed so far, and the plugin goes on with its other
 * streams. (Throwing instead stops the whole source.)
 */
export interface StreamErrorItem {
  type: 'error';
  stream: string;
  error: Error;
}

export type PullItem = RecordItem | RejectItem | CheckpointItem | ProgressItem | BulkItem | StreamErrorItem;

export interface CheckResult {
  ok: boolean;
  /** One line: "connected as …", "file found, 7,050 rows" or what is wrong. */
  message: string;
  /** Per stream: what the next pull will fetch ("since 2026-09-01", "whole file"). */
  streams?: Record<string, string>;
}

export interface SourcePlugin<OptionsSchema extends z.ZodType = z.ZodType> {
  /** Unique plugin name, lower case: csv, brandwatch, hubspot. */
  name: string;
  description?: string;
  /** zod schema of the options; mark secrets with `.meta({ secret: true })`. */
  options: OptionsSchema;
  /** Streams the plugin yields, fixed or computed from the options. */
  streams: Record<string, StreamDefinition> | ((options: z.output<OptionsSchema>) => Record<string, StreamDefinition>);
  /** Quick, read-only test of the configuration: file exists, credentials work. */
  check(ctx: SourceContext<z.output<OptionsSchema>>): Promise<CheckResult>;
  /** Yields records, rejects, bulk loads, checkpoints and progress. */
  pull(ctx: SourceContext<z.output<OptionsSchema>>): AsyncIterable<PullItem>;
}

/** Makes a source plugin. A plain object: its state lives in the closures of check and pull. */
export function defineSource<OptionsSchema extends z.ZodType>(plugin: SourcePlugin<OptionsSchema>): SourcePlugin<OptionsSchema> {
  return plugin;
}

export function streamsOf(plugin: SourcePlugin, options: unknown): Record<string, StreamDefinition> {
  return typeof plugin.streams === 'function' ? plugin.streams(options as never) : plugin.streams;
}
