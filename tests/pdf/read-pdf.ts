/** Reads a PDF back with pdfjs-dist: page count, media boxes, text per page and the outline. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One entry of a PDF's outline (its bookmarks), with the entries under it. */
export interface OutlineEntry {
  title: string;
  items: OutlineEntry[];
}

export interface ReadPdf {
  pages: number;
  /** Media box [x0, y0, x1, y1] of each page, in points. */
  boxes: number[][];
  /** Text of each page, whitespace collapsed. */
  texts: string[];
  /** The outline (bookmarks), [] when the PDF has none. */
  outline: OutlineEntry[];
}

export async function readPdf(file: string): Promise<ReadPdf> {
  const task = getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false });
  const doc = await task.promise;
  const boxes: number[][] = [];
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    boxes.push([...page.view]);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  type Raw = { title: string; items?: Raw[] };
  const entries = (raw: Raw[] | null | undefined): OutlineEntry[] => (raw ?? []).map((r) => ({ title: r.title, items: entries(r.items) }));
  const outline = entries((await doc.getOutline()) as Raw[] | null);
  const pages = doc.numPages;
  await task.destroy();
  return { pages, boxes, texts, outline };
}

/** Poppler's tools (Debian package poppler-utils): an independent reader of what Chromium wrote. */
export const pdfinfoPath = '/usr/bin/pdfinfo';
export const pdftotextPath = '/usr/bin/pdftotext';
export const havePoppler = existsSync(pdfinfoPath) && existsSync(pdftotextPath);

const run = promisify(execFile);

/** `pdfinfo file` as a map of its "Key: value" lines ("Tagged" → "yes"). */
export async function pdfinfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run(pdfinfoPath, [file]);
  const info: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

/** `pdftotext file -`: the PDF's text as poppler reads it, in reading order, whitespace collapsed. */
export async function pdftotext(file: string): Promise<string> {
  return (await run(pdftotextPath, [file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout.replace(/\s+/g, ' ');
}
