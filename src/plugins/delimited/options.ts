/**
 * The user-facing options of a delimited export: how one field is read (`fieldMapping`) and the
 * file-level settings (`delimitedFileOptions`). The csv source builds its options from these, and
 * vendor plugins may offer the same knobs with the same wording.
 */
import { z } from 'zod';
import { isTimeZone } from '../../core/schema/config.ts';

const columnName = z.string().min(1);

/** How one field is read. A bare string is the column name. */
export const fieldMapping = z.union([
  columnName.describe('Column name in the header (case-insensitive).'),
  z
    .object({
      column: columnName.describe('Column name in the header (case-insensitive).'),
      format: z
        .union([z.string(), z.array(z.string()).min(1)])
        .optional()
        .describe('strptime format(s) for dates, tried in order, e.g. "%m/%d/%Y %H:%M". Detected when absent.'),
      map: z
        .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
        .optional()
        .describe('Translate raw values (case-insensitive), e.g. { "pos": "positive" }; "*" catches every other non-empty value.'),
      pattern: z.string().optional().describe('Regular expression; the first capture group is kept. For a list field, of every match: "#(\\w+)" collects every hashtag of a text.'),
      unescape: z
        .literal('html')
        .optional()
        .describe('Decode the HTML character references an export left in the text (&amp; &lt; &gt; &quot; &#39; &apos;), as X/Twitter and Facebook exports write them; before `pattern`.'),
      split: z.string().optional().describe('Separator of list items (default: spaces or commas).'),
      default: z.union([z.string(), z.number(), z.boolean()]).optional().describe('Value used when the cell is empty.'),
    })
    .strict(),
  z.object({ value: z.union([z.string(), z.number(), z.boolean(), z.null()]) }).strict().describe('A fixed value for every row.'),
  z
    .object({
      template: z.string().min(1),
      format: z.union([z.string(), z.array(z.string()).min(1)]).optional().describe('strptime format(s) when the template makes a date.'),
      pattern: z.string().optional().describe('Regular expression over the made text; the first capture group is kept (no match: empty), e.g. "(?i)^true (.+)$" over "{IsClosed} {CloseDate}" to keep a date only where a flag is set.'),
    })
    .strict()
    .describe('Text made of columns: "{Network}:{Profile}".'),
  z.object({ hash: z.array(columnName).min(1) }).strict().describe('A stable hash of these columns ("*" = all), for ids.'),
  z.object({ sum: z.array(columnName).min(1) }).strict().describe('Sum of numeric columns (blank counts as 0).'),
  z
    .object({
      match: z.array(columnName).min(1),
      patterns: z.array(z.object({ value: z.string(), regex: z.string() }).strict()),
    })
    .strict()
    .describe('The value of the first pattern (case-insensitive with (?i)) that matches the text of these columns — e.g. the tracked name a mention is about.'),
]).meta({
  // What a config error says is expected when a mapping fits none of the forms (src/core/config/issues.ts).
  expected:
    'a column name ("Date") or one of { column, format?, map?, pattern?, unescape?, split?, default? }, { value }, { template, format?, pattern? }, { hash: [columns] }, { sum: [columns] }, { match: [columns], patterns: [{ value, regex }] }',
});
export type FieldMapping = z.infer<typeof fieldMapping>;

/** Entity field → how it is read. */
export const fieldMappings = z.record(z.string(), fieldMapping);

/** Values of the `encoding` option. */
export const encodingOptions = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1'] as const;
export type EncodingOption = (typeof encodingOptions)[number];

/** File-level options of a delimited export (not strict: extend it, then call `.strict()`). */
export const delimitedFileOptions = z.object({
  file: z.string().min(1).describe('Path of the export, relative to the project; a glob (*.csv) reads every match.'),
  timezone: z.string().refine(isTimeZone, 'not an IANA time zone (e.g. Europe/Berlin)').optional().describe('Time zone of dates without an offset (default: the project’s).'),
  encoding: z
    .enum(encodingOptions)
    .default('auto')
    .describe('Text encoding; auto reads the byte-order mark (which always wins), then tells UTF-8 from Windows-1252 (and Shift_JIS, GB18030, Big5, EUC-KR). latin1 is read as Windows-1252, as browsers do.'),
  delimiter: z.string().length(1).optional().describe('Field separator; detected (, ; tab |) when absent.'),
  headerRow: z.number().int().positive().optional().describe('1-based line of the header; detected when absent.'),
  decimal: z.enum(['.', ',']).default('.').describe('Decimal mark of numbers ("," for many European exports).'),
});
export type DelimitedFileOptions = z.output<typeof delimitedFileOptions>;
