/**
 * How many things a rate or an average rests on, and whether that is enough to read a change in
 * it. A retention rate of 100% on 15 care cases, or an average deal size over four deals, moves
 * by chance: such a value is shown with its count ("100% of 15 cases") but gets no colour, no
 * arrow verdict and no finding.
 *
 * Minimums, per what is counted (the KPI definition's `sample`):
 * - 30 of anything a person or a deal makes: care cases, deals, leads, mentions, buyers, clicks
 *   (below about 30 a proportion's 95% interval is wider than ±15 points);
 * - 10 owned posts: each post already sums many impressions, so ten posts carry a rate;
 * - 1,000 followers or people for growth rates of an audience.
 */
export const sampleNouns = ['cases', 'deals', 'leads', 'mentions', 'buyers', 'clicks', 'posts', 'followers', 'people'] as const;
export type SampleNoun = (typeof sampleNouns)[number];

export const SAMPLE_MINIMUM: Readonly<Record<SampleNoun, number>> = {
  cases: 30,
  deals: 30,
  leads: 30,
  mentions: 30,
  buyers: 30,
  clicks: 30,
  posts: 10,
  followers: 1000,
  people: 1000,
};

/** What a rate or an average is computed over: the inputs holding the count (summed), and what they count. */
export interface SampleSpec {
  inputs: readonly string[];
  noun: SampleNoun;
}

/** The count behind a value, and whether it reaches the minimum for its noun. */
export interface KpiSample {
  n: number;
  noun: SampleNoun;
  minimum: number;
  enough: boolean;
}

/** The sample of a value from its inputs, or null when the KPI declares none or its inputs lack the count. */
export function sampleOf(spec: SampleSpec | undefined, inputs: Record<string, number> | undefined): KpiSample | null {
  if (!spec || !inputs) return null;
  const values = spec.inputs.map((name) => inputs[name]);
  if (values.some((v) => v === undefined || !Number.isFinite(v))) return null;
  const n = values.reduce((a, b) => a! + b!, 0)!;
  const minimum = SAMPLE_MINIMUM[spec.noun];
  return { n, noun: spec.noun, minimum, enough: n >= minimum };
}
