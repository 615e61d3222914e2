/**
 * Post-processing of the SVG Vega writes, so that several charts can share a page and two builds
 * give the same bytes: ids (clip paths, gradients) are renamed per chart in order of appearance
 * (Vega numbers them with process-wide counters), and the chart gets a <title> and <desc> that
 * name it for assistive technology. Geometry is rounded to a tenth of a pixel (`roundSvg`), and
 * what draws nothing is dropped (`compactSvg`), so a page of charts stays small.
 */

export const escapeXml = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Renames every id="…" to `${prefix}-${n}` and rewrites url(#…) and href="#…" references. */
export function scopeSvgIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (!ids.has(m[1]!)) ids.set(m[1]!, `${prefix}-${ids.size + 1}`);
  }
  if (ids.size === 0) return svg;
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (_, a, id, b) => `${a}${ids.get(id) ?? id}${b}`)
    .replace(/url\(#([^)]+)\)/g, (whole, id) => (ids.has(id) ? `url(#${ids.get(id)})` : whole))
    .replace(/((?:xlink:)?href="#)([^"]+)(")/g, (whole, a, id, b) => (ids.has(id) ? `${a}${ids.get(id)}${b}` : whole));
}

/** Adds role="img", aria-labelledby, <title> and <desc> right after the opening <svg …> tag. */
export function labelSvg(svg: string, id: string, title: string, description: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('not an SVG document');
  const tag = open[0].replace(/^<svg\b/, `<svg role="img" aria-labelledby="${id}-title ${id}-desc"`);
  const label = `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`;
  return tag + label + svg.slice(open[0].length);
}

/** Rounds the numbers of geometry attributes to one decimal (Vega writes up to 15 digits), to keep pages small. */
export const roundSvg = (svg: string): string =>
  svg.replace(/ (d|transform|x|y|x1|x2|y1|y2|width|height)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`);

/**
 * Drops what Vega writes that draws nothing in a static SVG: empty foreground paths, zero-size
 * background paths, `opacity="1"`, `pointer-events="none"` (no script handles pointers), the
 * ARIA roles and labels of the chart's parts (the whole chart is the image `labelSvg` names),
 * and the font family repeated on every text (set once on the root instead, where texts inherit it).
 * The picture is unchanged; a chart's SVG shrinks by about a third.
 */
export function compactSvg(svg: string): string {
  let out = svg
    .replace(/<path class="foreground" aria-hidden="true" d=""( pointer-events="none")? display="none"\/>/g, '')
    .replace(/<path class="background" aria-hidden="true" d="M0,0h0v0h0Z"( pointer-events="none")?\/>/g, '')
    .replace(/ opacity="1"(?=[\s/>])/g, '')
    .replace(/ pointer-events="none"/g, '')
    // The chart is one image (role="img", named by its <title> and <desc>): its parts are
    // presentational, and Vega's own labels for them are English whatever the site's language.
    .replace(/ (aria-hidden|role|aria-roledescription|aria-label)="[^"]*"/g, '');
  const fonts = new Set([...out.matchAll(/ font-family="([^"]*)"/g)].map((m) => m[1]!));
  if (fonts.size === 1) {
    const [font] = fonts;
    out = out.replace(/ font-family="[^"]*"/g, '').replace(/^<svg\b/, `<svg font-family="${font}"`);
  }
  return out;
}

/** The SVG cut to `width` on the right: its width, its viewBox and its background. */
export function cropSvgWidth(svg: string, width: number): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('not an SVG document');
  const old = /\swidth="([\d.]+)"/.exec(open[0])?.[1];
  if (!old) return svg;
  const tag = open[0].replace(/\swidth="[\d.]+"/, ` width="${width}"`).replace(/\sviewBox="0 0 [\d.]+ /, ` viewBox="0 0 ${width} `);
  // The background rect spans the old width.
  return tag + svg.slice(open[0].length).replace(new RegExp(`(<rect width=")${old.replace('.', '\\.')}(")`), `$1${width}$2`);
}
