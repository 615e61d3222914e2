/**
 * The files copied as they are into the site: a favicon in the brand colour and, when the config
 * names one, the logo. They are written to a scratch public folder that is recreated on every
 * build, so a removed logo never lingers.
 */
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { CadenceError } from '../core/errors.ts';
import type { CadenceConfig } from '../core/schema/config.ts';

export function faviconSvg(color: string): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
    `<rect width="32" height="32" rx="7" fill="${color}"/>` +
    '<path d="M8 23V15M14 23V9M20 23V13M26 23V18" stroke="#fff" stroke-width="3.2" stroke-linecap="round"/>' +
    '</svg>\n'
  );
}

/** Recreates `publicDir`; returns the logo's file name in it, or null. */
export async function writePublicDir(publicDir: string, config: CadenceConfig, projectDir: string): Promise<string | null> {
  await rm(publicDir, { recursive: true, force: true });
  await mkdir(publicDir, { recursive: true });
  await writeFile(`${publicDir}/favicon.svg`, faviconSvg(config.site.colors.primary));
  if (!config.site.logo) return null;
  const source = resolve(projectDir, config.site.logo);
  const name = `logo${extname(source).toLowerCase()}`;
  try {
    await copyFile(source, `${publicDir}/${name}`);
  } catch (e) {
    throw new CadenceError('CADENCE_FILE_NOT_FOUND', `the logo ${config.site.logo} (site.logo) could not be read`, {
      place: { file: source },
      cause: e,
      hint: 'Fix site.logo in cadence.config.ts: a path to an SVG or PNG file, relative to the project folder.',
    });
  }
  return name;
}
