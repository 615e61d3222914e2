/**
 * How vendor exports spell dates and numbers. Each function is named for the export style it
 * imitates; all of them are pure and locale-independent (no Intl, no toLocaleString), so the
 * files are byte-identical on every machine.
 */
import { berlinOffsetMinutes } from './calendar.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const p2 = (n: number) => String(n).padStart(2, '0');
const p3 = (n: number) => String(n).padStart(3, '0');

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

function parts(ms: number): Parts {
  const t = new Date(ms);
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
    ms: t.getUTCMilliseconds(),
  };
}

/** Clock parts of an instant in Berlin. */
function local(ms: number): Parts {
  return parts(ms + berlinOffsetMinutes(ms) * 60_000);
}

/** Brandwatch: `2026-09-14 08:05:12.000` (UTC). */
export function utcMillis(ms: number): string {
  const t = parts(ms);
  return `${t.y}-${p2(t.mo)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}.${p3(t.ms)}`;
}

/** ISO 8601 in UTC with Z: `2026-09-14T08:05:12Z` (care desk export). */
export function utcIsoZ(ms: number): string {
  const t = parts(ms);
  return `${t.y}-${p2(t.mo)}-${p2(t.d)}T${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}Z`;
}

/** SEO tool: `2026-09-14 08:05:12` (UTC). */
export function utcSeconds(ms: number): string {
  const t = parts(ms);
  return `${t.y}-${p2(t.mo)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`;
}

/** Sprout post performance: `09/14/2026 10:30 am` (Berlin). */
export function sproutDateTime(ms: number): string {
  const t = local(ms);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `${p2(t.mo)}/${p2(t.d)}/${t.y} ${p2(h12)}:${p2(t.mi)} ${t.h < 12 ? 'am' : 'pm'}`;
}

/** HubSpot: `2026-09-14 10:30` (Berlin). */
export function localMinutes(ms: number): string {
  const t = local(ms);
  return `${t.y}-${p2(t.mo)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}`;
}

/** Shopify: `2026-09-14 10:30:05 +0200` (Berlin with its offset). */
export function localWithOffset(ms: number): string {
  const t = local(ms);
  const off = berlinOffsetMinutes(ms);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${t.y}-${p2(t.mo)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)} ${sign}${p2(Math.floor(a / 60))}${p2(a % 60)}`;
}

/** Media monitoring: `14 Sep 2026 08:05` (Berlin). */
export function mediaDateTime(ms: number): string {
  const t = local(ms);
  return `${p2(t.d)} ${MONTHS[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)}`;
}

/** Calendar day YYYY-MM-DD → other spellings. */
export function isoDay(iso: string): { y: string; m: string; d: string } {
  return { y: iso.slice(0, 4), m: iso.slice(5, 7), d: iso.slice(8, 10) };
}
/** Sprout profile performance: `09-14-2026`. */
export const usDashDate = (iso: string) => { const t = isoDay(iso); return `${t.m}-${t.d}-${t.y}`; };
/** GA4: `20260914`. */
export const compactDate = (iso: string) => iso.replaceAll('-', '');
/** German spreadsheet: `14.09.2026`. */
export const germanDate = (iso: string) => { const t = isoDay(iso); return `${t.d}.${t.m}.${t.y}`; };
/** British ad manager: `14/09/2026`. */
export const britishDate = (iso: string) => { const t = isoDay(iso); return `${t.d}/${t.m}/${t.y}`; };

/** Berlin calendar day of an instant, YYYY-MM-DD. */
export function berlinDay(ms: number): string {
  const t = local(ms);
  return `${t.y}-${p2(t.mo)}-${p2(t.d)}`;
}

/** `1,234,567` — integer with thousands separators (Sprout, ad managers). */
export function thousands(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 && Math.round(Math.abs(n)) !== 0 ? `-${grouped}` : grouped;
}

/** `12,345.60` — money with thousands separators and two decimals. */
export function money(n: number): string {
  const cents = Math.round(n * 100);
  const sign = cents < 0 ? '-' : '';
  const a = Math.abs(cents);
  return `${sign}${thousands(Math.floor(a / 100))}.${p2(a % 100)}`;
}

/** `129.90` — plain two-decimal amount (Shopify). */
export function plainMoney(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2);
}

/** `4.2%` — a fraction as a percentage with the given decimals. */
export function percent(fraction: number, decimals = 1): string {
  return `${(fraction * 100).toFixed(decimals)}%`;
}

/** `0.4321` — a fraction as GA4 exports it. */
export function fraction(x: number, decimals = 4): string {
  return x.toFixed(decimals);
}
