/**
 * HubSpot's vocabularies: original source (API enum values and UI labels) → channel, lifecycle
 * stage (internal names and labels) → the leads entity's stages.
 */

/** hs_analytics_source values (API) and their UI labels, lower case → channel. */
export const channelOfSource: Record<string, string> = {
  social_media: 'organic_social',
  'organic social': 'organic_social',
  'social media': 'organic_social',
  paid_social: 'paid_social',
  'paid social': 'paid_social',
  organic_search: 'organic_search',
  'organic search': 'organic_search',
  paid_search: 'paid_search',
  'paid search': 'paid_search',
  email_marketing: 'email',
  'email marketing': 'email',
  referrals: 'referral',
  direct_traffic: 'direct',
  'direct traffic': 'direct',
  offline: 'other',
  'offline sources': 'other',
  other_campaigns: 'other',
  'other campaigns': 'other',
  ai_referrals: 'referral',
  'ai referrals': 'referral',
};

/** Sources that count as social. */
export const socialOfSource: Record<string, boolean> = {
  social_media: true,
  'organic social': true,
  'social media': true,
  paid_social: true,
  'paid social': true,
  '*': false,
};

/** lifecyclestage internal values and UI labels, lower case → leads.lifecycle_stage. */
export const lifecycleOf: Record<string, string> = {
  subscriber: 'subscriber',
  lead: 'lead',
  marketingqualifiedlead: 'mql',
  'marketing qualified lead': 'mql',
  salesqualifiedlead: 'sql',
  'sales qualified lead': 'sql',
  opportunity: 'opportunity',
  customer: 'customer',
  evangelist: 'evangelist',
  other: 'other',
  '*': 'other',
};

export const channelOf = (source: string | undefined): string | null => (source ? (channelOfSource[source.trim().toLowerCase()] ?? 'other') : null);
export const isSocialSource = (source: string | undefined): boolean => !!source && socialOfSource[source.trim().toLowerCase()] === true;
export const lifecycle = (stage: string | undefined): string | null => (stage ? (lifecycleOf[stage.trim().toLowerCase()] ?? 'other') : null);
