/**
 * The Astro integration of Cadence: hands the site model to the pages as the virtual module
 * `virtual:cadence/site`, so nothing is written to disk between the metrics and the pages. The
 * model is given ready-made (by `buildSite`) or computed in `astro:config:setup` (when Astro's
 * own CLI runs astro.config.mjs).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { DeckDefinition } from './decks/definitions.ts';
import { writeStandaloneDecks } from './decks/standalone.ts';
import type { SiteLogger } from './prepare.ts';
import type { ReportDefinition } from './reports/definitions.ts';
import type { SiteModel } from './site-model.ts';

export const SITE_MODULE_ID = 'virtual:cadence/site';
const RESOLVED_ID = `\0${SITE_MODULE_ID}`;
export const REPORTS_MODULE_ID = 'virtual:cadence/reports';
export const DECKS_MODULE_ID = 'virtual:cadence/decks';

export interface CadenceSiteOptions {
  model: SiteModel | ((log: SiteLogger) => Promise<SiteModel>);
  /** Which MDX file renders which report (see reports/definitions.ts). */
  reports: ReportDefinition[] | ((model: SiteModel) => Promise<ReportDefinition[]>);
  /** Which MDX file renders which roadshow deck (see decks/definitions.ts); none when left out. */
  decks?: DeckDefinition[] | ((model: SiteModel) => Promise<DeckDefinition[]>);
}

/**
 * Serves the site model as a module that reads it from a JSON file in the scratch folder when the
 * pages are rendered. Inlining it (tens of MB for a site of every cadence) made Vite, Rollup and V8
 * each hold a copy of the text: the file keeps the bundle small and the build's memory down.
 */
function siteModelPlugin(modelFile: string): Plugin {
  return {
    name: 'cadence:site-model',
    resolveId: (id) => (id === SITE_MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID ? `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(modelFile)}, 'utf8'));\n` : undefined,
  };
}

/**
 * Serves definitions of MDX files (reports, decks) and a loader per file: `import()` of the
 * file's absolute path, so the MDX integration compiles Cadence's templates and the project's
 * files alike, wherever they live.
 */
function mdxDefinitionsPlugin(name: string, moduleId: string, getDefinitions: () => readonly { file: string }[]): Plugin {
  const resolved = `\0${moduleId}`;
  return {
    name,
    resolveId: (id) => (id === moduleId ? resolved : undefined),
    load: (id) => {
      if (id !== resolved) return undefined;
      const definitions = getDefinitions();
      const files = [...new Set(definitions.map((d) => d.file))];
      const loaders = files.map((f) => `  ${JSON.stringify(f)}: () => import(${JSON.stringify(f)}),`).join('\n');
      return `export const definitions = JSON.parse(${JSON.stringify(JSON.stringify(definitions))});\nexport const loaders = {\n${loaders}\n};\n`;
    },
  };
}

/**
 * The site sends no JavaScript to browsers, so client dependency pre-bundling has nothing to do;
 * turned off, it also stops warnings when Astro's root is a scratch folder without node_modules.
 */
function noClientDepsPlugin(): Plugin {
  return {
    name: 'cadence:no-client-deps',
    enforce: 'post',
    configEnvironment(_name, config) {
      if (config.optimizeDeps) {
        config.optimizeDeps.include = [];
        config.optimizeDeps.noDiscovery = true;
      }
    },
  };
}

/** A file inside the Cadence package: bare imports resolved "from here" find Cadence's own Astro. */
const packageAnchor = fileURLToPath(import.meta.url);

/**
 * Astro's root is a scratch folder in the user's project, which may have no node_modules (or a
 * pnpm layout that does not hoist Astro). Entry points and virtual modules import `astro/…`
 * bare, which Vite resolves from the root or the working folder; this resolves every `astro` and
 * `@astrojs/*` import from the Cadence package instead, where its own Astro is always installed.
 */
function resolveFromPackagePlugin(): Plugin {
  return {
    name: 'cadence:resolve-from-package',
    enforce: 'pre',
    async resolveId(source, _importer, options) {
      if (!/^(astro|@astrojs\/[^/]+)(\/|$)/.test(source)) return null;
      return this.resolve(source, packageAnchor, { ...options, skipSelf: true });
    },
  };
}

export function cadenceSite(options: CadenceSiteOptions): AstroIntegration {
  let model: SiteModel | undefined;
  let reports: ReportDefinition[] | undefined;
  let decks: DeckDefinition[] = [];
  let modelFile: string | undefined;
  return {
    name: 'cadence:site',
    hooks: {
      'astro:config:setup': async ({ updateConfig, logger, config }) => {
        model = typeof options.model === 'function' ? await options.model(logger) : options.model;
        reports = typeof options.reports === 'function' ? await options.reports(model) : options.reports;
        decks = typeof options.decks === 'function' ? await options.decks(model) : (options.decks ?? []);
        // Astro's root is the project's scratch folder (.cadence/astro/).
        modelFile = join(fileURLToPath(config.root), 'site-model.json');
        await mkdir(dirname(modelFile), { recursive: true });
        await writeFile(modelFile, JSON.stringify(model));
        updateConfig({ vite: { plugins: [resolveFromPackagePlugin(), siteModelPlugin(modelFile), mdxDefinitionsPlugin('cadence:reports', REPORTS_MODULE_ID, () => reports!), mdxDefinitionsPlugin('cadence:decks', DECKS_MODULE_ID, () => decks), noClientDepsPlugin()] } });
      },
      // The pages are written: the model file is scratch (`cadence dev` keeps it while it serves).
      // Each deck page also becomes one self-contained file (roadshow/<period>/<dept>.html).
      'astro:build:done': async ({ dir }) => {
        if (modelFile) await rm(modelFile, { force: true });
        if (model) await writeStandaloneDecks(fileURLToPath(dir), model.site.base);
      },
    },
  };
}
