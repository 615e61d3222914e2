/**
 * Writes the UTF-8 copy of an export that DuckDB is given when it cannot read the original as is:
 * a file in another encoding, or one whose lines before the header would confuse DuckDB's `skip`.
 * Streams in constant memory; keeps every line break, so line numbers stay those of the original.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { asDiskFull } from '../../core/store/disk-full.ts';
import type { TextEncoding } from './encoding.ts';

export interface CopyOptions {
  /** Encoding of the source; the copy is UTF-8 without a byte-order mark. */
  encoding: TextEncoding;
  /**
   * Empties the content of this many first lines, keeping their line breaks. DuckDB's `skip`
   * counts CSV rows, not lines: metadata lines with quoted line breaks or stray quotes would
   * make it skip the wrong number of lines, while empty lines are one row each.
   */
  blankLines: number;
  signal?: AbortSignal;
}

/** Copies `source` to `target` as UTF-8 (see CopyOptions). */
export async function writeUtf8Copy(source: string, target: string, options: CopyOptions): Promise<void> {
  // iconv-lite drops the byte-order mark by default, and a BOM-less copy is what we want.
  const decode = iconv.decodeStream(options.encoding);
  const write = createWriteStream(target, { encoding: 'utf8' });
  const signal = options.signal ? { signal: options.signal } : {};
  const copied = options.blankLines > 0 ? pipeline(createReadStream(source), decode, blankLeadingLines(options.blankLines), write, signal) : pipeline(createReadStream(source), decode, write, signal);
  // Node's write error names no file: a full disk says which one.
  await copied.catch((e: unknown) => {
    throw asDiskFull(e, { path: target }) ?? e;
  });
}

/**
 * A text transform that drops every character of the first `count` lines except their line breaks
 * (CR LF, LF or CR, each counted once, as the sniffer counts them).
 */
export function blankLeadingLines(count: number): Transform {
  const blank = lineBlanker(count);
  return new Transform({
    decodeStrings: false,
    encoding: 'utf8',
    transform(chunk: string | Buffer, _enc: BufferEncoding, done: TransformCallback) {
      done(null, blank(typeof chunk === 'string' ? chunk : chunk.toString('utf8')));
    },
  });
}

/**
 * Copies the first `maxLines` lines of `source` to `target` as UTF-8 (see CopyOptions), and
 * stops reading there: the sample `cadence check` proves a mapping on, without the whole file.
 * The last line may be cut inside a quoted cell; read only the rows before it.
 */
export async function writeUtf8Head(source: string, target: string, options: CopyOptions & { maxLines: number }): Promise<void> {
  const decoder = iconv.getDecoder(options.encoding);
  const blank = lineBlanker(options.blankLines);
  const keep = lineCutter(options.maxLines);
  const out = createWriteStream(target, { encoding: 'utf8' });
  // A write error (a full disk) is kept and thrown as what it is, naming the file.
  let writeError: unknown;
  out.on('error', (e) => void (writeError ??= e));
  const failed = () => asDiskFull(writeError, { path: target }) ?? writeError;
  const write = async (text: string) => {
    if (text && !out.write(text)) await once(out, 'drain').catch(() => undefined);
    if (writeError !== undefined) throw failed();
  };
  try {
    let done = false;
    for await (const chunk of createReadStream(source, { highWaterMark: 1 << 16, ...(options.signal ? { signal: options.signal } : {}) }) as AsyncIterable<Buffer>) {
      const kept = keep(blank(decoder.write(chunk)));
      await write(kept.text);
      if ((done = kept.done)) break;
    }
    if (!done) await write(keep(blank(decoder.end() ?? '')).text);
  } finally {
    out.end();
    if (!out.closed) await once(out, 'close').catch(() => undefined);
  }
  if (writeError !== undefined) throw failed();
}

/** Counts line breaks (CR LF, LF or CR, each once) across chunks; `afterCr` carries a CR at a chunk's end. */
interface BreakState {
  breaks: number;
  afterCr: boolean;
}

/** Index just after the next line break at or after `from` (counting it in `state`), or -1. */
function nextBreak(text: string, from: number, state: BreakState): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\r') {
      state.breaks++;
      state.afterCr = true;
      return i + 1;
    }
    if (ch === '\n') {
      const counted = !state.afterCr;
      state.afterCr = false;
      if (counted) {
        state.breaks++;
        return i + 1;
      }
      continue;
    }
    state.afterCr = false;
  }
  return -1;
}

/** A stateful function emptying the first `count` lines of a text given chunk by chunk, keeping their breaks. */
function lineBlanker(count: number): (text: string) => string {
  const state: BreakState = { breaks: 0, afterCr: false };
  return (text) => {
    if (state.breaks >= count) return text;
    let out = '';
    let i = 0;
    for (; i < text.length && state.breaks < count; i++) {
      const ch = text[i]!;
      if (ch === '\r') {
        state.breaks++;
        state.afterCr = true;
        out += ch;
      } else if (ch === '\n') {
        if (!state.afterCr) state.breaks++;
        state.afterCr = false;
        out += ch;
      } else state.afterCr = false;
    }
    return out + text.slice(i);
  };
}

/** A stateful function keeping a text given chunk by chunk up to its `count`-th line break (with an LF right after a CR). */
function lineCutter(count: number): (text: string) => { text: string; done: boolean } {
  const state: BreakState = { breaks: 0, afterCr: false };
  return (text) => {
    if (count <= 0) return { text: '', done: true };
    let at = 0;
    while (state.breaks < count) {
      const next = nextBreak(text, at, state);
      if (next < 0) return { text, done: false };
      at = next;
    }
    if (text[at] === '\n' && text[at - 1] === '\r') at++;
    return { text: text.slice(0, at), done: true };
  };
}
