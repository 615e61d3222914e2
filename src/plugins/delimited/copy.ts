/**
 * Writes the UTF-8 copy of an export that DuckDB is given when it cannot read the original as is:
 * a file in another encoding, or one whose lines before the header would confuse DuckDB's `skip`.
 * Streams in constant memory; keeps every line break, so line numbers stay those of the original.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
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
  if (options.blankLines > 0) await pipeline(createReadStream(source), decode, blankLeadingLines(options.blankLines), write, signal);
  else await pipeline(createReadStream(source), decode, write, signal);
}

/**
 * A text transform that drops every character of the first `count` lines except their line breaks
 * (CR LF, LF or CR, each counted once, as the sniffer counts them).
 */
export function blankLeadingLines(count: number): Transform {
  let breaks = 0;
  let afterCr = false;
  return new Transform({
    decodeStrings: false,
    encoding: 'utf8',
    transform(chunk: string | Buffer, _enc: BufferEncoding, done: TransformCallback) {
      const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      if (breaks >= count) {
        done(null, text);
        return;
      }
      let out = '';
      let i = 0;
      for (; i < text.length && breaks < count; i++) {
        const ch = text[i]!;
        if (ch === '\r') {
          breaks++;
          afterCr = true;
          out += ch;
        } else if (ch === '\n') {
          if (!afterCr) breaks++;
          afterCr = false;
          out += ch;
        } else {
          afterCr = false;
        }
      }
      done(null, out + text.slice(i));
    },
  });
}
