// @ts-check
/**
 * Lets Astro's own CLI (`npx astro build`, `npx astro dev`) render this folder's Cadence project:
 * cadence.config.ts and its data folder. `cadence build` does not read this file: it calls
 * Astro with an inline config (src/site/build.ts) and is the supported way to build.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { projectAstroConfig } from './src/site/astro-project.ts';

export default defineConfig(await projectAstroConfig(process.env.CADENCE_PROJECT_DIR ?? fileURLToPath(new URL('.', import.meta.url))));
