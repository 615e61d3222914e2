/**
 * Post-processing of the SVG Vega writes, so that several charts can share a page and two builds
 * give the same bytes: ids (clip paths, gradients) are renamed per chart in order of appearance
 * (Vega numbers them with process-wide counters), and the chart gets a <title> and <desc> that
 * name it for assistive technology.
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
