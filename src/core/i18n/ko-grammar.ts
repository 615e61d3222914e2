/**
 * Korean grammar the Korean catalogs share (ko.ts, ko-story.ts). Pure functions.
 *
 * Korean particles (조사) change with the final sound of the word they follow, as it is READ:
 * 이/가, 을/를, 은/는, 과/와, (으)로, 이며/며, 이나/나, 이라/라. A formatted number is read in
 * Sino-Korean ("412" 사백십이 → no final consonant → "412가"; "3,130" 삼천백삼십 → ㅂ → "3,130이"),
 * a percentage as 퍼센트 ("40%가"), "×" as 배, a currency symbol as its unit read after the
 * number ("€48,153" 유로 → "로", "₩" 원 → "으로"), a Hangul word by its last syllable, an
 * acronym by its letters' names ("SLA" 에스엘에이 → "가", "URL" 유알엘 → "로"). A Latin-script
 * word whose reading is unknown ("Nordwand") gets both forms, "이(가)", as Korean software does;
 * the catalogs are written so that names rarely need a particle at all (they stand before ":",
 * "의", "에서", "에", "도", which take no choice).
 */

/** One/other form: Korean nouns have no plural, so a count only picks a sentence shape. */
export const s = (n: number, one: string, other: string) => (n === 1 ? one : other);

/** Invisible or closing characters that are not read: bidi isolates, closing quotes, spaces. */
const unread = /[\s\u2068\u2069\u200E\u200F”’"'»」』\]]+$/u;

/** Final consonant (종성) of the last read sound: 'none', 'l' (ㄹ), 'other' (any other), or null when unknown. */
export type Final = 'none' | 'l' | 'other';

/** Sino-Korean reading of 1–9: which have a final consonant. 일 칠 팔 → ㄹ; 삼 → ㅁ; 육 → ㄱ. */
const digitFinal: Record<string, Final> = { '0': 'other', '1': 'l', '2': 'none', '3': 'other', '4': 'none', '5': 'none', '6': 'other', '7': 'l', '8': 'l', '9': 'none' };

/** Units read after a number, by symbol: € 유로, $ 달러, ₩ 원, £ 파운드, ¥ 엔. */
const currencyFinal: Record<string, Final> = { '€': 'none', $: 'l', '₩': 'other', '£': 'none', '¥': 'other', '￦': 'other', '￥': 'other' };

/** Letter names as Koreans read acronyms: L 엘, R 알 (ㄹ); M 엠, N 엔 (other); the rest end on a vowel. */
const letterFinal = (c: string): Final => (c === 'L' || c === 'R' ? 'l' : c === 'M' || c === 'N' ? 'other' : 'none');

/** The final sound of a number written with digits ("48,153", "12.5", "0"), read in Sino-Korean. */
function numberFinal(num: string): Final {
  const [intPart = '', frac] = num.replace(/[,\s]/g, '').split('.');
  if (frac !== undefined && frac.length > 0) return digitFinal[frac[frac.length - 1]!]!; // 십이 점 오: digit by digit
  const digits = intPart.replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(digits)) return 'other'; // 영
  const zeros = /0*$/.exec(digits)![0].length;
  if (zeros === 0) return digitFinal[digits[digits.length - 1]!]!;
  if (zeros === 1) return 'other'; // 십
  if (zeros === 2) return 'other'; // 백
  if (zeros === 3) return 'other'; // 천
  if (zeros <= 7) return 'other'; // 만, 십만, 백만, 천만
  if (zeros <= 11) return 'other'; // 억
  return 'none'; // 조
}

/** The final sound of a text as read, or null when it cannot be known (a Latin-script word). */
export function finalSound(text: string): Final | null {
  let t = text.replace(unread, '');
  // A parenthesis at the end is an aside: the particle agrees with what stands before it ("사과(apple)를").
  while (/\)$/.test(t)) {
    const open = t.lastIndexOf('(');
    if (open <= 0) break;
    t = t.slice(0, open).replace(unread, '');
  }
  if (!t) return null;
  const last = t[t.length - 1]!;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'l' : 'other';
  }
  if (last === '%' || /%p$/.test(t)) return 'none'; // 퍼센트, 퍼센트포인트
  if (last === '×') return 'none'; // 배
  if (last === '–' || last === '-' || last === '…') return null;
  // A time "11:53" reads 11시 53분 (ㄴ); "15:00" reads 15시.
  const clock = /(\d{1,2}):(\d{2})$/.exec(t);
  if (clock) return clock[2] === '00' ? 'none' : 'other';
  // A number, perhaps after a currency symbol ("€48,153", "US$1,200", "₩5,000"): the symbol's unit is read last.
  const num = /(\d[\d,]*(?:\.\d+)?)$/.exec(t);
  if (num) {
    const before = t.slice(0, num.index);
    const symbol = /([€$₩£¥￦￥])\s*[+\-−]?$/u.exec(before);
    if (symbol) return currencyFinal[symbol[1]!] ?? null;
    return numberFinal(num[1]!);
  }
  // A currency code or symbol after the number ("48,153 €").
  if (currencyFinal[last] !== undefined) return currencyFinal[last]!;
  // An acronym ("SLA", "KPI", "URL", "CRM"): read by its letters' names.
  const acronym = /(?:^|[^A-Za-z])([A-Z]{2,6})$/.exec(t);
  if (acronym) return letterFinal(acronym[1]!.slice(-1));
  return null;
}

/** A particle pair: the form after a final consonant, then the form after a vowel. */
export type Pair = '이/가' | '을/를' | '은/는' | '과/와' | '으로/로' | '이며/며' | '이나/나' | '이라/라' | '이라는/라는' | '이고/고';

/**
 * The particle after `text`, chosen by its final sound; (으)로 takes 로 after ㄹ as after a vowel
 * ("1로", "7로", "서울로"). An unknown reading gives both forms: "이(가)", "(으)로".
 */
export function particle(text: string, pair: Pair): string {
  const [withFinal, withVowel] = pair.split('/') as [string, string];
  const f = finalSound(text);
  if (f === null) return pair === '으로/로' ? '(으)로' : `${withFinal}(${withVowel})`;
  if (pair === '으로/로') return f === 'other' ? withFinal : withVowel;
  return f === 'none' ? withVowel : withFinal;
}

/** The text with its particle attached: josa("412", '이/가') → "412가"; josa("3,130", '이/가') → "3,130이". */
export const josa = (text: string, pair: Pair): string => `${text}${particle(text, pair)}`;

/** Numbers a message formats itself, in Korean: "2.5", "12,000". */
const decimal = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 1 });
export const num = (n: number): string => decimal.format(n);

/** A formatted count reads as one ("1"). */
export const isOne = (count: string): boolean => count.trim() === '1';

/** "a, b 및 c": a list in running text. */
export const andList = (items: string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} 및 ${items[items.length - 1]}`);

/**
 * A period label as a sentence reads it. Pages give a year as its label, already "2025년"
 * (period.year), which is kept; a reason printed by the CLI still gets the bare id ("2025"), which
 * Korean reads with its counter ("2025년"). Every other label or id is kept as given.
 */
export const yr = (label: string): string => (/^\d{4}$/.test(label.trim()) ? `${label.trim()}년` : label);
