/**
 * What every page's head shares: the theme's CSS custom properties, and the Content-Security-
 * Policy that allows no script (or only the scripts whose hashes are given), styles only by their
 * SHA-256 hashes, and images only from the site (or `data:` in a self-contained file).
 */
import { createHash } from 'node:crypto';
import { readableOn } from './format/contrast.ts';
import type { SiteSettings } from './site-model.ts';

/** The CSP source of an inline element's text: `'sha256-…'`. */
export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The theme as CSS custom properties. Good and bad news are text: their colours are darkened where
 * needed to reach WCAG AA contrast (4.5:1) on the background.
 */
export function themeVars(site: Pick<SiteSettings, 'colors' | 'font'>): string {
  const c = site.colors;
  return `:root{--c-primary:${c.primary};--c-accent:${c.accent};--c-positive:${readableOn(c.positive, c.background)};--c-negative:${readableOn(c.negative, c.background)};--c-text:${c.text};--c-bg:${c.background};--font:${site.font.replace(/[<>{};]/g, '')}}`;
}

export interface PolicyOptions {
  /** Texts of the inline styles. */
  styles: readonly string[];
  /** Texts of the inline scripts (none: `script-src 'none'`). */
  scripts?: readonly string[];
  /** Images (and fonts) from the site, or inlined as data: URIs in a self-contained file. */
  assets?: 'self' | 'data';
}

export function contentSecurityPolicy(o: PolicyOptions): string {
  const scripts = o.scripts ?? [];
  return [
    "default-src 'none'",
    `script-src ${scripts.length ? scripts.map(cspHash).join(' ') : "'none'"}`,
    `style-src ${o.styles.map(cspHash).join(' ')}`,
    ...(o.assets === 'data' ? ['img-src data:', 'font-src data:'] : ["img-src 'self'"]),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
