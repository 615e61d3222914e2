/**
 * The self-contained deck files: after the build, every deck page
 * `<outDir>/roadshow/<period>/<dept>/index.html` is also written as
 * `<outDir>/roadshow/<period>/<dept>.html`, one file that works offline from a USB stick:
 *
 * - every image and the favicon of the site (`src`/`href` under the base) become data: URIs,
 *   as do `url(…)` references under the base in styles (fonts), and stylesheets linked from the
 *   site are inlined as <style>;
 * - links to other pages of the site lose their `href` (the text stays): a file has no site;
 * - the Content-Security-Policy is kept, with `img-src data:` and `font-src data:` instead of
 *   'self', and its style and script hashes recomputed from the file's own <style> and <script>.
 *
 * Anything left that points into the site fails the build: the file must need nothing else.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CadenceError } from '../../core/errors.ts';
import { contentTypeOf } from '../content-types.ts';
import { contentSecurityPolicy } from '../page-security.ts';

/** What a self-contained file may inline: images, fonts and stylesheets. */
const inlinable = (type: string): boolean => /^(image|font)\//.test(type) || type.startsWith('text/css');

const unescapeAttr = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Writes the self-contained file of every deck page under outDir; returns their paths relative to outDir. */
export async function writeStandaloneDecks(outDir: string, base: string): Promise<string[]> {
  const root = join(outDir, 'roadshow');
  if (!existsSync(root)) return [];
  const written: string[] = [];
  for (const period of (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const dept of (await readdir(join(root, period), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      const page = join(root, period, dept, 'index.html');
      if (!existsSync(page)) continue;
      const html = await standaloneHtml(await readFile(page, 'utf8'), outDir, base, `roadshow/${period}/${dept}.html`);
      await writeFile(join(root, period, `${dept}.html`), html);
      written.push(`roadshow/${period}/${dept}.html`);
    }
  }
  return written;
}

/** The page's HTML with everything it loads from the site inlined (see the module comment). */
export async function standaloneHtml(html: string, outDir: string, base: string, name: string): Promise<string> {
  const fileOf = (url: string) => join(outDir, decodeURIComponent(unescapeAttr(url).slice(base.length).split(/[?#]/)[0]!));
  const dataUri = async (url: string) => {
    const file = fileOf(url);
    const mime = contentTypeOf(file).split(';')[0]!;
    if (!inlinable(mime) || !existsSync(file)) throw new CadenceError('CADENCE_BUILD_FAILED', `the self-contained deck ${name} needs ${url}, which the site does not have as an image or font`);
    return `data:${mime};base64,${(await readFile(file)).toString('base64')}`;
  };
  const replaceAsync = async (text: string, re: RegExp, fn: (m: RegExpExecArray) => Promise<string>) => {
    let out = '';
    let last = 0;
    for (const m of text.matchAll(re)) {
      out += text.slice(last, m.index) + (await fn(m as RegExpExecArray));
      last = m.index! + m[0].length;
    }
    return out + text.slice(last);
  };
  const isSite = (url: string) => url.startsWith(base) && !url.startsWith('//');
  const b = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  // Stylesheets of the site, inlined.
  let out = await replaceAsync(html, new RegExp(`<link\\b[^>]*\\brel="stylesheet"[^>]*\\bhref="(${b}[^"]*)"[^>]*>`, 'g'), async (m) => `<style>${await readFile(fileOf(m[1]!), 'utf8')}</style>`);
  // Links to other pages lose their target; in-page links (#slide-3) stay.
  out = out.replace(new RegExp(`(<a\\b[^>]*?)\\s+href="${b}[^"]*"`, 'g'), '$1');
  // Images, the favicon and any other file of the site: data: URIs.
  out = await replaceAsync(out, new RegExp(`\\b(src|href)="(${b}[^"]*)"`, 'g'), async (m) => `${m[1]}="${await dataUri(m[2]!)}"`);
  // url(…) in styles (fonts, backgrounds).
  out = await replaceAsync(out, new RegExp(`url\\((["']?)(${b}[^"')]*)\\1\\)`, 'g'), async (m) => `url("${await dataUri(m[2]!)}")`);

  // The policy: same as the page's, with data: images and fonts and the hashes of this file's own elements.
  const styles = [...out.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const scripts = [...out.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const csp = contentSecurityPolicy({ styles, scripts, assets: 'data' });
  const withCsp = out.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  if (withCsp === out && !out.includes(csp)) throw new CadenceError('CADENCE_BUILD_FAILED', `the deck page of ${name} has no Content-Security-Policy to keep`);

  const left = [...withCsp.matchAll(/\b(?:src|href|srcset|poster)="([^"]*)"/g)].map((m) => m[1]!).filter(isSite);
  if (left.length) throw new CadenceError('CADENCE_BUILD_FAILED', `the self-contained deck ${name} still points at ${left.slice(0, 3).join(', ')}`);
  return withCsp;
}
