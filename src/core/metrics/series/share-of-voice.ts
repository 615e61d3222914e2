/** Mentions and share of voice per tracked name (brand first, then competitors in config order). */
import type { SeriesUnavailable } from './series.ts';

export interface ShareOfVoicePoint {
  name: string;
  isBrand: boolean;
  mentions: number;
  /** Fraction of all tracked mentions (0–1). */
  share: number;
}

export type ShareOfVoiceSeries = { kind: 'share_of_voice' } & ({ available: true; points: ShareOfVoicePoint[] } | SeriesUnavailable);
