/**
 * Greek grammar the Greek catalogs share (el.ts, el-story.ts). Pure functions.
 *
 * - One/other form of a count (`Intl.PluralRules('el-GR')`): 1 takes the singular, every other
 *   count (0, 2, 5, 21…) the plural. A count that arrives only formatted ("1.234", el-GR groups
 *   thousands with ".") is read back first.
 * - Dates from Intl el-GR ("14 Σεπτεμβρίου 2026", "14 Σεπ") take the feminine plural article
 *   ("στις 14 Σεπτεμβρίου", "από τις 14 Σεπτεμβρίου"), except the 1st, read as an ordinal
 *   ("στην 1η Σεπτεμβρίου", "από την 1η Σεπτεμβρίου").
 * - Period labels (month "Σεπτέμβριος 2026" in the nominative, as Intl gives it; week
 *   "εβδομάδα 37 του 2026"; quarter "3ο τρίμηνο 2026"; year; day; range) placed in a sentence
 *   with their article and case: "τον Σεπτέμβριο του 2026", "του Σεπτεμβρίου 2026",
 *   "στο 3ο τρίμηνο 2026", "της εβδομάδας 37 του 2026".
 */

const rules = new Intl.PluralRules('el-GR');

/** True when a count takes the singular (only 1 in Greek). */
export const isOne = (n: number) => rules.select(n) === 'one';

/** The one/other form for a count. */
export const s = (n: number, one: string, other: string) => (isOne(n) ? one : other);

/** A formatted el-GR count back to a number: "1.234" → 1234, "1" → 1, "−3" → -3; NaN when not a count. */
export function countOf(text: string): number {
  const t = text.trim().replace(/\u2212/g, '-').replace(/^\+/, '');
  if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(t)) return Number.NaN;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}

/** The one/other form for a count given only formatted ("1", "1.234"). */
export const sf = (count: string, one: string, other: string) => (isOne(countOf(count)) ? one : other);

/** A capital first letter. */
export const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** "a, b και c". */
export const andList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} και ${items[items.length - 1]}`);

/** "a, b ή c". */
export const orList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ή ${items[items.length - 1]}`);

/** A date label starts with its day of the month ("14 Σεπτεμβρίου 2026", "1 Σεπ"). */
const DATE = /^(\d{1,2})\s+\p{L}/u;
export const isDate = (text: string) => DATE.test(text.trim());

/** The 1st of a month read as an ordinal: "1 Σεπτεμβρίου" → "1η Σεπτεμβρίου"; any other date as given. */
export function dayOrdinal(day: string): string {
  const m = DATE.exec(day.trim());
  return m && m[1] === '1' ? day.trim().replace(/^1\s+/, '1η ') : day.trim();
}

/** A date with its article, accusative: "τις 14 Σεπτεμβρίου 2026", "την 1η Σεπτεμβρίου 2026". */
export function tis(day: string): string {
  if (!isDate(day)) return day.trim();
  const d = dayOrdinal(day);
  return d !== day.trim() ? `την ${d}` : `τις ${d}`;
}

/** "στις 14 Σεπτεμβρίου 2026", "στην 1η Σεπτεμβρίου 2026". */
export const stis = (day: string) => (isDate(day) ? `σ${tis(day)}` : `σε ${day.trim()}`);

/** "από τις 14 Σεπτεμβρίου", "από την 1η Σεπτεμβρίου". */
export const apoTis = (day: string) => `από ${tis(day)}`;

/** "έως τις 30 Σεπτεμβρίου", "έως την 1η Οκτωβρίου". */
export const eosTis = (day: string) => `έως ${tis(day)}`;

/** A date in the genitive: "της 14ης Σεπτεμβρίου 2026", "της 1ης Σεπτεμβρίου 2026". */
export function tisGen(day: string): string {
  const m = DATE.exec(day.trim());
  if (!m) return day.trim();
  const n = Number(m[1]);
  return `της ${day.trim().replace(/^(\d{1,2})\s+/, `$1${n >= 20 && n % 10 === 0 ? 'ής' : 'ης'} `)}`;
}

/** "από τις 1 … έως τις 9 …" with the right articles: "από την 1η Σεπτεμβρίου έως τις 9 Σεπτεμβρίου". */
export const fromTo = (from: string, to: string) => `${apoTis(from)} έως ${tis(to)}`;

/** Months: nominative (as Intl gives a month with its year), accusative, genitive. */
const months: [string, string, string][] = [
  ['Ιανουάριος', 'Ιανουάριο', 'Ιανουαρίου'],
  ['Φεβρουάριος', 'Φεβρουάριο', 'Φεβρουαρίου'],
  ['Μάρτιος', 'Μάρτιο', 'Μαρτίου'],
  ['Απρίλιος', 'Απρίλιο', 'Απριλίου'],
  ['Μάιος', 'Μάιο', 'Μαΐου'],
  ['Ιούνιος', 'Ιούνιο', 'Ιουνίου'],
  ['Ιούλιος', 'Ιούλιο', 'Ιουλίου'],
  ['Αύγουστος', 'Αύγουστο', 'Αυγούστου'],
  ['Σεπτέμβριος', 'Σεπτέμβριο', 'Σεπτεμβρίου'],
  ['Οκτώβριος', 'Οκτώβριο', 'Οκτωβρίου'],
  ['Νοέμβριος', 'Νοέμβριο', 'Νοεμβρίου'],
  ['Δεκέμβριος', 'Δεκέμβριο', 'Δεκεμβρίου'],
];
const monthOf = (word: string) => months.find((m) => m[0].toLowerCase() === word.toLowerCase());

/**
 * A period label placed in a sentence:
 * - `the`: with its article, accusative, after "με", "σε σύγκριση με", "για": "τον Σεπτέμβριο του 2026";
 * - `in`: when something happened: "τον Σεπτέμβριο του 2026", "στο 3ο τρίμηνο 2026", "στις 13 Σεπτεμβρίου 2026";
 * - `of`: genitive: "του Σεπτεμβρίου 2026", "της εβδομάδας 37 του 2026", "του 3ου τριμήνου 2026".
 */
export interface PeriodWords {
  the: string;
  in: string;
  of: string;
}

export function periodWords(label: string): PeriodWords {
  const l = label.trim();
  // "Σεπτέμβριος 2026" (or a month alone).
  const mm = /^(\p{L}+)(?:\s+(\d{4}))?$/u.exec(l);
  const month = mm ? monthOf(mm[1]!) : undefined;
  if (mm && month) {
    const year = mm[2];
    const acc = `τον ${month[1]}${year ? ` του ${year}` : ''}`;
    return { the: acc, in: acc, of: `του ${month[2]}${year ? ` ${year}` : ''}` };
  }
  // "εβδομάδα 37 του 2026".
  if (/^εβδομάδα(?=\s|$)/iu.test(l)) {
    const rest = l.replace(/^εβδομάδα/iu, 'εβδομάδα');
    return { the: `την ${rest}`, in: `την ${rest}`, of: `της ${rest.replace(/^εβδομάδα/u, 'εβδομάδας')}` };
  }
  // "3ο τρίμηνο 2026".
  const q = /^(\d)ο\s+τρίμηνο(\s+\d{4})?$/u.exec(l);
  if (q) return { the: `το ${l}`, in: `στο ${l}`, of: `του ${q[1]}ου τριμήνου${q[2] ?? ''}` };
  // "2026".
  if (/^\d{4}$/.test(l)) return { the: `το ${l}`, in: `το ${l}`, of: `του ${l}` };
  // "1 Σεπτεμβρίου 2026 – 9 Σεπτεμβρίου 2026".
  if (/\s[–-]\s/.test(l)) return { the: `το διάστημα ${l}`, in: `στο διάστημα ${l}`, of: `του διαστήματος ${l}` };
  // "13 Σεπτεμβρίου 2026".
  if (isDate(l)) return { the: tis(l), in: stis(l), of: tisGen(l) };
  return { the: `την περίοδο ${l}`, in: `την περίοδο ${l}`, of: `της περιόδου ${l}` };
}

/** A month label as a heading or subject reads it: as given ("Σεπτέμβριος 2026"). */
export const periodSubject = (label: string) => cap(label.trim());
