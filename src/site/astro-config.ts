/**
 * The Astro configuration Cadence builds with. The site's source (pages, layouts, components)
 * lives in this package; the user's project only receives the output and a scratch folder
 * `.cadence/` (Astro root, caches, the public folder). Astro never loads a config file here and
 * never reads the user's .env, PostCSS or TypeScript settings.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroInlineConfig } from 'astro';
import mdx from '@astrojs/mdx';
import { cadenceSite, type CadenceSiteOptions } from './integration.ts';

/** Folder of the site's Astro source (this folder: pages/, layouts/, components/). */
export const siteSrcDir = fileURLToPath(new URL('.', import.meta.url));

export interface AstroConfigOptions {
  /** The user's project folder; scratch files go to `<projectDir>/.cadence/`. */
  projectDir: string;
  /** Absolute output folder. */
  outDir: string;
  /** Absolute public folder (favicon, logo), copied as is to the output. */
  publicDir: string;
  /** Base path, starting and ending with "/". */
  base: string;
  model: CadenceSiteOptions['model'];
  reports: CadenceSiteOptions['reports'];
  decks?: CadenceSiteOptions['decks'];
  logLevel?: AstroInlineConfig['logLevel'];
}

/** Shared settings: everything except where things live. */
export function astroSettings(model: CadenceSiteOptions['model'], reports: CadenceSiteOptions['reports'], base: string, decks?: CadenceSiteOptions['decks']): AstroInlineConfig {
  return {
    base,
    output: 'static',
    trailingSlash: 'always',
    build: { format: 'directory', inlineStylesheets: 'always' },
    compressHTML: true,
    devToolbar: { enabled: false },
    prefetch: false,
    // MDX: the report templates, the project's reports and some pages are authored in MDX.
    integrations: [mdx(), cadenceSite({ model, reports, decks })],
  };
}

export function cadenceAstroConfig(options: AstroConfigOptions): AstroInlineConfig {
  const scratch = join(options.projectDir, '.cadence');
  const settings = astroSettings(options.model, options.reports, options.base, options.decks);
  return {
    ...settings,
    configFile: false,
    root: join(scratch, 'astro'),
    srcDir: siteSrcDir,
    publicDir: options.publicDir,
    outDir: options.outDir,
    cacheDir: join(scratch, 'astro-cache'),
    logLevel: options.logLevel ?? 'warn',
    vite: {
      cacheDir: join(scratch, 'vite-cache'),
      // Inline PostCSS options stop Vite from searching the project for a PostCSS config.
      css: { postcss: {} },
      logLevel: options.logLevel === 'debug' || options.logLevel === 'info' ? 'info' : 'warn',
    },
  };
}
