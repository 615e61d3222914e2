/**
 * Romanian grammar the Romanian catalogs share (ro.ts, ro-story.ts). Pure functions.
 *
 * - A count and its noun (`countNoun`): 1 takes the singular ("1 mențiune"); 0, 2–19 and any
 *   number whose last two digits are 01–19 take the plural directly ("5 mențiuni", "101 clienți");
 *   20 and above otherwise take "de" ("21 de mențiuni", "100 de clienți", "1.020 de cazuri").
 *   A decimal takes the plural directly ("2,5 zile"). `Intl.PluralRules('ro-RO')` says exactly
 *   this: one / few / other, and `other` needs "de".
 * - When a message gets only the formatted text of a count, it is read back (`parseCount`): ro-RO
 *   groups thousands with "." and writes decimals with ",".
 * - A period label as a sentence places it (`periodIn`): "în august 2026", "în săptămâna 37 din
 *   2026", "pe 13 septembrie 2026", "în 2025", "în perioada 1 august 2026 – 31 august 2026"; a
 *   period id as the CLI prints a reason stays readable ("în 2026-09", "pe 2026-09-14"). After a
 *   noun it takes the genitive (`periodOf`): "povestea trimestrului 3 din 2026".
 * - Lists join with "și" ("a, b și c"); quoted names use „…”.
 */

const rules = new Intl.PluralRules('ro-RO');

/** The form a number takes: `one` (1), `few` (plural directly) or `other` (plural with "de"). */
export function pluralForm(n: number): 'one' | 'few' | 'other' {
  const f = rules.select(n);
  return f === 'one' || f === 'few' ? f : 'other';
}

/**
 * A count as ro-RO writes it, read back: "1.234" → 1234, "2,5" → 2.5, "+12" → 12, "35,5 %" → 35.5.
 * Null when the text holds no number.
 */
export function parseCount(text: string): number | null {
  const m = /\d[\d.\u00a0\u202f ]*(?:,\d+)?/.exec(text ?? '');
  if (!m) return null;
  const raw = m[0].trim().replace(/[.\u00a0\u202f ]/g, '').replace(',', '.');
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** The formatted count is one ("1"). */
export const isOne = (count: string) => parseCount(count) === 1 && !/,/.test(count);

/** A noun's two forms: the singular (after 1) and the plural. */
export interface Noun {
  one: string;
  few: string;
}

/** "1 mențiune", "5 mențiuni", "21 de mențiuni": a number (and its formatted text) with its noun. */
export function countNoun(n: number, count: string, noun: Noun): string {
  const f = pluralForm(n);
  if (f === 'one') return `${count} ${noun.one}`;
  if (f === 'few') return `${count} ${noun.few}`;
  return `${count} de ${noun.few}`;
}

/** The same, from the formatted text alone ("412" → "412 de mențiuni"). */
export function countText(count: string, noun: Noun): string {
  const n = parseCount(count);
  return countNoun(n ?? 2, count, noun);
}

/** The number as it stands before a plural noun: "5" → "5", "21" → "21 de" (the noun follows). */
export function numberBefore(count: string): string {
  const n = parseCount(count);
  return n !== null && pluralForm(n) === 'other' ? `${count} de` : count;
}

/** The one/other form of a word by count, when no "de" is involved (a verb, an adjective). */
export const s = (n: number, one: string, other: string) => (n === 1 ? one : other);

/** A capital first letter. */
export const cap = (t: string) => t.charAt(0).toLocaleUpperCase('ro-RO') + t.slice(1);

/** A lower-case first letter (a label inside a sentence), unless it reads as an acronym ("KPI", "SLA"). */
export const low = (t: string) => (/^\p{Lu}{2}/u.test(t) ? t : t.charAt(0).toLocaleLowerCase('ro-RO') + t.slice(1));

/** „…”: a name or a quoted text. */
export const q = (t: string) => `„${t}”`;

/** "a", "a și b", "a, b și c". */
export function andList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} și ${items[items.length - 1]}`;
}

/** "a", "a sau b", "a, b sau c". */
export function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} sau ${items[items.length - 1]}`;
}

const DAY = /^\d{1,2}\s+\p{L}+\.?(\s+\d{4})?$/u;
const MONTH = /^\p{L}+\s+\d{4}$/u;

/**
 * A period label (story/period-label.ts, in Romanian) as a sentence places it in time:
 * "în august 2026", "în săptămâna 37 din 2026", "în trimestrul 2 din 2026", "pe 13 septembrie 2026",
 * "în 2025", "în perioada 1 august 2026 – 31 august 2026".
 */
export function periodIn(label: string): string {
  const l = label.trim();
  if (/^(săptămâna|trimestrul|luna|anul|perioada)\b/iu.test(l)) return `în ${low(l)}`;
  if (/^\d{4}$/.test(l)) return `în ${l}`;
  if (/\s[–-]\s/.test(l)) return `în perioada ${l}`;
  if (DAY.test(l)) return `pe ${l}`;
  if (MONTH.test(l)) return `în ${l}`;
  // A period id as the CLI prints a reason: "pe 2026-09-14", "în 2026-09", "în 2026-Q3".
  if (/^\d{4}-\d{2}-\d{2}$/.test(l)) return `pe ${l}`;
  if (/^\d{4}-[\dQW]/.test(l)) return `în ${l}`;
  return `în perioada ${l}`;
}

/**
 * A period label in the genitive, after a noun ("povestea …"): "trimestrului 3 din 2026",
 * "săptămânii 37 din 2026", "lunii septembrie 2026", "anului 2025", "zilei de 14 septembrie 2026",
 * "perioadei 1 iulie 2026 – 30 septembrie 2026"; an id as the CLI prints it: "perioadei 2026-Q3".
 */
export function periodOf(label: string): string {
  const l = label.trim();
  const m = /^(trimestrul|săptămâna|luna|anul|perioada)\s+(.*)$/iu.exec(l);
  if (m) {
    const gen: Record<string, string> = { trimestrul: 'trimestrului', săptămâna: 'săptămânii', luna: 'lunii', anul: 'anului', perioada: 'perioadei' };
    return `${gen[m[1]!.toLocaleLowerCase('ro-RO')]} ${m[2]}`;
  }
  if (/^\d{4}$/.test(l)) return `anului ${l}`;
  if (DAY.test(l)) return `zilei de ${l}`;
  if (MONTH.test(l)) return `lunii ${l}`;
  return `perioadei ${l}`;
}

/** A day as a sentence places it: "pe 14 septembrie 2026" (a date or any other label as `periodIn` does). */
export const onDay = (day: string) => (DAY.test(day.trim()) ? `pe ${day.trim()}` : periodIn(day));
