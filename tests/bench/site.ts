/**
 * The site benchmark's worker: `cadence build` of a project with an empty model cache, timed as
 * a whole process by the caller; then the bytes a browser downloads for one monthly report (the
 * HTML and everything it references: CSS, images/SVG, fonts, scripts), read from the built files.
 * Prints one JSON line: { pages, report, bytes: { html, css, images, fonts, scripts, total } }.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const outDir = process.argv[2]!;
const report = process.argv[3] ?? 'monthly/2026-09/team/';

async function count(dir: string): Promise<number> {
  return (await readdir(dir, { recursive: true })).filter((f) => String(f).endsWith('.html')).length;
}

const html = await readFile(join(outDir, report, 'index.html'), 'utf8');
const bytes = { html: Buffer.byteLength(html), css: 0, images: 0, fonts: 0, scripts: 0, total: 0 };
const seen = new Set<string>();
const refs = [...html.matchAll(/<(link|img|script|source)\b[^>]*?\s(?:href|src)="([^"#?]+)[^"]*"[^>]*>/g)];
for (const [tag, kind, url] of refs) {
  if (!url!.startsWith('/') || seen.has(url!)) continue;
  if (kind === 'link' && !/rel="(stylesheet|icon|preload)"/.test(tag!)) continue;
  seen.add(url!);
  const size = (await stat(join(outDir, url!.replace(/^\/+/, '')))).size;
  if (url!.endsWith('.css')) bytes.css += size;
  else if (/\.(woff2?|ttf|otf)$/.test(url!)) bytes.fonts += size;
  else if (url!.endsWith('.js') || kind === 'script') bytes.scripts += size;
  else bytes.images += size;
}
bytes.total = bytes.html + bytes.css + bytes.images + bytes.fonts + bytes.scripts;
process.stdout.write(`${JSON.stringify({ pages: await count(outDir), report, bytes, inlineScripts: (html.match(/<script\b/g) ?? []).length })}\n`);
