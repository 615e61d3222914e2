/**
 * Paper sizes, margins and the header and footer printed on every PDF page.
 *
 * Decisions:
 * - Margins: 10 mm left and right (Chromium's print dialog uses about 0.4 in), 16 mm top and
 *   bottom to leave room for the header and footer lines. The printable width in CSS pixels
 *   (96 per inch) is what every chart, table and image must fit in: A4 210 mm → 793.7 px − 2 ×
 *   37.8 px = 718 px; Letter 8.5 in → 816 px − 75.6 px = 740 px.
 * - The header is the page's own <title> ("Social team · September 2026 · Alpenglow social
 *   report": report, period, site), HTML-escaped, because it comes from config and data. The
 *   footer is "page X of Y" with Chromium's pageNumber/totalPages placeholders, in the page's
 *   language (<html lang>), worded by that language's catalog.
 * - Header and footer templates are rendered by Chromium outside the page: they get no page CSS,
 *   so their style is inline and their font size explicit (the default is too small to read).
 */
import { languageOf, messagesFor } from '../core/i18n/catalog.ts';
import { defaultFontFor } from '../site/charts/theme.ts';

export const papers = ['A4', 'Letter'] as const;
export type Paper = (typeof papers)[number];

const MM_PER_INCH = 25.4;
const PX_PER_INCH = 96;

/** Paper width in millimetres. */
const paperWidthMm: Record<Paper, number> = { A4: 210, Letter: 8.5 * MM_PER_INCH };

export const marginsMm = { top: 16, right: 10, bottom: 16, left: 10 } as const;

/** Width in CSS pixels that content must fit in: 718 for A4, 740 for Letter. */
export function printableWidthPx(paper: Paper): number {
  return Math.floor(((paperWidthMm[paper] - marginsMm.left - marginsMm.right) / MM_PER_INCH) * PX_PER_INCH);
}

/** The margin option of page.pdf. */
export function pdfMargin(): { top: string; right: string; bottom: string; left: string } {
  return { top: `${marginsMm.top}mm`, right: `${marginsMm.right}mm`, bottom: `${marginsMm.bottom}mm`, left: `${marginsMm.left}mm` };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The inline style of the header and footer lines; the font is the site's default for the language (Hangul fonts for Korean). */
const lineStyle = (lang: string) =>
  `font-family:${defaultFontFor(languageOf(lang))};font-size:8pt;color:#555;width:100%;margin:0 ${marginsMm.left}mm;display:flex;justify-content:space-between;gap:4mm;`;

/** The header: the page title (report · period · site), escaped. */
export function headerTemplate(title: string, lang = 'en'): string {
  return `<div style="${lineStyle(lang)}"><span>${escapeHtml(title)}</span></div>`;
}

/**
 * The footer: "3 of 7" (right-aligned), in the page's language (the catalog's `pdf.pageOf`, whose
 * page and total are Chromium's pageNumber and totalPages spans).
 */
export function footerTemplate(lang: string): string {
  const page = '\u0000page\u0000';
  const total = '\u0000total\u0000';
  const text = escapeHtml(messagesFor(lang).pdf.pageOf({ page, total }))
    .replace(page, '<span class="pageNumber"></span>')
    .replace(total, '<span class="totalPages"></span>');
  return `<div style="${lineStyle(lang)}justify-content:flex-end;"><span>${text}</span></div>`;
}
