/**
 * Where digest links point. With `site.url` (the site's origin, e.g. https://reports.example.com)
 * a link is absolute: the origin plus the base path plus the page's path. Without it, links are
 * paths on the site ("/weekly/2026-W38/team/"), and the digest adds a note saying so: chat apps
 * and mail clients cannot open a relative link.
 */
import { href } from '../site/urls.ts';

export interface SiteLinks {
  /** The URL of a site path ("weekly/2026-W38/team/"). */
  link(path: string): string;
  /** Whether links are absolute (site.url is set). */
  absolute: boolean;
}

export function siteLinks(site: { base: string; url?: string }): SiteLinks {
  const origin = site.url;
  return {
    absolute: Boolean(origin),
    link: (path) => (origin ? new URL(href(site.base, path), origin).href : href(site.base, path)),
  };
}

/** How platforms are written in a sentence ("instagram" → "Instagram"). */
const platformNames: Record<string, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X',
  twitter: 'X',
  threads: 'Threads',
  pinterest: 'Pinterest',
  reddit: 'Reddit',
  bluesky: 'Bluesky',
};

export const platformName = (platform: string): string => platformNames[platform.toLowerCase()] ?? platform.charAt(0).toUpperCase() + platform.slice(1);
