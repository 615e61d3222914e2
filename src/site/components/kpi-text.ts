/** Words and anchors shared by the KPI table and the definitions list. */
import type { KpiStage } from '../../core/metrics/index.ts';

export const stageLabels: Record<KpiStage, string> = {
  listening: 'Listening',
  influencing: 'Influencing',
  networking: 'Networking',
  selling: 'Selling',
};

/** "listening.share_of_voice" → "kpi-listening-share-of-voice". */
export const kpiAnchor = (id: string): string => `kpi-${id.replace(/[._]/g, '-')}`;
