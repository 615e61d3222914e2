/**
 * Turns zod issues into lines a config author can act on: `key.path: expected X, found Y`.
 *
 * Every issue is listed (not just the first). Messages a schema sets itself (e.g. "a path that
 * starts and ends with /, e.g. /reports/") are read as the expected value; zod's own messages are
 * replaced by ours through a per-parse error map. Used for cadence.config.ts and plugin options.
 */
import { z } from 'zod';
import { closest } from './did-you-mean.ts';
import { formatTypedValue, formatValue } from './format-value.ts';
import { metaOf, objectShape, schemaAt, unwrap } from './schema-walk.ts';

/** One problem of a value: where (`site.base`) and what (`expected …, found …`). */
export interface Problem {
  path: string;
  message: string;
}

export type ValidationResult<T> = { success: true; data: T } | { success: false; problems: Problem[] };

/**
 * Validates `value` against `schema`, explaining every issue.
 * `root` is prepended to every path (e.g. ['sources', 'posts', 'options'] for plugin options).
 */
export function validate<T extends z.ZodType>(schema: T, value: unknown, root: readonly PropertyKey[] = []): ValidationResult<z.output<T>> {
  const result = schema.safeParse(value, { reportInput: true, error: explainRawIssue });
  if (result.success) return { success: true, data: result.data };
  const problems = result.error.issues.flatMap((issue) => explainIssue(issue, schema, [], root));
  return { success: false, problems };
}

/** Problems as indented lines, for a CadenceError detail. */
export function formatProblems(problems: readonly Problem[], indent = '    '): string {
  return problems.map((p) => `${indent}${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n');
}

/** `brand.handles`, `competitors[0].name`, `sources["my source"].plugin`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Our wording for zod's issue codes; the schema's own messages take precedence over this. */
function explainRawIssue(issue: z.core.$ZodRawIssue): string {
  const found = formatTypedValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `expected ${expectedName(String(issue.expected))}, found nothing (the key is required)`;
      return `expected ${expectedName(String(issue.expected))}, found ${found}`;
    case 'too_small':
      return `expected ${bound('at least', 'more than', issue.minimum, issue.origin, issue.inclusive, issue.exact)}, found ${found}`;
    case 'too_big':
      return `expected ${bound('at most', 'less than', issue.maximum, issue.origin, issue.inclusive, issue.exact)}, found ${found}`;
    case 'invalid_format':
      return `expected ${formatName(issue as unknown as z.core.$ZodIssueInvalidStringFormat & Record<string, unknown>)}, found ${formatValue(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? formatValue(issue.values[0]) : `one of ${issue.values.map((v) => formatValue(v)).join(', ')}`}, found ${formatValue(issue.input)}`;
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}, found ${formatValue(issue.input)}`;
    case 'unrecognized_keys':
      return 'unknown key';
    case 'invalid_union':
      return `expected one of the accepted forms, found ${found}`;
    case 'invalid_key':
      return `invalid key ${formatValue(issue.input)}`;
    case 'invalid_element':
      return `invalid element, found ${found}`;
    default:
      return `not a valid value, found ${found}`;
  }
}

function expectedName(expected: string): string {
  if (expected === 'int') return 'an integer';
  if (expected === 'nonoptional') return 'a value';
  if (expected === 'record') return 'object';
  return expected;
}

function bound(inclusiveWord: string, exclusiveWord: string, limit: number | bigint, origin: string, inclusive?: boolean, exact?: boolean): string {
  const n = Number(limit);
  if (origin === 'string') {
    if (exact) return `exactly ${n} character${n === 1 ? '' : 's'}`;
    if (inclusiveWord === 'at least' && n === 1) return 'a non-empty string';
    return `${inclusive === false ? exclusiveWord : inclusiveWord} ${n} character${n === 1 ? '' : 's'}`;
  }
  if (origin === 'array' || origin === 'set') {
    if (exact) return `exactly ${n} item${n === 1 ? '' : 's'}`;
    if (inclusiveWord === 'at least' && n === 1) return 'a non-empty list';
    return `${inclusive === false ? exclusiveWord : inclusiveWord} ${n} item${n === 1 ? '' : 's'}`;
  }
  if (origin === 'date') return `a date ${inclusive === false ? exclusiveWord : inclusiveWord} ${new Date(n).toISOString()}`;
  return `a number ${inclusive === false ? exclusiveWord : inclusiveWord} ${String(limit)}`;
}

function formatName(issue: z.core.$ZodIssueInvalidStringFormat & Record<string, unknown>): string {
  switch (issue.format) {
    case 'regex':
      return `text matching ${issue.pattern}`;
    case 'starts_with':
      return `text starting with ${JSON.stringify(issue.prefix)}`;
    case 'ends_with':
      return `text ending with ${JSON.stringify(issue.suffix)}`;
    case 'includes':
      return `text containing ${JSON.stringify(issue.includes)}`;
    case 'date':
      return 'a date like 2026-09-14';
    case 'datetime':
      return 'a date and time like 2026-09-14T08:30:00Z';
    case 'url':
      return 'a URL';
    case 'email':
      return 'an e-mail address';
    default:
      return `a valid ${issue.format}`;
  }
}

/** Is this message ours (already "expected …, found …") or the schema's own words? */
function isOurs(message: string): boolean {
  return /^(expected |unknown key|invalid key|invalid element|not a valid value)/.test(message);
}

/**
 * Explains one final issue. `schema` validates the value at `base`; `root` is only shown.
 */
function explainIssue(issue: z.core.$ZodIssue, schema: z.core.$ZodType | undefined, base: readonly PropertyKey[], root: readonly PropertyKey[]): Problem[] {
  const at = [...base, ...issue.path];
  const path = formatPath([...root, ...at]);
  const here = schema && schemaAt(schema, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = here ? knownKeys(here, issue.input) : [];
      return issue.keys.map((key) => ({ path: formatPath([...root, ...at, key]), message: unknownKeyMessage(key, known) }));
    }
    case 'invalid_key': {
      const inner = issue.issues.map((i) => withFound(i.message, i.input)).join('; ');
      return [{ path, message: `not a valid name: ${inner}` }];
    }
    case 'invalid_union': {
      const options = here ? unionOptions(here) : [];
      const best = bestUnionBranch(issue.errors);
      // A union that says what it accepts (`.meta({ expected })`, e.g. a column mapping): when no form
      // fits at all — another type, or an object sharing no key with any form — list the forms.
      const forms = here ? metaOf(here).expected : undefined;
      if (typeof forms === 'string' && (best === undefined || !sharesKey(issue.input, options))) {
        return [{ path, message: `expected ${forms}, found ${formatTypedValue(issue.input)}${keySuggestion(issue.input, options)}` }];
      }
      if (best !== undefined) return issue.errors[best]!.flatMap((i) => explainIssue(i, options[best], at, root));
      const types = [...new Set(issue.errors.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => expectedName(String(i.expected)))))];
      if (types.length > 0) return [{ path, message: `expected ${orList(types)}, found ${formatTypedValue(issue.input)}` }];
      return [{ path, message: issue.message }];
    }
    default:
      return [{ path, message: withFound(issue.message, issue.input) }];
  }
}

/** Keys of the object schema here; of a union, the object option sharing most keys with the input. */
function knownKeys(schema: z.core.$ZodType, input: unknown): string[] {
  const shape = objectShape(schema);
  if (shape) return Object.keys(shape);
  const given = input && typeof input === 'object' ? Object.keys(input) : [];
  let best: string[] = [];
  let bestShared = -1;
  for (const option of unionOptions(schema)) {
    const keys = option ? Object.keys(objectShape(option) ?? {}) : [];
    const shared = keys.filter((k) => given.includes(k)).length;
    if (keys.length > 0 && shared > bestShared) [best, bestShared] = [keys, shared];
  }
  return best;
}

/** Does the input (an object) have a key of one of the union's object forms? */
function sharesKey(input: unknown, options: (z.core.$ZodType | undefined)[]): boolean {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return false;
  const keys = options.flatMap((o) => Object.keys((o && objectShape(o)) ?? {}));
  return Object.keys(input).some((k) => keys.includes(k));
}

/** " — did you mean column?" for an object whose keys are typos of a form's keys. */
function keySuggestion(input: unknown, options: (z.core.$ZodType | undefined)[]): string {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return '';
  const keys = [...new Set(options.flatMap((o) => Object.keys((o && objectShape(o)) ?? {})))];
  const guesses = Object.keys(input).flatMap((k) => {
    const g = closest(k, keys);
    return g ? [`${g} (for ${k})`] : [];
  });
  return guesses.length ? ` — did you mean ${guesses.join(', ')}?` : '';
}

function unionOptions(schema: z.core.$ZodType): (z.core.$ZodType | undefined)[] {
  const d = unwrap(schema)._zod.def as { type: string; options?: z.core.$ZodType[] };
  return d.type === 'union' && d.options ? d.options : [];
}

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** A schema's own message names what is expected; add what was found. */
function withFound(message: string, input: unknown): string {
  if (isOurs(message)) return message;
  // "a path that …" names the expected value; "a goal needs …" is a sentence of its own.
  const nounPhrase = /^(an?|the) /.test(message) && !/\b(needs?|must|should|is|are|cannot|can't|may)\b/.test(message);
  const expected = nounPhrase ? `expected ${message}` : message;
  return `${expected}, found ${formatValue(input)}`;
}

function unknownKeyMessage(key: string, known: string[]): string {
  if (known.length === 0) return 'unknown key';
  const guess = closest(key, known);
  return `unknown key${guess ? ` — did you mean ${guess}?` : ''} (known keys: ${known.join(', ')})`;
}

/**
 * Of a union's failed branches, the index of the one the author most likely meant: branches that
 * failed on the value's type at the top are skipped, then the one with the fewest issues wins.
 * Undefined when every branch failed on the type (then the accepted types are listed instead).
 */
function bestUnionBranch(branches: z.core.$ZodIssue[][]): number | undefined {
  let best: number | undefined;
  branches.forEach((b, index) => {
    const plausible = b.length > 0 && !b.some((i) => i.path.length === 0 && i.code === 'invalid_type');
    if (plausible && (best === undefined || weight(b) < weight(branches[best]!))) best = index;
  });
  return best;
}

function weight(issues: z.core.$ZodIssue[]): number {
  return issues.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? i.keys.length : 1), 0);
}
