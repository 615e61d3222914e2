/**
 * What to do next: the action a finding suggests, one sentence, for the list that follows the
 * findings in a report. Good news that needs nothing (a goal met, a KPI that improved) suggests
 * nothing. The sentences are the catalog's (`t.nextSteps`); English when no catalog is given.
 */
import { en } from '../i18n/en.ts';
import type { DimensionKey, Messages } from '../i18n/catalog.ts';
import type { Finding } from './findings.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** `day` writes a finding's ISO date for readers (the format's `day`; ISO when not given). */
export function nextStep(f: Finding, t: Pick<Messages, 'nextSteps'> = en, day: (iso: string) => string = (iso) => iso): string | null {
  const m = t.nextSteps;
  switch (f.kind) {
    case 'spike': {
      const source = f.data.singleSource as { dimension?: DimensionKey; value?: string } | null | undefined;
      // An author withheld from the audience (privacy.ts) is not named.
      const where = source?.dimension && source.value && source.value !== 'one author' ? { dimension: source.dimension, value: source.value } : null;
      return m.spike({ bad: f.tone === 'bad', date: f.date ? day(f.date) : '', source: where });
    }
    case 'drop':
      return m.drop({ date: f.date ? day(f.date) : '' });
    case 'target_off_track':
    case 'target_missed':
      return m.goal({ label: str(f.data.label) });
    case 'sla_missed':
      return m.sla;
    case 'kpi_change':
      return f.tone === 'bad' ? m.kpiWorse({ label: str(f.data.label) }) : null;
    case 'competitor_gained':
      return m.competitor({ competitor: str(f.data.competitor) });
    case 'campaign_fading':
      return m.campaignFading;
    case 'campaign_growing':
      return m.campaignGrowing;
    default:
      return null;
  }
}

/** The distinct next steps of the top `limit` findings, in their order. */
export function nextSteps(findings: readonly Finding[], limit = 5, t: Pick<Messages, 'nextSteps'> = en, day?: (iso: string) => string): string[] {
  return [...new Set(findings.slice(0, limit).map((f) => nextStep(f, t, day)).filter((s): s is string => s !== null))];
}
