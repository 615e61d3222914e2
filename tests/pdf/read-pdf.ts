/** Reads a PDF back with pdfjs-dist: page count, media boxes and text per page. */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ReadPdf {
  pages: number;
  /** Media box [x0, y0, x1, y1] of each page, in points. */
  boxes: number[][];
  /** Text of each page, whitespace collapsed. */
  texts: string[];
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
  const pages = doc.numPages;
  await task.destroy();
  return { pages, boxes, texts };
}
