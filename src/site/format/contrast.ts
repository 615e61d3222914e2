/**
 * Colour contrast (WCAG 2): a brand colour used for text is darkened, keeping its hue, until it
 * reads at 4.5:1 on the page background (AA for normal text). Colours are "#rrggbb".
 */
const channel = (v: number) => {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `colour`, darkened in steps of 4% until it reaches `ratio` against `background` (or black). */
export function readableOn(colour: string, background: string, ratio = 4.5): string {
  let [r, g, b] = rgb(colour);
  let out = colour.toLowerCase();
  for (let i = 0; i < 40 && contrast(out, background) < ratio; i++) {
    [r, g, b] = [r, g, b].map((v) => Math.floor(v * 0.96)) as [number, number, number];
    out = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  }
  return out;
}
