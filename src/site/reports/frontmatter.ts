/**
 * The frontmatter of an MDX report: which audience and cadence it is for, its title, and the
 * built-in sections `<Sections />` renders, in order. Parsed with `yaml` (positions for every
 * node) and checked with zod, so a bad key is reported as file:line:column with what was expected.
 *
 * ```mdx
 * ---
 * audience: team          # team, sales or leadership
 * cadence: monthly        # daily, weekly, monthly, quarterly or annual
 * title: "{audience}: {period}"
 * sections: [findings, checklist, key-figures, stages]
 * ---
 * ```
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';
import { CadenceError } from '../../core/errors.ts';
import { audienceNames, cadences } from '../../core/schema/config.ts';

/** The built-in sections a report can list; each is also a component (see the README). */
export const sectionNames = [
  'findings',
  'months',
  'next-steps',
  'wins-and-risks',
  'asks',
  'checklist',
  'goals',
  'key-figures',
  'stages',
  'anomalies',
  'people',
  'share-of-voice',
  'campaigns',
  'prospects',
  'offers',
  'traffic',
  'voices',
  'charts',
  'definitions',
] as const;
export type SectionName = (typeof sectionNames)[number];

/** Placeholders a title may hold. */
export const titlePlaceholders = ['audience', 'period', 'brand', 'cadence'] as const;

/** A frontmatter title whose `{placeholders}` are among `names` (reports, decks). */
export const titleSchema = (names: readonly string[]) =>
  z
    .string()
    .min(1)
    .refine((t) => [...t.matchAll(/\{([^}]*)\}/g)].every((m) => names.includes(m[1]!)), {
      message: `a title whose placeholders are among ${names.map((p) => `{${p}}`).join(', ')}`,
    });

/** A title pattern with its `{placeholders}` filled from `values` (a name without a value stays as written). */
export const fillTitle = (pattern: string, values: Readonly<Record<string, string>>): string => pattern.replace(/\{([a-z]+)\}/g, (all, key: string) => values[key] ?? all);

export const reportFrontmatter = z
  .object({
    audience: z.enum(audienceNames),
    cadence: z.enum(cadences),
    title: titleSchema(titlePlaceholders).optional(),
    description: z.string().min(1).optional(),
    sections: z.array(z.enum(sectionNames)).optional(),
  })
  .strict();

export type ReportFrontmatter = z.infer<typeof reportFrontmatter>;

export interface ParsedReportFile {
  frontmatter: ReportFrontmatter;
  /** Line (1-based) the body starts on. */
  bodyLine: number;
  body: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses and checks a report's frontmatter; `file` is only used in errors. */
export function parseReportFile(source: string, file: string): ParsedReportFile {
  return parseFrontmatter(source, file, reportFrontmatter, {
    detail: 'the report has no frontmatter: it must start with a --- block naming at least its audience and cadence',
    hint: 'Start the file with\n---\naudience: team\ncadence: monthly\n---',
  });
}

/**
 * Parses the YAML frontmatter of an MDX file (reports, decks) and checks it with `schema`. Every
 * problem is a `CADENCE_REPORT_INVALID` at the file, line and column of the offending node;
 * `missing` says what to write when there is no frontmatter at all.
 */
export function parseFrontmatter<S extends z.ZodObject>(source: string, file: string, schema: S, missing: { detail: string; hint: string }): { frontmatter: z.infer<S>; bodyLine: number; body: string } {
  const text = source.replace(/^\uFEFF/, '');
  const fence = FENCE.exec(text);
  if (!fence) throw new CadenceError('CADENCE_REPORT_INVALID', missing.detail, { place: { file, line: 1, column: 1 }, hint: missing.hint });
  const lineCounter = new LineCounter();
  const doc = parseDocument(fence[1]!, { lineCounter, prettyErrors: false });
  // Frontmatter starts on line 2 of the file (after the opening ---).
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line + 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new CadenceError('CADENCE_REPORT_INVALID', `the frontmatter is not valid YAML: ${e.message.split('\n')[0]}`, { place: at(e.pos[0]) });
  }
  const data: unknown = doc.toJS() ?? {};
  const checked = schema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    // Point at the offending node, else its parent, else the start of the frontmatter.
    let offset = 0;
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        offset = node.range[0];
        break;
      }
    }
    const key = path.length > 0 ? path.join('.') : 'frontmatter';
    throw new CadenceError('CADENCE_REPORT_INVALID', `${key}: ${describeIssue(issue, data, Object.keys(schema.shape))}`, { place: at(offset) });
  }
  const bodyStart = fence[0].length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length;
  return { frontmatter: checked.data as z.infer<S>, bodyLine, body: text.slice(bodyStart) };
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, known: readonly string[]): string {
  switch (issue.code) {
    case 'invalid_value':
      if (valueAt(data, issue.path) === undefined) return `missing (expected one of ${issue.values.map(String).join(', ')})`;
      return `expected one of ${issue.values.map(String).join(', ')}, found ${JSON.stringify(valueAt(data, issue.path))}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (known: ${known.join(', ')})`;
    case 'invalid_type':
      return valueAt(data, issue.path) === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, found ${JSON.stringify(valueAt(data, issue.path))}`;
    case 'custom':
      return `expected ${issue.message}, found ${JSON.stringify(valueAt(data, issue.path))}`;
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}
