/**
 * Shared pieces of the chart specs: the Vega-Lite layer type, and the pixel channels the
 * annotations use. Annotations (event labels, the days without data) are placed in pixels
 * computed here, not through the data scales, so that the code that staggers labels and the
 * SVG agree to the pixel (`scale: null` passes a field's value through as is). Their colours are
 * constants of their layers, never encoded, so they stay out of the charts' legends.
 */
import type { TopLevelSpec } from 'vega-lite';

/** One layer of a layered Vega-Lite spec. */
export type Layer = NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']>[number];

/** A position channel reading pixels straight from a field. */
export const raw = (field: string) => ({ field, type: 'quantitative' as const, scale: null });

/** Milliseconds of a calendar day's midnight, UTC (charts read days, never instants). */
export const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** Rounds a pixel position to a tenth (keeps data and SVG short). */
export const px = (v: number): number => Math.round(v * 10) / 10;
