/**
 * Text from data as every renderer shows it (pages, charts, tables, PDFs, decks, digests, chat,
 * e-mail). A value from a mention (an author name, a title, a quote, a URL, a hashtag) can hold
 * anything; what is shown of it is bounded and clean:
 *
 * - **Control characters are removed.** C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls
 *   (U+0080–U+009F) are dropped, not shown as escapes: they carry nothing a reader needs. Line
 *   breaks and tabs are whitespace: in a `text` (a mention's words) a line break stays a line
 *   break (CR LF and CR become LF, runs of blank lines become one), tabs become a space; in every
 *   other kind (one-line labels) all whitespace runs become one space. U+2028/U+2029 count as
 *   line breaks. Lone surrogates become U+FFFD.
 * - **Direction controls are removed and the value is isolated.** The embedding, override and
 *   isolate characters (U+202A–U+202E, U+2066–U+2069) and the marks U+200E, U+200F, U+061C are
 *   dropped, so `\u202Egnp.exe\u202C Mallory` shows as "gnp.exe Mallory", never as "exe.png".
 *   A right-to-left name still shows right to left, in its own box: HTML renderers wrap the value
 *   in `<bdi>`; plain-text outputs (digests, chat, e-mail, text inside a sentence) use
 *   `isolate()`, which wraps it in U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE.
 * - **Long values are shortened with an ellipsis** at a length per kind of field
 *   (`DISPLAY_LIMITS`, counted in graphemes: what a reader sees as one character), cut between
 *   graphemes (Intl.Segmenter), so no emoji, flag or accented letter is split. A grapheme that is
 *   itself huge (a letter with thousands of combining marks) is bounded too: the result never
 *   holds more than `limit × 8` UTF-16 code units.
 *
 * Only the display changes: the data folder, the metrics and the links (`href` keeps the full
 * URL) keep the full value. Pure functions; the segmenter below is stateless.
 */

/** The kinds of field shown from data, each with its own length. */
export type DisplayKind = 'name' | 'handle' | 'title' | 'text' | 'url' | 'hashtag' | 'label';

/** The most graphemes shown of each kind (the ellipsis included). */
export const DISPLAY_LIMITS: Readonly<Record<DisplayKind, number>> = {
  name: 80,
  handle: 80,
  title: 200,
  text: 600,
  url: 120,
  hashtag: 60,
  label: 120,
};

/** The display kind of a value named by a spike driver's dimension (an author, a hashtag, a URL; anything else a label). */
export const displayKindOf = (dimension: string): DisplayKind => (dimension === 'author' ? 'name' : dimension === 'hashtag' ? 'hashtag' : dimension === 'url' ? 'url' : 'label');

/** Code units per grapheme allowed before a value counts as too long whatever its graphemes. */
const UNITS_PER_GRAPHEME = 8;

export const ELLIPSIS = '…';
/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
export const FSI = '\u2068';
export const PDI = '\u2069';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// C0 (but \t \n \r, which become whitespace below), DEL, C1; bidi embeddings, overrides, isolates and marks.
// eslint-disable-next-line no-control-regex
const dropped = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

// A high surrogate not followed by a low one, or a low one not preceded by a high one (String#toWellFormed is ES2024).
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The value without control and direction characters, its whitespace made plain (see the module comment). Not shortened. */
export function cleanText(value: string, multiline = false): string {
  let s = value.replace(loneSurrogate, '\uFFFD').replace(dropped, '');
  if (multiline) {
    s = s
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n');
  } else {
    s = s.replace(/\s+/g, ' ');
  }
  return s.trim();
}

/**
 * The value cut to at most `limit` graphemes, the last one an ellipsis when anything was cut.
 * Only the graphemes kept are segmented, so a 200 KB value costs what its first `limit` do.
 */
export function shorten(value: string, limit: number): string {
  if (limit < 1) return '';
  if (value.length <= limit) return value;
  const maxUnits = limit * UNITS_PER_GRAPHEME;
  // Segment a prefix only; a grapheme touching the prefix's end may be cut, so it is never kept.
  const window = value.length > maxUnits + 1 ? value.slice(0, maxUnits + 1) : value;
  const whole = window.length === value.length;
  const kept: string[] = [];
  let units = 0;
  let cut = false;
  for (const { segment, index } of segmenter.segment(window)) {
    const touchesEnd = !whole && index + segment.length >= window.length;
    if (kept.length >= limit || touchesEnd || units + segment.length > maxUnits) {
      cut = true;
      break;
    }
    kept.push(segment);
    units += segment.length;
  }
  if (!cut) return value;
  // Room for the ellipsis: drop graphemes until the total is at most `limit` and `maxUnits`.
  while (kept.length > limit - 1 || (kept.length > 0 && units + ELLIPSIS.length > maxUnits)) units -= kept.pop()!.length;
  return `${kept.join('').trimEnd()}${ELLIPSIS}`;
}

/** What is shown of a value from data: clean (no control or direction characters) and shortened for its kind. Not isolated. */
export function displayText(value: string | null | undefined, kind: DisplayKind, limit: number = DISPLAY_LIMITS[kind]): string {
  if (value === null || value === undefined) return '';
  return shorten(cleanText(String(value), kind === 'text'), limit);
}

/** Text wrapped in FSI … PDI: its direction cannot spill into the sentence around it (plain-text outputs; HTML uses `<bdi>`). */
export function isolate(text: string): string {
  return text === '' ? text : `${FSI}${text}${PDI}`;
}

/** `displayText` isolated: a value from data placed inside a sentence of plain text. */
export function displayIsolated(value: string | null | undefined, kind: DisplayKind, limit?: number): string {
  return isolate(displayText(value, kind, limit));
}
