/**
 * JSON as Cadence writes it to a file or stdout (`cadence metrics --json`, `cadence digest
 * --format json`): `JSON.stringify`, with the characters it leaves raw but a reader or terminal
 * must not meet raw escaped as `\uXXXX` — DEL and the C1 controls (U+007F–U+009F), the direction
 * marks, embeddings, overrides and isolates (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069),
 * and the line and paragraph separators (U+2028, U+2029). The value parses back identical: the
 * data stays whole, only its bytes are safe to show. (C0 controls JSON escapes itself.)
 */
const unsafe = /[\u007F-\u009F\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

export function jsonOutput(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
