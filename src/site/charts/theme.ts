/**
 * The chart theme: Vega-Lite config made from the site's colours and font, and the colour of
 * each tracked name (the brand in the primary colour, competitors in the accent and then in
 * neutral, distinguishable hues).
 */
import type { Config } from 'vega-lite';
import type { CadenceConfig } from '../../core/schema/config.ts';

export type SiteColors = CadenceConfig['site']['colors'];

export interface ChartTheme {
  colors: SiteColors;
  font: string;
}

export const defaultFont = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * Fonts named for a script the system UI fonts may lack, by language, tried after the system font
 * and before the generic family: Hangul from Apple SD Gothic Neo (macOS), Malgun Gothic (Windows),
 * NanumGothic (Linux: Debian's fonts-nanum, which `.ci/run` installs) or Noto Sans CJK KR. Nanum
 * comes before Noto CJK because it is TrueType: Chromium embeds it in a PDF as a named, subset
 * font (a Korean monthly report: 620 KB), where the CFF glyphs of Noto CJK become unnamed Type 3
 * fonts (970 KB). Greek, Romanian and Hungarian are covered by every system font above.
 */
const scriptFonts: Record<string, string> = { ko: "'Apple SD Gothic Neo', 'Malgun Gothic', 'NanumGothic', 'Noto Sans CJK KR', 'Noto Sans KR'" };

/** The default font stack for a language: the system font, the script's fonts, the generic family. */
export function defaultFontFor(lang: string): string {
  const extra = scriptFonts[lang];
  return extra ? defaultFont.replace(', sans-serif', `, ${extra}, sans-serif`) : defaultFont;
}

/** Neutral line and grid colours, readable on a light background. */
export const neutral = { grid: '#e6e9ed', axis: '#8c959f', muted: '#59636e', other: '#9aa4af' } as const;

const competitorHues = ['#6f42c1', '#1b7c83', '#8a6d00', '#59636e', '#b35900'];

/** Colours for [brand, ...competitors] in order. */
export function trackedColors(theme: ChartTheme, count: number): string[] {
  const out = [theme.colors.primary, theme.colors.accent, ...competitorHues];
  while (out.length < count) out.push(...competitorHues);
  return out.slice(0, count);
}

/**
 * The Vega-Lite config of a chart. The narrow drawing (a phone's, src/site/charts/view.ts) stacks
 * its legends above the plot, one under the other, left-aligned, so they never widen the drawing.
 */
export function vegaLiteConfig(theme: ChartTheme, layout: 'wide' | 'narrow' = 'wide'): Config {
  const { text, background } = theme.colors;
  const axis = {
    labelColor: neutral.muted,
    labelFontSize: 11,
    titleColor: text,
    titleFontSize: 11,
    titleFontWeight: 'normal' as const,
    gridColor: neutral.grid,
    domainColor: neutral.axis,
    tickColor: neutral.axis,
  };
  return {
    background,
    font: theme.font,
    padding: { top: 8, right: 12, bottom: 4, left: 4 },
    view: { stroke: null },
    axis,
    axisBand: { grid: false },
    legend: {
      orient: 'top',
      direction: 'horizontal',
      labelColor: text,
      labelFontSize: 12,
      titleFontSize: 12,
      symbolStrokeWidth: 3,
      title: null,
      // Vega's legend layout (Vega-Lite passes it through; its types leave it out).
      ...((layout === 'narrow' ? { columns: 2, layout: { top: { anchor: 'start', direction: 'vertical', margin: 4 } } } : {}) as object),
    },
    line: { strokeWidth: 2 },
    bar: { cornerRadiusEnd: 2 },
  };
}
