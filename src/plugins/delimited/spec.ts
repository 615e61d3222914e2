/**
 * What a plugin tells the delimited-file engine: which files, which entity, how fields are read.
 */
import type { EntityName } from '../../core/schema/entities.ts';
import type { EncodingOption, FieldMapping } from './options.ts';

/** Field → mapping, or a function of a file's header (exact names, as reported) giving it. */
export type MappingOf = Record<string, FieldMapping> | ((header: string[]) => Record<string, FieldMapping>);

export interface DelimitedFileSpec {
  /** Path (relative to ctx.projectDir) or a pattern with * ? in the file name. */
  file: string;
  entity: EntityName;
  /** Stream the bulk loads are yielded on (default: the entity). */
  stream?: string;
  /**
   * Field mapping, or a function of the file's header (exact header names) returning it — for
   * vendors whose layouts differ (e.g. an older layout). A function is called once per file.
   */
  columns: MappingOf;
  /** Default 'auto'. */
  encoding?: EncodingOption;
  /** Detected (, ; tab |) when absent. */
  delimiter?: string;
  /** 1-based line of the header; detected when absent. */
  headerRow?: number;
  /** Default '.'. */
  decimal?: '.' | ',';
  /** IANA zone of timestamps without an offset (default: ctx.timezone). */
  timezone?: string;
  /**
   * Column names that identify the header row (trimmed, case-insensitive): the header is the row
   * holding all of them. Mostly for a function mapping, whose columns are unknown before the
   * header is; without it such a header is found by shape (a row of names heading the table).
   */
  headerHint?: string[];
}
