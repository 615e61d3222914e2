/**
 * Hungarian grammar the Hungarian catalogs share (hu.ts, hu-story.ts). Pure functions.
 *
 * Hungarian adds case endings to what it names, and the ending follows the word as READ:
 * - a number takes the ending of its last spoken word, after a hyphen: "1-gyel" (egy), "2-vel"
 *   (kettő), "3-mal" (három), "5-tel" (öt), "10-zel" (tíz), "20-szal" (húsz), "40-nel" (negyven),
 *   "100-zal" (száz), "1000-rel" (ezer), "0-val" (nulla); a decimal ends in "tized/század/ezred"
 *   ("12,5-del"); a percentage is read "… százalék" ("40%-kal", "40%-ra", "40%-os");
 * - a date takes the ending of its day, read as an ordinal: "szeptember 14-én", "szeptember 2-án",
 *   "szeptember 1-jén", "szeptember 14-i", "szeptember 14-étől", "szeptember 14-ig";
 * - a month, a week ("2026. 37. hét") or a quarter ("2026. III. negyedév") takes the ending on its
 *   last word, without a hyphen: "2026. szeptemberben", "a 2026. 37. héten", "a 2026. III. negyedévben";
 * - an amount takes the ending of its currency as read ("EUR" euró → "EUR-val", "Ft" forint → "Ft-tal").
 * The article is "az" before a vowel sound, numbers included ("az 1", "az 5%", "az 50", "a 40%").
 */

/** The endings the catalogs use (named by their back-vowel form). */
export type Suffix =
  | 'val' // with, by (instrumental): -val/-vel, assimilated
  | 'ra' // onto, to (a value): -ra/-re
  | 'ban' // in: -ban/-ben
  | 'ba' // into: -ba/-be
  | 'bol' // out of: -ból/-ből
  | 'hoz' // to, compared with ("-hoz képest"): -hoz/-hez/-höz
  | 'tol' // from: -tól/-től
  | 'rol' // about: -ról/-ről
  | 'nak' // for, dative: -nak/-nek
  | 'nal' // at, than: -nál/-nél
  | 'ig' // until: -ig
  | 't' // accusative: -t/-ot/-et/-öt/-at
  | 'os' // adjective ("40%-os", "5-ös"): -s/-os/-es/-ös/-as
  | 'on' // on: -n/-on/-en/-ön
  | 'i'; // adjective of a date or a place ("szeptember 14-i"): -i

type Harmony = 'back' | 'front' | 'round';

/** How a word takes endings: its vowel harmony, the consonant -val assimilates to ('' after a vowel), and its irregular forms. */
interface Word {
  h: Harmony;
  /** The consonant an instrumental/translative "v" becomes (the word's last consonant), or '' after a vowel. */
  c: string;
  /** Accusative ending after the word ("et" for "egyet", "t" for "kettőt"). */
  acc: string;
  /** Adjective ending ("es" for "egyes", "s" for "nullás"). */
  adj: string;
  /** Superessive ending ("en" for "egyen", "n" for "kettőn"). */
  sup: string;
}

const w = (h: Harmony, c: string, acc: string, adj: string, sup: string): Word => ({ h, c, acc, adj, sup });

/** The last spoken word of a number. */
const numberWords: Record<string, Word> = {
  nulla: w('back', '', 't', 's', 'n'),
  egy: w('front', 'gy', 'et', 'es', 'en'),
  kettő: w('round', '', 't', 'es', 'n'),
  három: w('back', 'm', 'at', 'as', 'on'),
  négy: w('front', 'gy', 'et', 'es', 'en'),
  öt: w('round', 't', 'öt', 'ös', 'ön'),
  hat: w('back', 't', 'ot', 'os', 'on'),
  hét: w('front', 't', 'et', 'es', 'en'),
  nyolc: w('back', 'c', 'at', 'as', 'on'),
  kilenc: w('front', 'c', 'et', 'es', 'en'),
  tíz: w('front', 'z', 'et', 'es', 'en'),
  húsz: w('back', 'sz', 'at', 'as', 'on'),
  harminc: w('back', 'c', 'at', 'as', 'on'),
  negyven: w('front', 'n', 'et', 'es', 'en'),
  ötven: w('front', 'n', 'et', 'es', 'en'),
  hatvan: w('back', 'n', 'at', 'as', 'on'),
  hetven: w('front', 'n', 'et', 'es', 'en'),
  nyolcvan: w('back', 'n', 'at', 'as', 'on'),
  kilencven: w('front', 'n', 'et', 'es', 'en'),
  száz: w('back', 'z', 'at', 'as', 'on'),
  ezer: w('front', 'r', 'et', 'es', 'en'),
  millió: w('back', '', 't', 's', 'n'),
  milliárd: w('back', 'd', 'ot', 'os', 'on'),
  tized: w('front', 'd', 'et', 'es', 'en'),
  század: w('back', 'd', 'ot', 'os', 'on'),
  ezred: w('front', 'd', 'et', 'es', 'en'),
  százalék: w('back', 'k', 'ot', 'os', 'on'),
};

const units = ['nulla', 'egy', 'kettő', 'három', 'négy', 'öt', 'hat', 'hét', 'nyolc', 'kilenc'];
const tens = ['', 'tíz', 'húsz', 'harminc', 'negyven', 'ötven', 'hatvan', 'hetven', 'nyolcvan', 'kilencven'];

/** The last spoken word of a whole number given as digits ("2026" → "hat", "1000" → "ezer"). */
export function lastNumberWord(digits: string): string {
  const d = digits.replace(/^0+(?=\d)/, '');
  const n = BigInt(d);
  if (n === 0n) return 'nulla';
  if (n % 10n !== 0n) return units[Number(n % 10n)]!;
  if (n % 100n !== 0n) return tens[Number((n % 100n) / 10n)]!;
  if (n % 1000n !== 0n) return 'száz';
  if (n % 1000000n !== 0n) return 'ezer';
  if (n % 1000000000n !== 0n) return 'millió';
  return 'milliárd';
}

/** Forms of an ending by harmony: back, front unrounded, front rounded. */
const forms: Record<Exclude<Suffix, 'val' | 't' | 'os' | 'on' | 'i' | 'ig'>, [string, string, string]> = {
  ra: ['ra', 're', 're'],
  ban: ['ban', 'ben', 'ben'],
  ba: ['ba', 'be', 'be'],
  bol: ['ból', 'ből', 'ből'],
  hoz: ['hoz', 'hez', 'höz'],
  tol: ['tól', 'től', 'től'],
  rol: ['ról', 'ről', 'ről'],
  nak: ['nak', 'nek', 'nek'],
  nal: ['nál', 'nél', 'nél'],
};
const hIndex = (h: Harmony) => (h === 'back' ? 0 : h === 'front' ? 1 : 2);

/** The ending itself, as written after a hyphen (numbers, abbreviations) or glued to a word. */
function ending(word: Word, s: Suffix, glued: string | null): string {
  switch (s) {
    case 'val': {
      const v = word.h === 'back' ? 'al' : 'el';
      if (!word.c) return `v${v}`;
      // After a hyphen the assimilated consonant is written once ("4-gyel", "20-szal"); glued, it doubles ("nappal", "hússzal").
      if (glued === null) return `${word.c}${v}`;
      return word.c.length === 2 ? `${word.c[0]}${v}` : `${word.c}${v}`;
    }
    case 't':
      return word.acc;
    case 'os':
      return word.adj;
    case 'on':
      return word.sup;
    case 'i':
      return 'i';
    case 'ig':
      return 'ig';
    default:
      return forms[s][hIndex(word.h)];
  }
}

/** A word's vowel harmony from its letters (its last vowels decide; "i", "í", "e", "é" after a back vowel keep it back only when "i"/"í"). */
export function harmonyOf(word: string): Harmony {
  const vowels = word.toLowerCase().match(/[aáeéiíoóöőuúüű]/g) ?? [];
  for (let i = vowels.length - 1; i >= 0; i--) {
    const v = vowels[i]!;
    if ('aáoóuú'.includes(v)) return 'back';
    if ('öőüű'.includes(v)) return 'round';
    if ('eé'.includes(v)) return 'front';
  }
  // Only "i"/"í" (or no vowel): front.
  return 'front';
}

/** A common noun ending a label, glued: its forms ("óra" → "órával", "nap" → "nappal", "hét" → "héten"). */
const nouns: Record<string, Word> = {
  óra: w('back', '', 't', 's', 'n'),
  nap: w('back', 'p', 'ot', 'os', 'on'),
  pont: w('back', 't', 'ot', 'os', 'on'),
  hét: w('front', 't', 'et', 'es', 'en'),
  negyedév: w('front', 'v', 'et', 'es', 'en'),
  év: w('front', 'v', 'et', 'es', 'en'),
  időszak: w('back', 'k', 'ot', 'os', 'on'),
  január: w('back', 'r', 't', 'i', 'on'),
  február: w('back', 'r', 't', 'i', 'on'),
  március: w('back', 's', 't', 'i', 'on'),
  április: w('back', 's', 't', 'i', 'on'),
  május: w('back', 's', 't', 'i', 'on'),
  június: w('back', 's', 't', 'i', 'on'),
  július: w('back', 's', 't', 'i', 'on'),
  augusztus: w('back', 's', 't', 'i', 'on'),
  szeptember: w('front', 'r', 't', 'i', 'en'),
  október: w('front', 'r', 't', 'i', 'en'),
  november: w('front', 'r', 't', 'i', 'en'),
  december: w('front', 'r', 't', 'i', 'en'),
};

/** A word of no known table, glued: forms from its letters. */
function guessWord(word: string): Word {
  const h = harmonyOf(word);
  const lastChar = word.slice(-1).toLowerCase();
  const vowelEnd = /[aáeéiíoóöőuúüű]/.test(lastChar);
  const digraph = /(sz|zs|cs|gy|ny|ty|ly)$/i.exec(word)?.[1]?.toLowerCase();
  const c = vowelEnd ? '' : (digraph ?? lastChar);
  const link = h === 'back' ? 'o' : h === 'front' ? 'e' : 'ö';
  return w(h, c, vowelEnd ? 't' : `${link}t`, vowelEnd ? 's' : `${link}s`, vowelEnd ? 'n' : `${link}n`);
}

/** Glues an ending to a word ("szeptember" + ban → "szeptemberben", "óra" + val → "órával", "nap" + val → "nappal", "hét" + on → "héten"). */
function glue(word: string, info: Word, s: Suffix): string {
  if (/hét$/i.test(word)) {
    const base = word.slice(0, -3);
    const irregular: Partial<Record<Suffix, string>> = { on: 'héten', t: 'hetet', os: 'hetes', i: 'heti', val: 'héttel' };
    return `${base}${irregular[s] ?? `hét${ending(info, s, word)}`}`;
  }
  if (s === 'i') return /i$/i.test(word) ? word : `${word}i`;
  // A final short a/e lengthens before an ending ("óra" → "órá-").
  const stem = /a$/.test(word) ? `${word.slice(0, -1)}á` : /e$/.test(word) ? `${word.slice(0, -1)}é` : word;
  if (s === 'val') {
    const v = info.h === 'back' ? 'al' : 'el';
    if (!info.c) return `${stem}v${v}`;
    // Doubling a digraph writes its first letter twice ("hússzal", "eggyel").
    return info.c.length === 2 ? `${stem}${info.c[0]}${info.c}${v}` : `${stem}${info.c}${v}`;
  }
  return `${stem}${ending(info, s, word)}`;
}

/** Currencies as read ("EUR" euró), for the ending after an amount. */
const currencies: Record<string, Word> = {
  EUR: w('back', '', 't', 's', 'n'),
  '€': w('back', '', 't', 's', 'n'),
  Ft: w('back', 't', 'ot', 'os', 'on'),
  HUF: w('back', 't', 'ot', 'os', 'on'),
  USD: w('back', 'r', 't', 'os', 'on'),
  $: w('back', 'r', 't', 'os', 'on'),
  GBP: w('back', 't', 'ot', 'os', 'on'),
  '£': w('back', 't', 'ot', 'os', 'on'),
  CHF: w('back', 'k', 'ot', 'os', 'on'),
};

/** Ordinal harmony of a day of the month (as read: "elseje", "másodika", "tizenkettedike", "huszadika"). */
function dayHarmony(day: number): 'back' | 'front' {
  if (day === 2) return 'back';
  const u = day % 10;
  if (u === 0) return day === 10 ? 'front' : 'back';
  return [3, 6, 8].includes(u) ? 'back' : u === 2 ? 'front' : 'front';
}

/** The ending of a date on its day ("14" → "14-én", "1" → "1-jén", "2" → "2-án", "20" → "20-ig"). */
export function dayEnding(day: number, s: Suffix): string {
  const back = dayHarmony(day) === 'back';
  const j = day === 1 ? 'j' : '';
  const poss = `${j}${back ? 'á' : 'é'}`;
  switch (s) {
    case 'on':
      return `${poss}n`;
    case 'ig':
      return 'ig';
    case 'i':
      return day === 1 ? 'jei' : 'i';
    case 'val':
      return `${poss}v${back ? 'al' : 'el'}`;
    case 't':
      return `${poss}t`;
    case 'os':
      return day === 1 ? 'jei' : 'i';
    default:
      return `${poss}${forms[s][back ? 0 : 1]}`;
  }
}

const DATE = /^(.*\p{L}\.?\s)(\d{1,2})\.$/u;
const NUMBER = /([+\-−]?\d[\d\s\u00a0\u202f]*(?:,(\d+))?)$/;

/** A formatted number's last spoken word ("12,5" → "tized", "1 000" → "ezer"). */
function numberWord(text: string): Word {
  const m = NUMBER.exec(text)!;
  if (m[2]) return numberWords[m[2].length === 1 ? 'tized' : m[2].length === 2 ? 'század' : 'ezred']!;
  return numberWords[lastNumberWord(m[1]!.replace(/[^\d]/g, ''))]!;
}

/**
 * `text` with a case ending, as it is read: "40%" + val → "40%-kal", "5" + ra → "5-re",
 * "2026. szeptember 14." + on → "2026. szeptember 14-én", "2026. szeptember" + ban →
 * "2026. szeptemberben", "2026. 37. hét" + on → "2026. 37. héten", "48 153 EUR" + val → "48 153 EUR-val".
 */
export function suffix(text: string, s: Suffix): string {
  const t = text.trim();
  if (!t) return t;
  const date = DATE.exec(t);
  if (date && /\p{L}/u.test(date[1]!)) return `${date[1]}${date[2]}-${dayEnding(Number(date[2]), s)}`;
  if (t.endsWith('%')) return `${t}-${ending(numberWords['százalék']!, s, null)}`;
  if (NUMBER.test(t) && /\d$/.test(t)) return `${t}-${ending(numberWord(t), s, null)}`;
  // An amount: its currency as read.
  const cur = /(\S+)$/.exec(t)![1]!;
  if (currencies[cur] && /\d/.test(t)) return `${t}-${ending(currencies[cur]!, s, null)}`;
  // A word: glued.
  const m = /([\p{L}]+)$/u.exec(t);
  if (m) {
    const word = m[1]!;
    const head = t.slice(0, t.length - word.length);
    const info = nouns[word.toLowerCase()] ?? guessWord(word);
    return `${head}${glue(word, info, s)}`;
  }
  // Anything else (a closing quote, a bracket): a hyphen and front forms would guess; keep it readable with back forms.
  return `${t}-${ending(guessWord(t.replace(/[^\p{L}]/gu, '') || 'a'), s, null)}`;
}

/** A date "on" its day: "2026. szeptember 14." → "2026. szeptember 14-én". */
export const onDay = (dateText: string) => suffix(dateText, 'on');

/** Whether a text is read with a vowel first (it takes "az"). */
export function vowelFirst(text: string): boolean {
  const t = text.trim().replace(/^[„“”"'‘’(]+/, '');
  if (!t) return false;
  const num = /^(\d+)((?:[\s\u00a0\u202f]\d{3})*)/.exec(t);
  if (num) {
    const lead = num[1]!;
    // A lone "1" reads "egy", "1 000" reads "ezer", "1 000 000" "egymillió"; 5, 50…, 500… read "öt…".
    if (lead === '1') return true;
    if (lead.startsWith('5')) return true;
    // Four digits and more written without a space ("1000", "1500"): "ezer…", "egyezer…".
    if (lead.length >= 4 && lead.length % 3 === 1 && lead.startsWith('1')) return true;
    return false;
  }
  // Roman numerals read as ordinals: "I." (első), "V." (ötödik); "III." (harmadik).
  if (/^[IVXLC]+\.(\s|$)/.test(t)) return /^(I|V)\./.test(t);
  // Letters read with a vowel first when spelled: F, L, M, N, R, S, X, Y in an acronym.
  if (/^[FLMNRSXY](?:[A-Z0-9\-]|$)/.test(t)) return true;
  return /^[aáeéiíoóöőuúüűAÁEÉIÍOÓÖŐUÚÜŰ]/.test(t);
}

/** The definite article a text takes: "az" or "a". */
export const az = (text: string) => (vowelFirst(text) ? 'az' : 'a');
/** The text with its article: "az 5%", "a 40%", "az április", "a Summitra". */
export const a = (text: string) => `${az(text)} ${text}`;
/** The same at the start of a sentence: "Az 5%", "A 40%". */
export const A = (text: string) => cap(a(text));

export const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** "a, b és c". */
export const andList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} és ${items[items.length - 1]}`);
/** "a, b vagy c". */
export const orList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} vagy ${items[items.length - 1]}`);

/** A quoted text in Hungarian marks: „…”. */
export const q = (text: string) => `„${text}”`;

/**
 * A period label as a sentence places it (from its Hungarian label: "2026. szeptember",
 * "2026. 37. hét", "2026. III. negyedév", "2026. szeptember 13.", "2025", a range):
 * `in` "2026. szeptemberben" / "a 2026. 37. héten"; `to` (before "képest") "2026. szeptemberhez";
 * `the` the label as a subject, with its article where it needs one.
 */
export function periodWords(label: string): { in: string; to: string; the: string; from: string } {
  const l = label.trim();
  if (/\s[–-]\s/.test(l)) return { in: `${a(l)} időszakban`, to: `${a(l)} időszakhoz`, the: `${a(l)} időszak`, from: `${a(l)} időszaktól` };
  if (/\bhét$/.test(l) || /negyedév$/.test(l)) return { in: a(suffix(l, /hét$/.test(l) ? 'on' : 'ban')), to: a(suffix(l, 'hoz')), the: a(l), from: a(suffix(l, 'tol')) };
  if (/^\d{4}$/.test(l)) return { in: suffix(l, 'ban'), to: suffix(l, 'hoz'), the: `${a(suffix(l, 'os'))} év`, from: suffix(l, 'tol') };
  if (DATE.test(l)) return { in: suffix(l, 'on'), to: suffix(l, 'hoz'), the: l, from: suffix(l, 'tol') };
  return { in: suffix(l, 'ban'), to: suffix(l, 'hoz'), the: l, from: suffix(l, 'tol') };
}

/** Hungarian months (lowercase) by number, with "in" forms available through `suffix`. */
export const months = ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'];

const decimal = new Intl.NumberFormat('hu-HU', { maximumFractionDigits: 1 });
/** A number a message formats itself, in Hungarian: "2,5", "12 000". */
export const num = (n: number) => decimal.format(n);

/** Multiples of the numbers one to ten as words: "kétszer", "háromszoros", "ötszörös". */
const smallMultiples: Record<number, { stem: string; h: Harmony }> = {
  1: { stem: 'egy', h: 'front' },
  2: { stem: 'két', h: 'front' },
  3: { stem: 'három', h: 'back' },
  4: { stem: 'négy', h: 'front' },
  5: { stem: 'öt', h: 'round' },
  6: { stem: 'hat', h: 'back' },
  7: { stem: 'hét', h: 'front' },
  8: { stem: 'nyolc', h: 'back' },
  9: { stem: 'kilenc', h: 'front' },
  10: { stem: 'tíz', h: 'front' },
};

/**
 * A multiple of `n`: `adv` "ötször" (five times), `adj` "ötszörös" (fivefold), `of` "ötszöröse"
 * (five times the value), `to` "ötszörösére" (to five times); numbers past ten stay figures
 * ("22-szeresére", "2,5-szerese").
 */
export function multiple(n: number, form: 'adv' | 'adj' | 'of' | 'to'): string {
  const small = Number.isInteger(n) ? smallMultiples[n] : undefined;
  const text = num(n);
  // In a multiple, "kettő" reads "két" ("huszonkétszeres").
  const last = /,\d+$/.test(text) ? '' : lastNumberWord(text.replace(/[^\d]/g, ''));
  const h = small ? small.h : last === 'kettő' ? 'front' : numberWord(text).h;
  const stem = small ? small.stem : `${text}-`;
  const sz = h === 'back' ? 'szor' : h === 'front' ? 'szer' : 'ször';
  const adj = `${sz}${h === 'back' ? 'os' : h === 'front' ? 'es' : 'ös'}`;
  switch (form) {
    case 'adv':
      return `${stem}${sz}`;
    case 'adj':
      return `${stem}${adj}`;
    case 'of':
      return `${stem}${adj}${h === 'back' ? 'a' : 'e'}`;
    case 'to':
      return `${stem}${adj}${h === 'back' ? 'ára' : 'ére'}`;
  }
}

/** A percentage's share of something, in a case: "71%-a", "35,5%-át"; any other text "… része". */
export function shareOf(text: string, s: '' | 't' | 'ra' | 'val' = ''): string {
  const t = text.trim();
  const forms = { '': 'a', t: 'át', ra: 'ára', val: 'ával' } as const;
  if (t.endsWith('%')) return `${t}-${forms[s]}`;
  const part = { '': 'része', t: 'részét', ra: 'részére', val: 'részével' } as const;
  return `${t} ${part[s]}`;
}
