/**
 * Vega-Lite → Vega → SVG, in Node at build time: no canvas, no browser, no client script. Text
 * widths are estimated (Vega's fallback without canvas), which is stable across machines. The SVG
 * is compacted (svg.ts): what draws nothing is dropped.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { VegaLocale } from './locale.ts';
import { compactSvg, labelSvg, scopeSvgIds } from './svg.ts';

export interface RenderOptions {
  /** Unique on the page, [a-z0-9-]; prefixes every id inside the SVG. */
  id: string;
  /** Short name of the chart (becomes the SVG <title>). */
  title: string;
  /** What the chart shows, in a sentence or two (becomes the SVG <desc>). */
  description: string;
  locale: VegaLocale;
  /** Receives Vega-Lite and Vega warnings (a spec that compiles with warnings is a bug to fix). */
  warn?: (message: string) => void;
}

/** A Vega logger that sends warnings and errors to `warn` and drops the rest. */
function chartLogger(warn: (message: string) => void) {
  let level = vega.Warn;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error: (...args: unknown[]) => (warn(args.map(String).join(' ')), logger),
    warn: (...args: unknown[]) => (warn(args.map(String).join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/** Renders a Vega-Lite spec to a standalone, labelled SVG string. */
export async function renderVegaLite(spec: TopLevelSpec, options: RenderOptions): Promise<string> {
  return (await render(spec, options, false)).svg;
}

/** The data source the first mark draws from, in a compiled Vega spec (depth first). */
function firstMarkData(marks: unknown): string | null {
  if (!Array.isArray(marks)) return null;
  for (const m of marks as { from?: { data?: string; facet?: { data?: string } }; marks?: unknown }[]) {
    if (m.from?.data) return m.from.data;
    // A faceted group draws from the facet's source; its inner marks name the facet.
    if (m.from?.facet?.data) return m.from.facet.data;
    const inner = firstMarkData(m.marks);
    if (inner) return inner;
  }
  return null;
}

/**
 * Renders like `renderVegaLite` and also returns the rows the first mark draws, after the spec's
 * own transforms (filter, aggregate, fold…), so a chart's data table shows exactly what is drawn.
 */
export function renderVegaLiteWithData(spec: TopLevelSpec, options: RenderOptions): Promise<{ svg: string; rows: Record<string, unknown>[] }> {
  return render(spec, options, true);
}

async function render(spec: TopLevelSpec, options: RenderOptions, withRows: boolean): Promise<{ svg: string; rows: Record<string, unknown>[] }> {
  if (!/^[a-z][a-z0-9-]*$/.test(options.id)) throw new Error(`chart id "${options.id}" must be lower-case letters, digits and -`);
  const logger = chartLogger(options.warn ?? (() => {}));
  const { spec: vegaSpec } = compile(spec, { logger: logger as never });
  const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none', locale: options.locale, logger } as unknown as vega.ViewOptions);
  try {
    const svg = await view.toSVG();
    const source = withRows ? firstMarkData(vegaSpec.marks) : null;
    const rows = source ? (view.data(source) as Record<string, unknown>[]).map((r) => ({ ...r })) : [];
    return { svg: labelSvg(scopeSvgIds(compactSvg(svg), options.id), options.id, options.title, options.description), rows };
  } finally {
    view.finalize();
  }
}
