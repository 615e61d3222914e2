/**
 * Italian grammar the Italian catalogs share (it.ts, it-story.ts): the one/other form of a count,
 * a capital first letter, and articles and articulated prepositions before a number or a date,
 * elided where the number is read with a vowel first (uno, otto…, undici): "il 40%" but "l'8%",
 * "del 14 settembre" but "dell'1 settembre", "gli 80".
 */
export const s = (n: number, one: string, other: string) => (n === 1 ? one : other);
export const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export function vowelFirst(text: string): boolean {
  const m = /^(\d+(?:\.\d{3})*)/.exec(text);
  if (!m) return false;
  const groups = m[1]!.split('.');
  const lead = groups[0]!;
  return lead.startsWith('8') || lead === '11' || (lead === '1' && groups.length === 1);
}
export const il = (x: string) => (vowelFirst(x) ? `l'${x}` : `il ${x}`);
export const del = (x: string) => (vowelFirst(x) ? `dell'${x}` : `del ${x}`);
export const al = (x: string) => (vowelFirst(x) ? `all'${x}` : `al ${x}`);
export const dal = (x: string) => (vowelFirst(x) ? `dall'${x}` : `dal ${x}`);
export const gli = (x: string) => (vowelFirst(x) ? `gli ${x}` : `i ${x}`);
