/**
 * The sentiment of a rise: whether negative mentions carry a rise in a volume of attention
 * (mentions, shares, reach…), partly carry it, or not. Used by the story's tone rules
 * (src/core/story/tone.ts, which documents them) and by events (events.ts) to tell a crisis from
 * a campaign.
 */
/** Negatives make at least this share of a rise: the rise is carried by them. */
export const NEGATIVE_CARRIES = 0.5;
/** A rise this much more negative (in points of share) than the conversation before it is mixed. */
export const MORE_NEGATIVE_THAN_BEFORE = 0.05;
/** Poisson z of the negative mentions' rise from which negatives count as having risen at all. */
export const NEGATIVE_RISE_Z = 3;

/** A volume and its negative part, now and in what it is compared with. */
export interface Rise {
  volume: number;
  negative: number;
  baseVolume: number;
  baseNegative: number;
}

export type RiseSentiment = 'carried' | 'partly' | 'not';

/** How the negative part of a rise compares with the rise (rule 5, without the significance gate). */
export function riseSentiment(r: Rise): RiseSentiment {
  const rise = r.volume - r.baseVolume;
  const more = r.negative - r.baseNegative;
  if (!(rise > 0) || !(more > 0)) return 'not';
  const share = more / rise;
  if (share >= NEGATIVE_CARRIES) return 'carried';
  const before = r.baseVolume > 0 ? r.baseNegative / r.baseVolume : 0;
  return share >= before + MORE_NEGATIVE_THAN_BEFORE ? 'partly' : 'not';
}

/** Whether negative mentions rose beyond noise: (now − before) ÷ √(now + before) ≥ 3. */
export function negativesRose(now: number, before: number): boolean {
  if (!(now > before)) return false;
  return (now - before) / Math.sqrt(now + before) >= NEGATIVE_RISE_Z;
}

