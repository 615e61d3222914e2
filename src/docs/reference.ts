/**
 * Markdown references written from the schemas themselves (config keys, entity fields), so the
 * README never says something the code does not do. `npm run docs` refreshes the README; a test
 * fails when it is out of date.
 */
import type { z } from 'zod';
import { exitCodeFor } from '../cli/exit-codes.ts';
import { CadenceError, errorCatalogue, type ErrorCode } from '../core/errors.ts';
import { builtinKpis } from '../core/metrics/registry.ts';
import { kpiStages } from '../core/metrics/kpi.ts';
import { configSchema } from '../core/schema/config.ts';
import { entities } from '../core/schema/entities.ts';
import { entityFields, provenanceColumns, type EntityDefinition } from '../core/schema/entity.ts';

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  defaultValue?: unknown;
  entries?: Record<string, string>;
  options?: z.ZodType[];
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const descOf = (s: z.ZodType): string | undefined => (s as unknown as { description?: string }).description ?? (s.meta() as { description?: string } | undefined)?.description;

/** Walks wrappers (optional, default, pipe…) to the schema that holds the shape. */
function unwrap(s: z.ZodType): { schema: z.ZodType; optional: boolean; defaultValue?: unknown; description?: string } {
  let cur = s;
  let optional = false;
  let defaultValue: unknown;
  let description = descOf(s);
  for (let i = 0; i < 8; i++) {
    const d = defOf(cur);
    if (d.type === 'optional' || d.type === 'nullable') optional = true;
    if (d.type === 'default' || d.type === 'prefault') {
      optional = true;
      defaultValue ??= typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
    }
    const next = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!next) break;
    cur = next;
    description ??= descOf(cur);
  }
  return { schema: cur, optional, defaultValue, description };
}

function typeName(s: z.ZodType): string {
  const { schema } = unwrap(s);
  const d = defOf(schema);
  switch (d.type) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return Object.values(d.entries ?? {}).map((v) => `"${v}"`).join(' \\| ');
    case 'array':
      return `${typeName(d.element!)}[]`;
    case 'record':
      return `{ [name]: ${typeName(d.valueType!)} }`;
    case 'object':
      return 'object';
    case 'union':
      return (d.options ?? []).map(typeName).join(' \\| ');
    default:
      return d.type;
  }
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function rows(shape: Record<string, z.ZodType>, prefix: string, out: string[]): void {
  for (const [key, value] of Object.entries(shape)) {
    const u = unwrap(value);
    const d = defOf(u.schema);
    const path = `${prefix}${key}`;
    const dflt = u.defaultValue !== undefined && typeof u.defaultValue !== 'object' ? `\`${JSON.stringify(u.defaultValue)}\`` : u.optional ? '—' : '**required**';
    out.push(`| \`${path}\` | ${cell(typeName(value))} | ${dflt} | ${cell(u.description ?? '')} |`);
    if (d.type === 'object' && d.shape) rows(d.shape, `${path}.`, out);
    if (d.type === 'array' && d.element) {
      const el = unwrap(d.element);
      const ed = defOf(el.schema);
      if (ed.type === 'object' && ed.shape) rows(ed.shape, `${path}[].`, out);
    }
    if (d.type === 'record' && d.valueType) {
      const el = unwrap(d.valueType);
      const ed = defOf(el.schema);
      if (ed.type === 'object' && ed.shape) rows(ed.shape, `${path}.<name>.`, out);
    }
  }
}

/** The config reference: every key of cadence.config.ts with its type, default and meaning. */
export function configReference(): string {
  const out = ['| key | type | default | what it is |', '| --- | --- | --- | --- |'];
  rows(defOf(configSchema).shape!, '', out);
  return out.join('\n');
}

/** The entity reference: every entity with its fields, kinds and meaning. */
export function entityReference(): string {
  const parts: string[] = [];
  for (const entity of Object.values(entities) as unknown as EntityDefinition[]) {
    parts.push(`#### \`${entity.name}\``, '', entity.description, '', `Month files by \`${entity.partitionBy}\`${entity.clusterBy?.length ? `, sorted by ${entity.clusterBy.map((k) => `\`${k}\``).join(', ')} first (a name's rows fill their own row groups)` : ''}; without a mapped \`id\`, the id is made from ${entity.naturalKey.map((k) => `\`${k}\``).join(' + ')} when all of them have a value, else from a hash of the whole source row.`, '');
    parts.push('| field | kind | required | what it is |', '| --- | --- | --- | --- |');
    for (const f of entityFields(entity)) {
      const kind = f.kind === 'enum' ? `one of ${(f.values ?? []).map((v) => `\`${v}\``).join(', ')}` : f.kind;
      parts.push(`| \`${f.name}\` | ${cell(kind)} | ${f.required ? 'yes' : ''} | ${cell(f.description)} |`);
    }
    parts.push('');
  }
  parts.push('Every stored row also has the provenance columns ' + provenanceColumns.map((c) => `\`${c.name}\``).join(', ') + ' (set by Cadence, never by a plugin).');
  return parts.join('\n');
}

/** The KPI reference: every built-in KPI, stage by stage, with its unit, direction and definition. */
export function kpiReference(): string {
  const parts: string[] = [];
  for (const stage of kpiStages) {
    parts.push(`**${stage[0]!.toUpperCase()}${stage.slice(1)}**`, '', '| id | label | unit | good when | reads | definition |', '| --- | --- | --- | --- | --- | --- |');
    for (const k of builtinKpis.filter((x) => x.stage === stage)) {
      parts.push(`| \`${k.id}\` | ${cell(k.label)} | ${k.unit} | ${k.direction === 'up' ? 'higher' : 'lower'} | ${k.entities.map((e) => `\`${e}\``).join(', ')} | ${cell(k.definition)} |`);
    }
    parts.push('');
  }
  return parts.join('\n').trimEnd();
}

/** The error reference: every code of the catalogue with its exit code, what happened and what to do. */
export function errorReference(): string {
  const out = ['| code | exit | what happened | what to do |', '| --- | --- | --- | --- |'];
  for (const [code, entry] of Object.entries(errorCatalogue) as [ErrorCode, { title: string; hint: string }][]) {
    out.push(`| \`${code}\` | ${exitCodeFor(new CadenceError(code, ''))} | ${cell(entry.title)} | ${cell(entry.hint)} |`);
  }
  return out.join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README has no ${start} … ${end} section`);
  return `${doc.slice(0, i + start.length)}\n${body}\n${doc.slice(j)}`;
}

/** Sections of the README written from code: references and the plugin example (quoted verbatim). */
export function refreshReadme(doc: string, files: { pluginExample: string; pluginExampleTest: string }): string {
  let out = replaceSection(doc, 'config-reference', configReference());
  out = replaceSection(out, 'entity-reference', entityReference());
  out = replaceSection(out, 'kpi-reference', kpiReference());
  out = replaceSection(out, 'error-reference', errorReference());
  out = replaceSection(out, 'plugin-example', '```ts\n' + files.pluginExample.trimEnd() + '\n```');
  out = replaceSection(out, 'plugin-example-test', '```ts\n' + files.pluginExampleTest.trimEnd() + '\n```');
  return out;
}

export const pluginExamplePaths = { pluginExample: 'templates/plugin/index.ts', pluginExampleTest: 'templates/plugin/index.test.ts' } as const;
