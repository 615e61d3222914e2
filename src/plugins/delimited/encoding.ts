/**
 * Text encoding of an export: detected from the first bytes (byte-order mark, UTF-16 zero bytes,
 * UTF-8 validity, chardet for East Asian code pages), else Windows-1252.
 *
 * DuckDB 1.5.6 reads only UTF-8 reliably: its 'utf-16' rejects any character outside the Basic
 * Multilingual Plane (every emoji) with "File is not utf-16 encoded", reads UTF-16BE as garbage
 * without an error, and its 'latin-1' refuses the bytes 0x80–0x9F that Windows-1252 uses for
 * € ’ “ ”. So every file that is not UTF-8 is transcoded to a UTF-8 copy (see copy.ts). A UTF-8
 * byte-order mark is fine: DuckDB drops it from the first header name.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { CadenceError } from '../../core/errors.ts';
import type { EncodingOption } from './options.ts';

/** An encoding name iconv-lite knows. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'cp932' | 'gb18030' | 'big5' | 'cp949' | 'euc-jp';

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** Whether the file starts with a byte-order mark. */
  bom: boolean;
  /**
   * True when the verdict rests on an ASCII-only sample: a later byte may still show the file is
   * Windows-1252 (see `confirmAsciiSample`).
   */
  asciiOnly: boolean;
}

/** Human name for messages: "UTF-8 with BOM", "Windows-1252". */
export function describeEncoding(d: Pick<DetectedEncoding, 'encoding' | 'bom'>): string {
  const names: Record<TextEncoding, string> = {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16LE',
    'utf-16be': 'UTF-16BE',
    'windows-1252': 'Windows-1252',
    cp932: 'Shift_JIS',
    gb18030: 'GB18030',
    big5: 'Big5',
    cp949: 'EUC-KR',
    'euc-jp': 'EUC-JP',
  };
  return `${names[d.encoding]}${d.bom ? ' with BOM' : ''}`;
}

/** chardet names of multi-byte code pages it recognises reliably, and our iconv-lite name for each. */
const eastAsian: Record<string, TextEncoding> = {
  Shift_JIS: 'cp932',
  'EUC-JP': 'euc-jp',
  GB18030: 'gb18030',
  Big5: 'big5',
  'EUC-KR': 'cp949',
};

const encodingOfOption: Record<Exclude<EncodingOption, 'auto'>, TextEncoding> = {
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
  // As in browsers (WHATWG), "latin1" means Windows-1252: it decodes 0x80–0x9F as € ’ “ ” ….
  latin1: 'windows-1252',
};

/**
 * Detects the encoding of a file from its first bytes (`head`), or takes the one the options
 * force. Throws CADENCE_CSV_ENCODING for binary files (Excel workbooks, zip, NUL bytes — but not
 * a stray few in text, see `strayControls`) and for UTF-32.
 */
export function detectEncoding(head: Uint8Array, requested: EncodingOption = 'auto'): DetectedEncoding {
  const bom = bomOf(head);
  // A byte-order mark is proof; it wins over the options.
  if (bom) return { encoding: bomEncoding[bom], bom: true, asciiOnly: false };
  if (requested !== 'auto') {
    const encoding = encodingOfOption[requested];
    if (encoding !== 'utf-16le' && encoding !== 'utf-16be' && head.includes(0) && !strayControls(head)) {
      throw new CadenceError('CADENCE_CSV_ENCODING', `The options say ${requested}, but the file holds NUL bytes: it is UTF-16 without a byte-order mark, or not text at all.`, {
        hint: 'Try `encoding: "utf-16le"`, or remove `encoding` to detect it; re-export the file if it is a workbook.',
      });
    }
    if (encoding === 'utf-8' && !isUtf8(trimIncompleteUtf8(head))) {
      throw new CadenceError('CADENCE_CSV_ENCODING', 'The options say utf-8, but the first bytes of the file are not valid UTF-8.', {
        hint: 'Try `encoding: "windows-1252"` (Excel on Windows saves CSV in it), or remove `encoding` to detect it.',
      });
    }
    return { encoding, bom: false, asciiOnly: false };
  }
  rejectBinary(head);
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bom: false, asciiOnly: false };
  if (isAscii(head)) return { encoding: 'utf-8', bom: false, asciiOnly: true };
  if (isUtf8(trimIncompleteUtf8(head)) || mostlyUtf8(trimIncompleteUtf8(head))) return { encoding: 'utf-8', bom: false, asciiOnly: false };
  return { encoding: guessCodePage(head), bom: false, asciiOnly: false };
}

type Bom = 'utf-8' | 'utf-16le' | 'utf-16be';
const bomEncoding: Record<Bom, TextEncoding> = { 'utf-8': 'utf-8', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be' };

function bomOf(b: Uint8Array): Bom | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) {
    if (b[2] === 0 && b[3] === 0 && b.length >= 4) throw utf32();
    return 'utf-16le';
  }
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) throw utf32();
  return undefined;
}

function utf32(): CadenceError {
  return new CadenceError('CADENCE_CSV_ENCODING', 'The file is UTF-32, which Cadence does not read.', {
    hint: 'Re-export the file as UTF-8 (or UTF-16).',
  });
}

function rejectBinary(b: Uint8Array): void {
  const starts = (...bytes: number[]) => bytes.every((x, i) => b[i] === x);
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    throw new CadenceError('CADENCE_CSV_ENCODING', 'The file is a zip archive (an .xlsx workbook is one), not CSV text.', {
      hint: 'Save or export the sheet as CSV (UTF-8), or unzip the archive and point `file` at the CSV inside.',
    });
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    throw new CadenceError('CADENCE_CSV_ENCODING', 'The file is an old Excel workbook (.xls), not CSV text.', {
      hint: 'Open it in a spreadsheet and save it as CSV (UTF-8).',
    });
  }
}

/** UTF-16 without a byte-order mark: ASCII text has a zero byte in every other position. */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
  if (zeroEven + zeroOdd > 0 && !strayControls(b)) {
    throw new CadenceError('CADENCE_CSV_ENCODING', 'The file contains NUL bytes: it looks like a binary file, not CSV text.', {
      hint: 'Check that `file` points at the CSV export; if it is UTF-16 or UTF-32 text, set `encoding`.',
    });
  }
  return undefined;
}

/**
 * Whether the NUL and other control bytes of a sample are a few in text (cells holding them, at
 * most 1 byte in 50 of a sample of 256 bytes or more) rather than the mark of a binary file
 * (images, PDFs and workbooks are far denser in them): such a file is read, and the cells holding
 * them imported as text.
 */
function strayControls(b: Uint8Array): boolean {
  if (b.length < 256) return false;
  let controls = 0;
  for (const x of b) if (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c) controls++;
  return controls * 50 <= b.length;
}

/** Not UTF-8: an East Asian code page when chardet is sure, else Windows-1252 (what Excel on Windows writes). */
function guessCodePage(head: Uint8Array): TextEncoding {
  const best = chardet.analyse(head)[0];
  const eastAsianGuess = best ? eastAsian[best.name] : undefined;
  return eastAsianGuess && best!.confidence >= 80 ? eastAsianGuess : 'windows-1252';
}

/**
 * Whether text that is not valid UTF-8 is UTF-8 with a few damaged bytes rather than another
 * encoding: at least two valid multi-byte sequences, and at most one invalid byte for every ten
 * of them. (Windows-1252 text almost never forms valid UTF-8 sequences: its é is a lone 0xE9.)
 * Read as UTF-8, the rows holding the damaged bytes are then rejected (csv-structure.ts) rather
 * than the whole file decoded wrongly — every emoji and accent of it turned into mojibake.
 */
export function mostlyUtf8(b: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    const x = b[i]!;
    if (x < 0x80) {
      i++;
      continue;
    }
    const need = x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < b.length + 1;
    for (let k = 1; ok && k <= need; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return valid >= 2 && invalid * 10 <= valid;
}

/** Drops the bytes of a UTF-8 sequence cut off at the end of a sample. */
export function trimIncompleteUtf8(b: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const byte = b[b.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (byte < 0x80) return b;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return need > back ? b.subarray(0, b.length - back) : b;
  }
  return b;
}

/**
 * Decodes the sample at the start of a file to text, without the byte-order mark. A character cut
 * off at the end comes out as U+FFFD; callers drop the sample's last (partial) line anyway.
 */
export function decodeSample(head: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(head);
  const even = encoding.startsWith('utf-16') ? head.subarray(0, head.length & ~1) : head;
  return iconv.decode(Buffer.from(even.buffer, even.byteOffset, even.byteLength), encoding);
}

/**
 * For a file whose sample is all ASCII: reads on from `offset` until the first non-ASCII bytes and
 * tells whether they are UTF-8 or Windows-1252. Streams the file; stops at the first verdict.
 */
export async function confirmAsciiSample(path: string, offset: number, signal?: AbortSignal): Promise<'utf-8' | 'windows-1252'> {
  const stream = createReadStream(path, { start: offset, highWaterMark: 1 << 20, signal });
  let carry: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      if (isAscii(bytes)) continue;
      const whole = trimIncompleteUtf8(bytes);
      // Everything before was ASCII, so `bytes` starts on a character boundary.
      if (!isUtf8(whole)) return mostlyUtf8(whole) ? 'utf-8' : 'windows-1252';
      if (!isAscii(whole)) return 'utf-8';
      carry = bytes.subarray(whole.length); // only a cut-off sequence so far: decide with the next chunk
    }
    return carry.length ? 'windows-1252' : 'utf-8';
  } finally {
    stream.destroy();
  }
}
