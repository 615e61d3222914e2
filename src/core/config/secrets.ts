/**
 * Replaces `{ env: "NAME" }` references in a source's options by the environment's values.
 *
 * A field the plugin marks `.meta({ secret: true })` must be given as `{ env: "NAME" }`: a literal
 * value fails with CADENCE_CONFIG_SECRET_LITERAL (and the value is never repeated in the message).
 * Any other field may use `{ env }` too. Top-level fields and fields of nested objects are walked;
 * arrays are left as they are. The values of secret fields are returned for log redaction.
 *
 * A value with whitespace around it (a `.env` saved with Windows line endings leaves a CR at the
 * end of every variable) is trimmed before use, and a warning names the variable — never the
 * value: HTTP clients strip that whitespace from a header anyway, so the server sees (and may
 * echo) the trimmed value, and a token with a CR kept would be sent in a URL or a form as is.
 * Both the value as given and trimmed are returned for redaction. A value that is only
 * whitespace counts as not set (CADENCE_ENV_MISSING).
 *
 * Call it before validating the options with the plugin's schema: the schema sees plain values.
 */
import type { z } from 'zod';
import { CadenceError } from '../errors.ts';
import { formatPath } from './issues.ts';
import { metaOf, objectShape } from './schema-walk.ts';

export interface ResolvedSecrets {
  /** The options with every `{ env }` reference replaced (a new object; the input is not changed). */
  options: Record<string, unknown>;
  /** Values of the fields marked secret, to redact from every log line and error. */
  secrets: string[];
  /** One line per variable whose value had whitespace around it (trimmed): log them as warnings. */
  warnings: string[];
}

/** `{ env: "NAME" }` and nothing else. */
export function isEnvRef(value: unknown): value is { env: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { env?: unknown }).env === 'string'
  );
}

/** Is this field marked `.meta({ secret: true })` (on it or on any wrapper around it)? */
export function isSecretField(schema: z.core.$ZodType): boolean {
  return metaOf(schema).secret === true;
}

/**
 * @param optionsSchema the plugin's options schema
 * @param options the options as written in the config
 * @param env the environment (process.env in the CLI, a plain object in tests)
 * @param where key path of the options in the config, e.g. `sources.hubspot.options`; errors name
 *   `<where>.<field>`
 */
export function resolveSecrets(
  optionsSchema: z.core.$ZodType,
  options: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
  where: string,
): ResolvedSecrets {
  const secrets: string[] = [];
  const warnings: string[] = [];
  const resolved = walk(optionsSchema, options, env, where, { secrets, warnings }, 0);
  return { options: resolved, secrets: [...new Set(secrets)], warnings };
}

/** What the walk collects. */
interface Found {
  secrets: string[];
  warnings: string[];
}

function walk(
  schema: z.core.$ZodType | undefined,
  value: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
  where: string,
  found: Found,
  depth: number,
): Record<string, unknown> {
  const shape = schema ? objectShape(schema) : undefined;
  const out: Record<string, unknown> = {};
  for (const [key, given] of Object.entries(value)) {
    const field = shape?.[key];
    const keyPath = joinKey(where, key);
    const secret = field ? isSecretField(field) : false;
    if (isEnvRef(given)) {
      const value = env[given.env];
      const trimmed = value?.trim();
      if (value === undefined || !trimmed) {
        const why = value === undefined ? '' : value === '' ? ' (it is empty)' : ' (it holds only whitespace)';
        throw new CadenceError('CADENCE_ENV_MISSING', `${keyPath} refers to the environment variable ${given.env}, which is not set${why}.`, {
          place: { key: keyPath },
          details: { variable: given.env },
        });
      }
      if (trimmed !== value) found.warnings.push(whitespaceWarning(given.env, keyPath, value));
      out[key] = trimmed;
      if (secret) found.secrets.push(trimmed, value);
    } else if (secret && given !== undefined && given !== null) {
      throw new CadenceError('CADENCE_CONFIG_SECRET_LITERAL', `${keyPath} is a secret and is written literally in the configuration.`, {
        place: { key: keyPath },
        hint: `Write ${keyPath.split('.').pop()}: { env: "${suggestVariable(keyPath)}" } and set that variable in the environment (in CI, from the repository secrets).`,
      });
    } else if (field && isPlainObject(given) && objectShape(field) && depth < 8) {
      out[key] = walk(field, given, env, keyPath, found, depth + 1);
    } else {
      out[key] = given;
    }
  }
  return out;
}

/** "BW_TOKEN (for sources.bw.options.api.token) has whitespace around its value: it ends with CR LF; …" — never the value. */
function whitespaceWarning(variable: string, keyPath: string, value: string): string {
  const lead = /^\s*/.exec(value)![0];
  const trail = /\s*$/.exec(value)![0];
  const parts = [lead && `starts with ${nameChars(lead)}`, trail && `ends with ${nameChars(trail)}`].filter(Boolean).join(' and ');
  const crlf = trail.includes('\r') ? ' (a .env file saved with Windows line endings does this)' : '';
  return `environment variable ${variable} (for ${keyPath}) has whitespace around its value: it ${parts}${crlf}. Cadence removed it and uses the trimmed value; fix the variable to silence this warning.`;
}

/** "CR LF", "2 spaces", "tab" — whitespace named, never shown. */
function nameChars(text: string): string {
  const names: string[] = [];
  for (const ch of text) {
    const name = ch === '\r' ? 'CR' : ch === '\n' ? 'LF' : ch === ' ' ? 'space' : ch === '\t' ? 'tab' : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const last = names[names.length - 1];
    const m = last && /^(\d+ )?(\S+?)s?$/.exec(last);
    if (m && m[2] === name) names[names.length - 1] = `${(Number(m[1]) || 1) + 1} ${name}s`;
    else names.push(name);
  }
  return names.join(' ');
}

function joinKey(where: string, key: string): string {
  const segment = formatPath([key]);
  return !where || segment.startsWith('[') ? `${where}${segment}` : `${where}.${segment}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** `sources.hubspot.options.apiToken` → `HUBSPOT_API_TOKEN`. */
function suggestVariable(keyPath: string): string {
  const parts = keyPath.split('.');
  const source = parts[0] === 'sources' && parts[1] ? parts[1] : '';
  const field = parts[parts.length - 1] ?? 'secret';
  return [source, field]
    .filter(Boolean)
    .join('_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}
