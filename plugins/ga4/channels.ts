/**
 * GA4 / Universal Analytics channel groups → Cadence channels, and the source-based guess used
 * when an export has a source but no channel group (as Universal Analytics page reports do).
 */

/** Channel group names (lower case) → channel. Anything else is `other`. */
export const channelGroups: Record<string, string> = {
  'organic social': 'organic_social',
  social: 'organic_social', // Universal Analytics' Default Channel Grouping
  'paid social': 'paid_social',
  'organic search': 'organic_search',
  'paid search': 'paid_search',
  direct: 'direct',
  referral: 'referral',
  email: 'email',
  display: 'display',
  affiliates: 'affiliate',
  affiliate: 'affiliate',
};

export const socialChannels = new Set(['organic_social', 'paid_social']);

/** For a `map`: channel group → channel, every other value → other. */
export const channelMap: Record<string, string> = { ...channelGroups, '*': 'other' };
/** For a `map`: channel group → whether it is social. */
export const socialMap: Record<string, boolean> = {
  ...Object.fromEntries(Object.entries(channelGroups).map(([k, v]) => [k, socialChannels.has(v)])),
  '*': false,
};

const socialSite = String.raw`(facebook|instagram|twitter|^t\.co|linkedin|lnkd\.in|reddit|pinterest|tiktok|youtube|snapchat|threads\.net|plus\.url\.google\.com|^x\.com)`;
const paidMedium = String.raw`(cpc|ppc|paid|paid[-_ ]?social|paidsocial)`;

/**
 * Ordered rules on "source medium" text (source, a space, then medium when the export has one),
 * for a `match`: first match wins. RE2 syntax, case-insensitive.
 */
export const sourceRules: { value: string; regex: string }[] = [
  { value: 'other', regex: String.raw`^\s*$` },
  { value: 'direct', regex: String.raw`(?i)^\(direct\)` },
  { value: 'paid_social', regex: `(?i)${socialSite}.* ${paidMedium}$` },
  { value: 'organic_social', regex: `(?i)${socialSite}` },
  { value: 'paid_search', regex: String.raw`(?i) (cpc|ppc|paidsearch)$` },
  { value: 'email', regex: String.raw`(?i)(^mail\.|mail\.|email|newsletter| e-?mail$)` },
  { value: 'display', regex: String.raw`(?i) (display|banner|cpm)$` },
  { value: 'affiliate', regex: String.raw`(?i) affiliates?$` },
  { value: 'organic_search', regex: String.raw`(?i)(^(google|bing|yahoo|duckduckgo|baidu|yandex|ecosia|naver|seznam)\b|search\.| organic$)` },
  { value: 'referral', regex: '.' },
];
