/**
 * The Astro config of a Cadence project for Astro's own CLI (`npx astro build`, `npx astro dev`
 * through the top-level astro.config.mjs). It loads cadence.config.ts and computes the site
 * model when Astro sets up, so the result is the same site `cadence build` writes (without the
 * staging swap; prefer `cadence build`).
 */
import { join, resolve } from 'node:path';
import type { AstroUserConfig } from 'astro';
import { loadConfig } from '../core/config/load.ts';
import { astroSettings, siteSrcDir } from './astro-config.ts';
import { prepareSiteModel, withDataReader } from './prepare.ts';
import { writePublicDir } from './public-files.ts';
import { modelCacheDir } from '../core/report/project-model.ts';
import { reportDefinitions } from './reports/definitions.ts';
import { deckDefinitions } from './decks/definitions.ts';

export async function projectAstroConfig(projectDir: string): Promise<AstroUserConfig> {
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  const { config } = await loadConfig({ projectDir });
  const scratch = join(projectDir, '.cadence');
  const publicDir = join(scratch, 'public');
  const settings = astroSettings(
    async (log) => {
      const logo = await writePublicDir(publicDir, config, projectDir);
      return withDataReader(resolve(projectDir, config.dataDir), (reader) => prepareSiteModel({ config, reader, logo, log, cacheDir: modelCacheDir(projectDir) }), { engine: config.engine, env: process.env });
    },
    (model) => reportDefinitions({ reportsDir: resolve(projectDir, config.reportsDir), audiences: model.audiences }),
    config.site.base,
    () => deckDefinitions({ reportsDir: resolve(projectDir, config.reportsDir) }),
  );
  return {
    ...settings,
    root: join(scratch, 'astro'),
    srcDir: siteSrcDir,
    publicDir,
    outDir: resolve(projectDir, config.site.outDir),
    cacheDir: join(scratch, 'astro-cache'),
    vite: { cacheDir: join(scratch, 'vite-cache'), css: { postcss: {} } },
  };
}
