/**
 * mendOutline (src/pdf/outline.ts): an outline title that is one of the page's headings written
 * twice (Chromium 156 on a heading pagination lays out again) is mended to the heading; any other
 * title is kept, and a PDF with nothing to mend comes back as it was. The PDFs are made with
 * pdf-lib and read back with pdfjs-dist, the reader the PDF tests use.
 */
import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { mendOutline } from '../../src/pdf/outline.ts';

/** A one-page PDF whose outline has these titles, in order, at the top level. */
async function withOutline(titles: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const root = doc.context.nextRef();
  const refs: PDFRef[] = titles.map(() => doc.context.nextRef());
  titles.forEach((title, i) => {
    const item = doc.context.obj({ Title: PDFHexString.fromText(title), Parent: root, Dest: [page.ref, PDFName.of('Fit')] });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < titles.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    doc.context.assign(refs[i]!, item);
  });
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: PDFNumber.of(titles.length) }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

async function outlineOf(pdf: Buffer): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf) });
  const outline = ((await (await task.promise).getOutline()) ?? []).map((o: { title: string }) => o.title);
  await task.destroy();
  return outline;
}

describe('mending the outline', () => {
  it('mends a heading written twice, in any script, and keeps every other title', async () => {
    const pdf = await withOutline(['What stands out', 'Key figuresKey figures', '핵심 지표핵심 지표', 'NoNo', 'Campaigns']);
    const { pdf: out, mended } = await mendOutline(pdf, ['What stands out', 'Key figures', '핵심 지표', 'Campaigns']);
    expect(mended).toBe(2);
    // "NoNo" doubles no heading of the page: kept as written.
    expect(await outlineOf(out)).toEqual(['What stands out', 'Key figures', '핵심 지표', 'NoNo', 'Campaigns']);
  });

  it('returns a PDF with nothing to mend as it came', async () => {
    const pdf = await withOutline(['What stands out', 'Campaigns']);
    const result = await mendOutline(pdf, ['What stands out', 'Campaigns']);
    expect(result.mended).toBe(0);
    expect(result.pdf).toBe(pdf);
    const none = Buffer.from(await (await PDFDocument.create()).save());
    expect((await mendOutline(none, ['x'])).pdf).toBe(none);
  });
});
