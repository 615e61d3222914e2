/**
 * The structure of a delimited file, read before DuckDB reads it: every record, where it starts
 * (its physical line, as a text editor numbers it) and whether it is a well-formed row. DuckDB's
 * CSV reader is fast but unforgiving of damage — a file with mixed line endings fails whole
 * ("CSV Parser state machine reached an invalid state"), an opening quote that is never closed
 * swallows every row after it, a row of 100,000 cells takes minutes and gigabytes — and its own
 * line numbers do not count line breaks inside quoted cells. So one streaming pass over the bytes
 * (memory bounded: a record is held up to `maxRecordBytes`) decides:
 *
 * - **Line endings**: a record ends at LF, CR LF or a lone CR outside quotes (each one line break,
 *   as text editors count them). A file whose line endings are all of one kind is read as it is;
 *   otherwise (a CR LF header over LF rows, a lone CR) DuckDB is given a copy with LF endings.
 * - **A lone CR inside an unquoted cell** splits a row in two short pieces; when the two pieces
 *   make exactly one row as wide as the header, they are read as that row (the CR kept in the cell).
 * - **Broken rows are rejects**, each with its line and the column where it breaks: a row with
 *   more or fewer cells than the header, text after a closing quote, bytes that are not UTF-8, a
 *   row longer than `maxRecordBytes` (4 MiB, DuckDB's `max_line_size`; scanned to its end without
 *   being held). The rest of the file imports.
 * - **An opening quote that is never closed** (or another broken record spanning several lines):
 *   when the lines after its first one hold well-formed rows, the quote was stray — only the first
 *   line is rejected and reading resumes on the next line; otherwise (a file cut off inside a
 *   quoted cell) the record is one reject. Either way no row goes missing silently.
 *
 * A clean file costs one read (no copy). When any record is rejected or rewritten, or line endings
 * are mixed, a second pass writes the copy DuckDB reads: the good rows only, LF endings, no
 * header. `lineOf` gives the physical line of each good row in either case, so reject lines are
 * exact. Blank lines are not rows (DuckDB skips them too).
 *
 * Reads single-byte delimiter, quote and escape in UTF-8 or Latin-1 files (what the delimited-file
 * engine hands over); `supportsStructure` says whether a load qualifies.
 */
import { isUtf8 } from 'node:buffer';
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { once } from 'node:events';
import { CadenceError } from '../errors.ts';
import { asDiskFull } from './disk-full.ts';

/** DuckDB's `max_line_size` as the store sets it: longer records are rejected before DuckDB sees them. */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;
/** Characters of a rejected record kept as its `raw` text. */
export const RAW_CHARS = 4096;

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const CHUNK = 1 << 20;

export interface StructureOptions {
  path: string;
  delimiter: string;
  quote: string;
  escape: string;
  /** 'latin-1' skips the UTF-8 check. */
  encoding: 'utf-8' | 'latin-1';
  /** 1-based physical line of the header (0: no header; data starts on line 1). Lines before it are skipped. */
  headerLine: number;
  /** Header names: a row has this many cells; a reject names the column it breaks in. */
  header: string[];
  /** Where to write the clean copy when one is needed. */
  copyPath: string;
  /** Stop after this many data records (good or rejected): `cadence check` proves a sample. */
  maxRecords?: number;
  maxRecordBytes?: number;
  /** Bytes read at a time (default 1 MiB; tests use tiny ones to put every byte at a chunk's edge). */
  chunkBytes?: number;
  /**
   * Write the copy whatever the file, every row re-quoted plainly from its cells as this pass
   * reads them (the store's fallback when DuckDB cannot parse a row the way this pass does).
   */
  canonical?: boolean;
  signal?: AbortSignal;
}

/** A record that is not a well-formed row. */
export interface StructuralReject {
  line: number;
  /** 1-based position among the file's data records. */
  record: number;
  /** Header name of the cell where it breaks ('' for the row as a whole). */
  column: string;
  reason: string;
  /** The record's text (cut at RAW_CHARS). */
  raw: string;
}

export interface Structure {
  /** The file DuckDB reads: the original, or `copyPath` (good rows only, LF endings, no header). */
  path: string;
  copied: boolean;
  /** What was found and done (mixed line endings, rows rejected before loading), for the log. */
  notes: string[];
  /**
   * The line break of the file DuckDB reads, to give it as `new_line` (DuckDB guesses it from the
   * first one it sees, even inside quotes): always LF for the copy; absent for a one-line file.
   */
  newLine?: 'LF' | 'CRLF' | 'CR';
  /** Data records seen (blank lines aside): good + rejected, a rejoined pair counted once. */
  records: number;
  /** Records handed to DuckDB. */
  good: number;
  rejects: StructuralReject[];
  /** Physical start line of the `rid`-th (1-based) good record. */
  lineOf(rid: number): number;
  /** The good record (1-based rid) starting on physical line `line`, or undefined. */
  ridAt(line: number): number | undefined;
  /** Physical line in the original of line `line` of the file DuckDB reads. */
  originalLine(line: number): number;
}

/** Whether the structure pass can read a load: single-byte delimiter, quote and escape; UTF-8 or Latin-1. */
export function supportsStructure(load: { delimiter: string; quote: string; escape: string; encoding: string }): boolean {
  const single = (s: string) => s.length === 1 && s.charCodeAt(0) < 0x80 && s !== '\n' && s !== '\r';
  return (load.encoding === 'utf-8' || load.encoding === 'latin-1') && single(load.delimiter) && single(load.quote) && single(load.escape);
}

/** Numbers → lines, stored as runs: a new run where a key's line is not the previous key's line plus the difference. */
class LineMap {
  private keys: number[] = [];
  private lines: number[] = [];
  add(key: number, line: number): void {
    const n = this.keys.length;
    if (n && this.lines[n - 1]! + (key - this.keys[n - 1]!) === line) return;
    this.keys.push(key);
    this.lines.push(line);
  }
  get(key: number): number {
    let lo = 0;
    let hi = this.keys.length - 1;
    if (hi < 0) return key;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.keys[mid]! <= key) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo]! + (key - this.keys[lo]!);
  }
}

const enum St {
  /** No record open: a line break here is a blank line. */
  Between,
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted cell: the closing one, or the first of an escaped pair. */
  QuoteSeen,
  /** After the escape character inside a quoted cell (escape ≠ quote). */
  Escaped,
  /** One space at the start of a cell: a quote next opens a quoted cell, as DuckDB reads it. */
  OneSpace,
  /** Spaces after a closing quote. */
  Closed,
}

type Terminator = 'LF' | 'CRLF' | 'CR' | 'EOF';
type Problem = 'unterminated' | 'afterQuote' | 'tooLong';
type Counts = { LF: number; CRLF: number; CR: number };

/** One record as the scanner sees it. */
interface RecordInfo {
  /** File offsets: first byte, and end (before its line break). */
  start: number;
  end: number;
  line: number;
  /** Physical lines it spans. */
  lines: number;
  /** File offset of its second line (when `lines` > 1). */
  secondLine: number;
  cells: number;
  term: Terminator;
  /** Whether its bytes must be checked for UTF-8 (it lies in a chunk that is not plainly valid). */
  checkUtf8: boolean;
  /** Whether its last cell is quoted (then a lone CR after it is a line break, not text). */
  endQuoted: boolean;
  problem?: Problem;
  /** Cell (0-based) where the problem is. */
  problemCell: number;
  /** Its bytes (absent when longer than the limit: then `head` holds its start). */
  bytes?: Buffer;
  head: Buffer;
}

/** Whether `chunk[0, n)` is valid UTF-8 cut at character boundaries (ASCII at both ends). */
function plainUtf8(chunk: Buffer, n: number): boolean {
  for (let k = 0; k < 4 && k < n; k++) if (chunk[k]! >= 0x80 || chunk[n - 1 - k]! >= 0x80) return false;
  return isUtf8(chunk.subarray(0, n));
}

/**
 * A byte scanner over chunks of a file, read with one byte of lookahead (every chunk but the
 * last is followed by at least one byte, so a CR's LF is always seen). A well-formed record in a
 * plain chunk costs a call of `onGood` (with its line); any other record, or every record when
 * `wantBytes` (the copy pass), becomes a RecordInfo for `onRecord`, which returns true to stop
 * (the caller then restarts elsewhere).
 */
class Scanner {
  private st = St.Between;
  private line: number;
  private cells = 1;
  private recStart = -1;
  private recLine = 0;
  private recLines = 1;
  private secondLine = -1;
  private problem: Problem | undefined;
  private problemCell = -1;
  private quoteCell = -1;
  /** Pieces of a record begun in earlier chunks (chunks are never reused, so they stay valid). */
  private parts: Buffer[] | undefined;
  private partBytes = 0;
  private tooLong = false;
  private head: Buffer | undefined;
  private dirty = false;
  private skipLines: number;
  /** Whether the header record is still to be read (and dropped). */
  private headerPending: boolean;

  constructor(
    private readonly o: { d: number; q: number; e: number; width: number; maxBytes: number; latin1: boolean; wantBytes: boolean },
    startLine: number,
    skipLines: number,
    header: boolean,
    private readonly terminators: Counts,
    private readonly onRecord: (r: RecordInfo) => boolean | void,
    private readonly onGood: (line: number) => void,
  ) {
    this.line = startLine;
    this.skipLines = skipLines;
    this.headerPending = header;
  }

  /**
   * Scans `chunk[0, n)` (at file offset `base`; `chunk[n]`, when there, is the next byte). Returns
   * the bytes consumed (n, or n + 1 when a CR LF took the lookahead byte), or -1 when `onRecord`
   * asked to stop.
   */
  feed(chunk: Buffer, n: number, base: number): number {
    const { d, q, e } = this.o;
    const chunkDirty = !this.o.latin1 && !plainUtf8(chunk, n);
    if (chunkDirty && this.recStart >= 0) this.dirty = true;
    let i = 0;
    // Lines before the header: dropped, their line breaks counted.
    for (; this.skipLines > 0 && i < n; i++) {
      const b = chunk[i]!;
      if (b === LF || b === CR) {
        const term = b === LF ? 'LF' : chunk[i + 1] === LF ? 'CRLF' : 'CR';
        this.terminators[term]++;
        if (term === 'CRLF') i++;
        this.line++;
        this.skipLines--;
      }
    }
    let from = this.recStart >= 0 ? 0 : -1;
    let st = this.st;
    let cells = this.cells;
    while (i < n) {
      let b = chunk[i]!;
      // The two states most bytes are read in get tight loops.
      if (st === St.Quoted) {
        while (b !== q && b !== e && b !== LF && b !== CR) {
          if (++i === n) break;
          b = chunk[i]!;
        }
        if (i === n) break;
        if (b === q) st = St.QuoteSeen;
        else if (b === e) st = St.Escaped;
        else i = this.breakInRecord(chunk, i, base);
        i++;
        continue;
      }
      if (st === St.Unquoted) {
        while (b !== d && b !== LF && b !== CR) {
          if (++i === n) break;
          b = chunk[i]!;
        }
        if (i === n) break;
      }
      switch (st) {
        case St.Between:
          if (b === LF || b === CR) {
            const term = b === LF ? 'LF' : chunk[i + 1] === LF ? 'CRLF' : 'CR';
            this.terminators[term]++;
            if (term === 'CRLF') i++;
            this.line++;
            break;
          }
          this.begin(base + i, chunkDirty);
          from = i;
          cells = 1;
        // falls through: the record's first cell starts here
        case St.FieldStart:
          if (b === SPACE && d !== SPACE && q !== SPACE) {
            // DuckDB reads one space before an opening quote as part of a quoted cell.
            st = St.OneSpace;
            break;
          }
        // falls through
        case St.OneSpace:
          if (b === q) {
            st = St.Quoted;
            this.quoteCell = cells - 1;
            break;
          }
        // falls through: an unquoted cell starts here
        case St.Unquoted:
          if (b === d) {
            cells++;
            st = St.FieldStart;
          } else if (b === LF || b === CR) {
            const term = b === LF ? 'LF' : chunk[i + 1] === LF ? 'CRLF' : 'CR';
            this.cells = cells;
            const stop = this.close(chunk, from, i, base, term, false);
            st = St.Between;
            from = -1;
            if (term === 'CRLF') i++;
            if (stop) return -1;
          } else st = St.Unquoted;
          break;
        case St.Escaped:
          st = St.Quoted;
          if (b === LF || b === CR) i = this.breakInRecord(chunk, i, base);
          break;
        case St.QuoteSeen:
        case St.Closed:
          if (b === q && q === e && st === St.QuoteSeen) st = St.Quoted;
          else if (b === SPACE && d !== SPACE) st = St.Closed; // spaces after a closing quote (DuckDB skips them)
          else if (b === d) {
            cells++;
            st = St.FieldStart;
          } else if (b === LF || b === CR) {
            const term = b === LF ? 'LF' : chunk[i + 1] === LF ? 'CRLF' : 'CR';
            this.cells = cells;
            const stop = this.close(chunk, from, i, base, term, true);
            st = St.Between;
            from = -1;
            if (term === 'CRLF') i++;
            if (stop) return -1;
          } else {
            if (!this.problem) {
              this.problem = 'afterQuote';
              this.problemCell = cells - 1;
            }
            st = St.Unquoted;
          }
          break;
      }
      i++;
    }
    this.st = st;
    this.cells = cells;
    if (this.recStart >= 0) this.keep(chunk.subarray(from < 0 ? 0 : from, i));
    return i;
  }

  /** A line break inside a quoted cell; returns the index of its last byte. */
  private breakInRecord(chunk: Buffer, i: number, base: number): number {
    const end = chunk[i] === CR && chunk[i + 1] === LF ? i + 1 : i;
    this.line++;
    this.recLines++;
    if (this.secondLine < 0) this.secondLine = base + end + 1;
    return end;
  }

  private begin(offset: number, dirty: boolean): void {
    this.recStart = offset;
    this.recLine = this.line;
    this.recLines = 1;
    this.secondLine = -1;
    this.problem = undefined;
    this.problemCell = -1;
    this.quoteCell = -1;
    this.parts = undefined;
    this.partBytes = 0;
    this.tooLong = false;
    this.head = undefined;
    this.dirty = dirty;
  }

  /** Holds a piece of the open record, up to the limit (past it, only its head). */
  private keep(piece: Buffer): void {
    this.partBytes += piece.length;
    if (this.tooLong) return;
    (this.parts ??= []).push(piece);
    if (this.partBytes > this.o.maxBytes) {
      this.tooLong = true;
      this.head = Buffer.concat(this.parts).subarray(0, RAW_CHARS * 4);
      this.parts = undefined;
    }
  }

  /** The open record ends at `chunk[end]` (its line break, or the end of input). */
  private close(chunk: Buffer, from: number, end: number, base: number, term: Terminator, endQuoted: boolean): boolean {
    this.line += term === 'EOF' ? 0 : 1;
    if (term !== 'EOF') this.terminators[term]++;
    const start = this.recStart;
    this.recStart = -1;
    if (this.headerPending) {
      this.headerPending = false;
      return false;
    }
    const { width, wantBytes } = this.o;
    const whole = this.partBytes + (end - (from < 0 ? 0 : from));
    if (!this.problem && !this.tooLong && this.cells === width && !this.dirty && !wantBytes && whole <= this.o.maxBytes) {
      this.onGood(this.recLine);
      return false;
    }
    const last = chunk.subarray(from < 0 ? 0 : from, end);
    if (!this.tooLong && whole > this.o.maxBytes) this.keep(last);
    const bytes = this.tooLong ? undefined : this.parts ? Buffer.concat([...this.parts, last]) : last;
    const problem = this.problem ?? (this.tooLong ? 'tooLong' : undefined);
    return (
      this.onRecord({
        start,
        end: base + end,
        line: this.recLine,
        lines: this.recLines,
        secondLine: this.secondLine,
        cells: this.cells,
        term,
        checkUtf8: this.dirty,
        endQuoted,
        problemCell: this.problemCell,
        head: bytes ?? this.head!,
        ...(bytes ? { bytes } : {}),
        ...(problem ? { problem } : {}),
      }) === true
    );
  }

  /** The end of input (at file offset `size`): a record still open ends here. */
  finish(size: number): boolean {
    if (this.recStart < 0) return false;
    if (this.st === St.Quoted || this.st === St.Escaped) {
      this.problem = 'unterminated';
      this.problemCell = this.quoteCell;
    }
    // Its bytes are all in `parts` already.
    return this.close(Buffer.alloc(0), 0, 0, size, 'EOF', this.st === St.QuoteSeen || this.st === St.Closed);
  }
}

/** Cells of a record's bytes, split at delimiters outside quotes (line breaks are plain bytes here). */
function splitCells(bytes: Buffer, d: number, q: number, e: number): Buffer[] {
  const cells: Buffer[] = [];
  let st = St.FieldStart;
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (st === St.Quoted) st = b === q ? St.QuoteSeen : b === e ? St.Escaped : St.Quoted;
    else if (st === St.Escaped) st = St.Quoted;
    else if (st === St.QuoteSeen && b === q && q === e) st = St.Quoted;
    else if (b === d) {
      cells.push(bytes.subarray(from, i));
      from = i + 1;
      st = St.FieldStart;
    } else if (st === St.FieldStart && b === SPACE) st = St.OneSpace;
    else if ((st === St.QuoteSeen || st === St.Closed) && b === SPACE) st = St.Closed;
    else st = (st === St.FieldStart || st === St.OneSpace) && b === q ? St.Quoted : St.Unquoted;
  }
  cells.push(bytes.subarray(from));
  return cells;
}

/** The text of a cell as its bytes say: a quoted cell unquoted (escapes undone, spaces around the quotes dropped). */
function cellValue(cell: Buffer, q: number, e: number): Buffer {
  let at = 0;
  if (cell[at] === SPACE && cell[at + 1] === q) at++;
  if (cell[at] !== q) return cell;
  const out: number[] = [];
  for (let i = at + 1; i < cell.length; i++) {
    const b = cell[i]!;
    if (b === e && i + 1 < cell.length && (cell[i + 1] === q || (e !== q && cell[i + 1] === e))) out.push(cell[++i]!);
    else if (b === q) break;
    else out.push(b);
  }
  return Buffer.from(out);
}

/** A record re-written plainly: each cell's text, quoted (quotes doubled) when it holds a delimiter, quote, line break or edge space. */
function canonicalRecord(bytes: Buffer, d: number, q: number, e: number): Buffer {
  const parts: Buffer[] = [];
  splitCells(bytes, d, q, e).forEach((cell, i) => {
    if (i) parts.push(Buffer.from([d]));
    const value = cellValue(cell, q, e);
    const plain = !value.some((b) => b === d || b === q || b === e || b === CR || b === LF) && value[0] !== SPACE && value[value.length - 1] !== SPACE;
    if (plain) {
      parts.push(value);
      return;
    }
    const quoted: number[] = [q];
    for (const b of value) {
      if (b === q || b === e) quoted.push(e);
      quoted.push(b);
    }
    quoted.push(q);
    parts.push(Buffer.from(quoted));
  });
  return Buffer.concat(parts);
}

/** A rejoined record rewritten so that DuckDB reads its lone CR as part of a cell: that cell quoted. */
function quoteCellsWithCr(bytes: Buffer, d: number, q: number, e: number): Buffer {
  const parts: Buffer[] = [];
  splitCells(bytes, d, q, e).forEach((cell, i) => {
    if (i) parts.push(Buffer.from([d]));
    if (!cell.includes(CR) || cell[0] === q) {
      parts.push(cell);
      return;
    }
    const quoted: number[] = [q];
    for (const b of cell) {
      if (b === q || b === e) quoted.push(e);
      quoted.push(b);
    }
    quoted.push(q);
    parts.push(Buffer.from(quoted));
  });
  return Buffer.concat(parts);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;

/** The text of a rejected record, cut at RAW_CHARS. */
function rawText(head: Buffer, total: number, latin1: boolean): string {
  const text = latin1 ? head.toString('latin1') : head.toString('utf8');
  if (text.length <= RAW_CHARS && total <= head.length) return text;
  return `${text.slice(0, RAW_CHARS)}… (${total.toLocaleString('en')} bytes in all)`;
}

/**
 * Feeds the file from `start` to `scanner` in fresh 1 MiB chunks (a held record refers into them),
 * each but the last followed by a byte of lookahead. Returns true when the scanner stopped.
 * `after` runs after each chunk (the copy's back-pressure); `done` ends reading early.
 */
async function pump(
  fh: FileHandle,
  size: number,
  start: number,
  scanner: Scanner,
  budget: { bytes: number },
  hooks: { signal?: AbortSignal; after?: () => Promise<void>; done?: () => boolean; chunk?: number },
): Promise<boolean> {
  let pos = start;
  const chunkBytes = Math.max(1, hooks.chunk ?? CHUNK);
  while (pos < size) {
    hooks.signal?.throwIfAborted();
    if (hooks.done?.()) return false;
    const want = Math.min(chunkBytes + 1, size - pos);
    const chunk = Buffer.allocUnsafe(want);
    const { bytesRead } = await fh.read(chunk, 0, want, pos);
    if (bytesRead === 0) break;
    budget.bytes -= bytesRead;
    const last = pos + bytesRead >= size;
    const n = last ? bytesRead : bytesRead - 1;
    const consumed = scanner.feed(chunk.subarray(0, bytesRead), n, pos);
    if (consumed < 0) return true;
    await hooks.after?.();
    pos += consumed;
  }
  if (hooks.done?.()) return false;
  return scanner.finish(size);
}

/**
 * Scans a delimited file (see the module comment) and, when DuckDB cannot read it as it is,
 * writes the clean copy. Throws CADENCE_CSV_MALFORMED_ROW only for a file so broken that reading
 * around its stray quotes would read it more than eight times over.
 */
export async function scanStructure(o: StructureOptions): Promise<Structure> {
  try {
    if (o.canonical) return (await scanPass(o, true)).structure;
    const first = await scanPass(o, false);
    if (!first.needsCopy) return first.structure;
    const second = await scanPass(o, true);
    return { ...second.structure, notes: first.structure.notes };
  } catch (e) {
    // Only the copy is written: a full disk is said as such, naming it.
    throw asDiskFull(e, { path: o.copyPath }) ?? e;
  }
}

async function scanPass(o: StructureOptions, writeCopy: boolean): Promise<{ structure: Structure; needsCopy: boolean }> {
  const d = o.delimiter.charCodeAt(0);
  const q = o.quote.charCodeAt(0);
  const e = o.escape.charCodeAt(0);
  const width = o.header.length;
  const maxBytes = o.maxRecordBytes ?? MAX_RECORD_BYTES;
  const latin1 = o.encoding === 'latin-1';
  const fh = await open(o.path, 'r');
  let out: WriteStream | undefined;
  try {
    const size = (await fh.stat()).size;
    const bom = Buffer.alloc(3);
    await fh.read(bom, 0, 3, 0);
    const begin = !latin1 && bom[0] === 0xef && bom[1] === 0xbb && bom[2] === 0xbf ? 3 : 0;
    const budget = { bytes: 8 * size + 8 * maxBytes };
    if (writeCopy) {
      out = createWriteStream(o.copyPath);
      out.on('error', () => {}); // surfaced by `once(out, 'close')` / the next write
    }
    const copy = out;
    const rejects: StructuralReject[] = [];
    const lines = new LineMap();
    const copyLines = new LineMap();
    const terminators: Counts = { LF: 0, CRLF: 0, CR: 0 };
    let good = 0;
    let records = 0;
    let rejoined = 0;
    let copyLine = 1;
    /** A short record ended by a lone CR, waiting for the next to see whether they make one row. */
    let pending: RecordInfo | undefined;
    /** A broken record over several lines, to decide by reading ahead. */
    let suspect: { rec: RecordInfo; reason: string; column: string } | undefined;
    const shape = { d, q, e, width, maxBytes, latin1, wantBytes: writeCopy };
    const columnOf = (cell: number) => (cell >= 0 ? (o.header[cell] ?? '') : '');
    const full = () => o.maxRecords !== undefined && records >= o.maxRecords;

    const reject = (rec: RecordInfo, reason: string, column: string, firstLineOnly = false) => {
      records++;
      let head = rec.head;
      let total = rec.end - rec.start;
      if (firstLineOnly && rec.secondLine > 0) {
        total = rec.secondLine - rec.start;
        head = head.subarray(0, Math.min(head.length, total));
        while (head.length && (head[head.length - 1] === LF || head[head.length - 1] === CR)) head = head.subarray(0, head.length - 1);
        total = Math.min(total, head.length);
      }
      rejects.push({ line: rec.line, record: records, column, reason, raw: rawText(head, total, latin1) });
    };
    const accept = (rec: RecordInfo, bytes: Buffer) => {
      records++;
      good++;
      lines.add(good, rec.line);
      if (!copy) return;
      copyLines.add(copyLine, rec.line);
      copy.write(bytes);
      copy.write('\n');
      for (let i = 0; i < bytes.length; i++) if (bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] !== LF)) copyLine++;
      copyLine++;
    };
    /** Lines a record spans, not counting the empty one after a final line break it ran into. */
    const spanOf = (rec: RecordInfo) => rec.lines - (rec.term === 'EOF' && rec.lines > 1 && (rec.head.at(-1) === LF || rec.head.at(-1) === CR) ? 1 : 0);
    /** What is wrong with a complete record (undefined: a good row); `retry`: worth reading its later lines as rows. */
    const problemOf = (rec: RecordInfo): { reason: string; column: string; retry: boolean } | undefined => {
      if (rec.problem === 'unterminated') return { reason: `a quoted cell opened here is never closed: the file ends inside it (${plural(spanOf(rec), 'line')} read as one cell)`, column: columnOf(rec.problemCell), retry: true };
      if (rec.problem === 'afterQuote') return { reason: 'text follows the closing quote of a quoted cell (a quote inside a quoted cell must be doubled)', column: columnOf(rec.problemCell), retry: true };
      if (rec.problem === 'tooLong') return { reason: `the row is ${mib(rec.end - rec.start)} long, over the ${mib(maxBytes)} a row may take`, column: '', retry: false };
      if (rec.cells !== width) {
        return { reason: `${rec.cells > width ? 'too many' : 'too few'} cells: ${plural(rec.cells, 'cell')} where the header has ${width.toLocaleString('en')}`, column: '', retry: true };
      }
      if (rec.checkUtf8 && !isUtf8(rec.bytes!)) return { reason: 'holds bytes that are not UTF-8 text (damaged, or written in another encoding)', column: '', retry: false };
      return undefined;
    };
    const settlePending = () => {
      if (!pending) return;
      const a = pending;
      pending = undefined;
      if (full()) return;
      const p = problemOf(a)!;
      reject(a, p.reason, p.column);
    };
    /** A well-formed record the scanner did not need to hold (scan-only pass). */
    const onGood = (line: number) => {
      if (full()) return;
      if (pending) settlePending();
      if (full()) return;
      records++;
      good++;
      lines.add(good, line);
    };
    const onRecord = (rec: RecordInfo): boolean => {
      if (full()) return false;
      if (pending) {
        const a = pending;
        // A lone CR inside an unquoted cell: two short pieces that make one row (a whole row after
        // a short piece is a row of its own).
        const firstQuoted = rec.bytes && (rec.bytes[0] === q || (rec.bytes[0] === SPACE && rec.bytes[1] === q));
        if (!rec.problem && rec.cells < width && a.cells + rec.cells - 1 === width && rec.bytes && !a.endQuoted && !firstQuoted) {
          pending = undefined;
          const bytes = Buffer.concat([a.bytes!, Buffer.from([CR]), rec.bytes]);
          const joined: RecordInfo = { ...a, end: rec.end, lines: a.lines + rec.lines, secondLine: a.secondLine > 0 ? a.secondLine : rec.start, cells: width, term: rec.term, checkUtf8: a.checkUtf8 || rec.checkUtf8, bytes, head: bytes };
          if (!problemOf(joined)) {
            rejoined++;
            accept(joined, o.canonical ? canonicalRecord(bytes, d, q, e) : quoteCellsWithCr(bytes, d, q, e));
            return false;
          }
          pending = a;
        }
        settlePending();
        if (full()) return false;
      }
      const p = problemOf(rec);
      if (!p) {
        accept(rec, o.canonical ? canonicalRecord(rec.bytes!, d, q, e) : rec.bytes!);
        return false;
      }
      if (rec.term === 'CR' && !rec.problem && rec.cells < width && !rec.endQuoted) {
        pending = rec;
        return false;
      }
      if (p.retry && rec.lines > 1) {
        suspect = { rec, reason: p.reason, column: p.column };
        return true;
      }
      reject(rec, p.reason, p.column);
      return false;
    };
    /** Whether the lines from offset `from` (line `line`) up to offset `to` hold at least one well-formed row. */
    const holdsRows = async (from: number, line: number, to: number): Promise<boolean> => {
      let found = false;
      let passed = false;
      const trial = new Scanner(
        { ...shape, wantBytes: true },
        line,
        0,
        false,
        { LF: 0, CRLF: 0, CR: 0 },
        (rec) => {
          if (rec.start >= to) passed = true;
          else if (!rec.problem && rec.cells === width && (!rec.checkUtf8 || isUtf8(rec.bytes!))) found = true;
          return found || passed;
        },
        () => {},
      );
      await pump(fh, size, from, trial, budget, { ...(o.signal ? { signal: o.signal } : {}), ...(o.chunkBytes ? { chunk: o.chunkBytes } : {}), done: () => found || passed });
      return found;
    };

    const hooks = {
      ...(o.signal ? { signal: o.signal } : {}),
      ...(o.chunkBytes ? { chunk: o.chunkBytes } : {}),
      done: full,
      ...(copy ? { after: async () => void (copy.writableNeedDrain && (await once(copy, 'drain'))) } : {}),
    };
    let scanner = new Scanner(shape, 1, Math.max(0, o.headerLine - 1), o.headerLine > 0, terminators, onRecord, onGood);
    let pos = begin;
    for (;;) {
      if (budget.bytes < 0) {
        throw new CadenceError('CADENCE_CSV_MALFORMED_ROW', 'The file holds so many unclosed quotes that reading around them would read it more than eight times over.', {
          hint: 'The file is badly damaged: export it again.',
        });
      }
      const stopped = await pump(fh, size, pos, scanner, budget, hooks);
      if (!stopped || !suspect) {
        settlePending();
        break;
      }
      const { rec, reason, column } = suspect;
      suspect = undefined;
      // A broken record over several lines: when the lines after its first hold rows, its opening
      // quote was stray — reject the first line only and read on from the second.
      if (await holdsRows(rec.secondLine, rec.line + 1, rec.end)) {
        const more = spanOf(rec) - 1;
        reject(rec, `a quoted cell opened on this line does not close where a cell ends (read on, it would make this row and the next ${plural(more, 'line')} one broken row): only this line is rejected, the lines after it are read as rows`, column, true);
        pos = rec.secondLine;
        scanner = new Scanner(shape, rec.line + 1, 0, false, terminators, onRecord, onGood);
      } else {
        reject(rec, reason, column);
        pos = rec.term === 'EOF' ? size : rec.end + (rec.term === 'CRLF' ? 2 : 1);
        scanner = new Scanner(shape, rec.line + rec.lines, 0, false, terminators, onRecord, onGood);
      }
    }
    if (copy) {
      copy.end();
      await once(copy, 'close');
      if (copy.errored) throw copy.errored;
    }
    const kinds = (['CRLF', 'LF', 'CR'] as const).filter((k) => terminators[k] > 0);
    const notes: string[] = [];
    if (kinds.length > 1) notes.push(`mixed line endings (${kinds.map((k) => plural(terminators[k], k === 'CRLF' ? 'CR LF' : k === 'CR' ? 'lone CR' : 'LF')).join(', ')}), read as line breaks alike`);
    if (rejoined) notes.push(`${plural(rejoined, 'row')} with a lone carriage return inside a cell, read with the CR as part of the cell`);
    if (rejects.length) notes.push(`${plural(rejects.length, 'broken row')} rejected before loading`);
    const structure: Structure = {
      path: writeCopy ? o.copyPath : o.path,
      copied: writeCopy,
      notes,
      ...(writeCopy ? { newLine: 'LF' as const } : kinds.length === 1 ? { newLine: kinds[0]! } : {}),
      records,
      good,
      rejects,
      lineOf: (rid) => lines.get(rid),
      ridAt: (line) => {
        let lo = 1;
        let hi = good;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const l = lines.get(mid);
          if (l === line) return mid;
          if (l < line) lo = mid + 1;
          else hi = mid - 1;
        }
        return undefined;
      },
      originalLine: (line) => (writeCopy ? copyLines.get(line) : line),
    };
    return { structure, needsCopy: kinds.length > 1 || rejoined > 0 || rejects.length > 0 };
  } finally {
    if (out && !out.closed) out.destroy();
    await fh.close();
  }
}

/**
 * Physical line (LF, CR LF and lone CR each end one) of the record at each byte offset of a file,
 * in one streaming read. An offset on a line break (DuckDB's `byte_position` of a rejected row
 * may point at the break before it) counts from the line after it.
 */
export async function physicalLines(path: string, offsets: number[]): Promise<number[]> {
  if (!offsets.length) return [];
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(offsets.length).fill(1);
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    let line = 1;
    let next = 0;
    let pos = 0;
    let prev = -1;
    const buffer = Buffer.allocUnsafe(CHUNK);
    while (next < order.length && pos < size) {
      const { bytesRead } = await fh.read(buffer, 0, Math.min(CHUNK, size - pos), pos);
      if (!bytesRead) break;
      for (let i = 0; i < bytesRead && next < order.length; i++) {
        const b = buffer[i]!;
        while (next < order.length && order[next]![0] <= pos + i && b !== LF && b !== CR) out[order[next++]![1]] = line;
        if (b === LF && prev !== CR) line++;
        else if (b === CR) line++;
        prev = b;
      }
      pos += bytesRead;
    }
    while (next < order.length) out[order[next++]![1]] = line;
    return out;
  } finally {
    await fh.close();
  }
}
