/**
 * Mends the PDF outline (bookmarks) Chromium makes from a page's headings. Chromium 156 writes a
 * heading's text twice ("Key figuresKey figures") when print pagination lays the heading out a
 * second time: a heading kept with a chart or a section that moves whole to the next page. The
 * outline's destinations are right; only such titles are mended, to the heading they double, and
 * only when the page has that heading. The file is rewritten by pdf-lib (its objects, tags and
 * structure tree kept, no object streams, as Chromium writes it); a PDF whose outline needs nothing
 * is returned as it came.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** The outline titles that were one of `headings` written twice, mended; `pdf` itself when none was. */
export async function mendOutline(pdf: Buffer, headings: readonly string[]): Promise<{ pdf: Buffer; mended: number }> {
  const known = new Set(headings.map((h) => h.replace(/\s+/g, ' ').trim()).filter(Boolean));
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!outlines) return { pdf, mended: 0 };
  let mended = 0;
  const seen = new Set<PDFDict>();
  const walk = (item: PDFDict | undefined): void => {
    while (item && !seen.has(item)) {
      seen.add(item);
      const raw = item.lookup(PDFName.of('Title'));
      if (raw instanceof PDFString || raw instanceof PDFHexString) {
        const title = raw.decodeText();
        const half = title.slice(0, title.length / 2);
        if (title.length % 2 === 0 && title.length > 0 && half + half === title && known.has(half.replace(/\s+/g, ' ').trim())) {
          item.set(PDFName.of('Title'), PDFHexString.fromText(half));
          mended++;
        }
      }
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
  };
  walk(outlines.lookupMaybe(PDFName.of('First'), PDFDict));
  if (mended === 0) return { pdf, mended };
  return { pdf: Buffer.from(await doc.save({ updateFieldAppearances: false, useObjectStreams: false })), mended };
}
