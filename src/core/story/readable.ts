/**
 * Readable numbers for headlines: "22-fold", "five times", "a third", "€48k". Full figures stay
 * in the tables; a headline rounds so a reader can repeat it. The words are the catalog's
 * (`t.readable`); this module only decides which form a number takes.
 */

/** How a rise reads: as a percentage (under 1.5×), a multiple (1.5× to 10×) or a fold (10× and more). */
export type RiseForm = { form: 'percent'; percent: number } | { form: 'times'; times: number } | { form: 'fold'; fold: number } | { form: 'from_none' };

/** The form of `observed` against `expected` (a rise). */
export function riseForm(observed: number, expected: number): RiseForm {
  if (!(expected > 0)) return { form: 'from_none' };
  const r = observed / expected;
  if (r < 1.5) return { form: 'percent', percent: Math.round((r - 1) * 100) };
  if (r < 10) return { form: 'times', times: Math.round(r * 2) / 2 };
  return { form: 'fold', fold: Math.round(r) };
}

/** A fraction as people say it: "a third", "half", "two thirds", or null when none fits within 2 points. */
export type FractionWord = 'tenth' | 'fifth' | 'quarter' | 'third' | 'half' | 'two_thirds' | 'three_quarters' | 'all';

const fractions: [FractionWord, number][] = [
  ['tenth', 0.1],
  ['fifth', 0.2],
  ['quarter', 0.25],
  ['third', 1 / 3],
  ['half', 0.5],
  ['two_thirds', 2 / 3],
  ['three_quarters', 0.75],
];

export function fractionWord(x: number): FractionWord | null {
  if (x >= 0.995) return 'all';
  for (const [word, v] of fractions) if (Math.abs(x - v) <= 0.02) return word;
  return null;
}

/** A change of `from` → `to` as a fraction smaller or larger ("a third smaller"), when one fits. */
export function changeFraction(from: number, to: number): { word: FractionWord; larger: boolean } | null {
  if (!(from > 0) || to === from) return null;
  const rel = (to - from) / from;
  const word = fractionWord(Math.abs(rel));
  return word && word !== 'all' ? { word, larger: rel > 0 } : null;
}

/** Rounds an amount for a headline: two significant figures from 1,000 (48,153 → 48,000; 565,100 → 570,000). */
export function roundForHeadline(v: number): number {
  const a = Math.abs(v);
  if (a < 1000) return Math.round(v);
  const digits = Math.floor(Math.log10(a)) + 1;
  const step = 10 ** Math.max(0, digits - 2);
  return Math.round(v / step) * step;
}

/** Words in a sentence (for the about-30-words rule): runs of non-space characters. */
export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
