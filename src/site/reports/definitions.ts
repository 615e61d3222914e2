/**
 * Which MDX file renders which report. Cadence ships one template per audience and cadence in
 * `templates/reports/<audience>/<cadence>.mdx`; a project's `reports/` folder (config
 * `reportsDir`) can
 * - override one: `reports/<audience>/<cadence>.mdx` replaces the template of that audience and
 *   cadence (its frontmatter must say the same audience and cadence);
 * - add one: any other `reports/**\/<name>.mdx` adds a report at
 *   `/<cadence>/<period>/<audience>/<name>/` for every period of its frontmatter's audience and
 *   cadence, listed on that audience's main report and on the index.
 *
 * Every file's frontmatter is checked here, before Astro runs, so a typo fails the build with the
 * file, line and column rather than a blank page.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CadenceError } from '../../core/errors.ts';
import type { AudienceName, CadenceName } from '../../core/schema/config.ts';
import { reportComponentNames } from './component-names.ts';
import { parseReportFile, type SectionName } from './frontmatter.ts';

/** The folder of the built-in report templates. */
export const templatesDir = fileURLToPath(new URL('../../../templates/reports/', import.meta.url));

export interface ReportDefinition {
  /** "team/monthly" for an audience's report of a cadence, "team/monthly/<slug>" for an added one. */
  key: string;
  audience: AudienceName;
  cadence: CadenceName;
  /** Null for the audience's own report of the cadence; the page name of an added report. */
  slug: string | null;
  /** Absolute path of the MDX file. */
  file: string;
  origin: 'template' | 'project';
  /** Title pattern ("{audience}: {period}"), or null for the default. */
  title: string | null;
  description: string | null;
  /** What `<Sections />` renders, in order. */
  sections: SectionName[];
}

export interface ReportDefinitionsOptions {
  /** The project's reports folder (absolute); it may be missing. */
  reportsDir: string;
  /** The audiences the site builds and the cadences each gets. */
  audiences: readonly { name: AudienceName; cadences: readonly CadenceName[] }[];
  /** The built-in templates (default: Cadence's own). */
  templatesDir?: string;
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

async function mdxFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function readDefinition(file: string, origin: ReportDefinition['origin'], display: string) {
  const { frontmatter, body, bodyLine } = parseReportFile(await readFile(file, 'utf8'), display);
  checkComponents(body, bodyLine, display);
  return { file, origin, display, frontmatter };
}

/**
 * Every capitalised JSX tag of the body must be a report component (or one of `extra`) or imported by the file
 * (code blocks and inline code are skipped), so a misspelt `<KpiGird>` fails here with its place.
 */
export function checkComponents(body: string, bodyLine: number, file: string, extra: readonly string[] = []): void {
  const imported = new Set<string>();
  for (const m of body.matchAll(/^import\s+(?:(\w+)|\{([^}]*)\})/gm)) {
    if (m[1]) imported.add(m[1]);
    for (const n of (m[2] ?? '').split(',')) {
      const name = n.trim().split(/\s+as\s+/).pop();
      if (name) imported.add(name);
    }
  }
  const known = new Set<string>([...reportComponentNames, ...extra]);
  const lines = body.split('\n');
  let fenced = false;
  for (const [i, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const code = line.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));
    for (const m of code.matchAll(/<([A-Z][A-Za-z0-9]*)(?=[\s/>])/g)) {
      const name = m[1]!;
      if (known.has(name) || imported.has(name)) continue;
      const near = [...known].filter((k) => k.toLowerCase().startsWith(name.toLowerCase().slice(0, 3)));
      throw new CadenceError('CADENCE_REPORT_INVALID', `<${name}> is not a report component`, {
        place: { file, line: bodyLine + i, column: m.index! + 1 },
        hint: `${near.length ? `Did you mean ${near.map((n) => `<${n}>`).join(' or ')}? ` : ''}Report components: ${reportComponentNames.join(', ')}; or import your own at the top of the file.`,
      });
    }
  }
}

/** The report definitions of a site: one per audience and cadence it builds, plus added reports. */
export async function reportDefinitions(options: ReportDefinitionsOptions): Promise<ReportDefinition[]> {
  const tplDir = resolve(options.templatesDir ?? templatesDir);
  const reportsDir = resolve(options.reportsDir);
  const templates = new Map<string, Awaited<ReturnType<typeof readDefinition>>>();
  for (const file of await mdxFiles(tplDir)) {
    const def = await readDefinition(file, 'template', file);
    const key = `${def.frontmatter.audience}/${def.frontmatter.cadence}`;
    if (relative(tplDir, file).split(sep).join('/') !== `${key}.mdx`) {
      throw new CadenceError('CADENCE_REPORT_INVALID', `template ${file} says ${key} in its frontmatter but is not named ${key}.mdx`, { place: { file } });
    }
    templates.set(key, def);
  }

  const overrides = new Map<string, Awaited<ReturnType<typeof readDefinition>>>();
  const added: ReportDefinition[] = [];
  for (const file of await mdxFiles(reportsDir)) {
    const rel = relative(reportsDir, file).split(sep).join('/');
    // reports/decks/ holds deck overrides (src/site/decks/definitions.ts), not reports.
    if (rel.startsWith('decks/')) continue;
    const display = join(basename(reportsDir), rel);
    const def = await readDefinition(file, 'project', display);
    const { audience, cadence } = def.frontmatter;
    const key = `${audience}/${cadence}`;
    const named = /^([a-z]+)\/([a-z]+)\.mdx$/.exec(rel);
    if (named && templates.has(`${named[1]}/${named[2]}`)) {
      if (`${named[1]}/${named[2]}` !== key) {
        throw new CadenceError('CADENCE_REPORT_INVALID', `the file name makes it the ${named[1]} ${named[2]} report, but its frontmatter says audience ${audience}, cadence ${cadence}`, {
          place: { file: display, line: 2, column: 1 },
          hint: `Make the frontmatter say audience: ${named[1]} and cadence: ${named[2]}, or rename the file to add a report of its own.`,
        });
      }
      overrides.set(key, def);
      continue;
    }
    const slug = basename(file, '.mdx');
    if (!SLUG.test(slug)) {
      throw new CadenceError('CADENCE_REPORT_INVALID', `"${slug}" cannot name a page: an added report's file name must be lower-case letters, digits and -`, {
        place: { file: display },
        hint: 'Rename the file, e.g. reports/social-selling.mdx.',
      });
    }
    const dupe = added.find((a) => a.key === `${key}/${slug}`);
    if (dupe) {
      throw new CadenceError('CADENCE_REPORT_INVALID', `two reports named "${slug}" for the ${audience} ${cadence} report: ${dupe.file} and ${display}`, { place: { file: display }, hint: 'Rename one of the two files.' });
    }
    const site = options.audiences.find((a) => a.name === audience);
    if (site && !site.cadences.includes(cadence)) {
      throw new CadenceError('CADENCE_REPORT_INVALID', `the ${audience} audience gets no ${cadence} reports, so this report would have no page`, {
        place: { file: display, line: 2, column: 1 },
        hint: `Add '${cadence}' to audiences.${audience}.cadences in cadence.config.ts, or change the report's cadence.`,
      });
    }
    const base = templates.get(key);
    added.push({
      key: `${key}/${slug}`,
      audience,
      cadence,
      slug,
      file,
      origin: 'project',
      title: def.frontmatter.title ?? null,
      description: def.frontmatter.description ?? null,
      sections: def.frontmatter.sections ?? base?.frontmatter.sections ?? [],
    });
  }

  const out: ReportDefinition[] = [];
  for (const a of options.audiences) {
    for (const cadence of a.cadences) {
      const key = `${a.name}/${cadence}`;
      const template = templates.get(key);
      const chosen = overrides.get(key) ?? template;
      if (!chosen) {
        throw new CadenceError('CADENCE_REPORT_INVALID', `no report template for the ${a.name} ${cadence} report`, { place: { file: join(tplDir, `${key}.mdx`) }, hint: 'Reinstall Cadence; its templates/reports folder is incomplete.' });
      }
      out.push({
        key,
        audience: a.name,
        cadence,
        slug: null,
        file: chosen.file,
        origin: chosen.origin,
        title: chosen.frontmatter.title ?? template?.frontmatter.title ?? null,
        description: chosen.frontmatter.description ?? null,
        sections: chosen.frontmatter.sections ?? template?.frontmatter.sections ?? [],
      });
    }
  }
  // Added reports only for audiences this site builds.
  out.push(...added.filter((d) => options.audiences.some((a) => a.name === d.audience)));
  return out;
}
