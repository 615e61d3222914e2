/**
 * The report model as plain text for a terminal: findings first, then every KPI with its
 * comparisons (grouped by stage), spikes and drops with their drivers, share of voice and
 * campaigns. Numbers are formatted in the configured locale. Names, quotes and sources from data
 * are display text (src/core/story/display-text.ts): clean and bounded; not wrapped in FSI…PDI,
 * which a terminal does not need (it lays text out left to right) and some draw as boxes.
 */
import { displayKindOf, displayText } from '../story/display-text.ts';
import type { Comparison } from '../benchmarks/comparisons.ts';
import type { CadenceConfig } from '../schema/config.ts';
import { createFormat, type Format } from '../story/format.ts';
import { periodLabel } from '../story/period-label.ts';
import type { KpiResult, ReportModel } from './model.ts';

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padStart = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function table(rows: string[][], right: Set<number>): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => (right.has(i) ? padStart(c, widths[i]!) : pad(c, widths[i]!))).join('  ').trimEnd());
}

/** A comparison's change; against the previous period with the KPI's tone (story/tone.ts), the year before without a verdict. */
function versus(k: KpiResult, c: Comparison, format: Format, withTone: boolean): string {
  if (!c.available) return 'n/a';
  if (!c.change) return format.value(k.unit, c.value!);
  if (c.change.trend === 'flat') return '= no change';
  const verdict = !withTone || k.tone.versus !== 'previous' ? '' : k.tone.tone === 'good' ? ' (better)' : k.tone.tone === 'bad' ? ' (worse)' : k.tone.tone === 'mixed' ? ' (mixed)' : k.tone.because ? ` (${k.tone.because.replaceAll('_', ' ')})` : '';
  return `${format.change(k.unit, c.change)}${verdict}`;
}

function target(k: KpiResult, format: Format): string {
  const t = k.comparisons.target;
  if (!t) return '';
  if (t.status === 'unknown') return `goal: ${t.reason ?? 'unknown'}`;
  const words = { met: 'met', missed: 'missed', on_track: 'on track', off_track: 'off track' } as const;
  return `${words[t.status]} (${format.value(k.unit, t.projected!)} of ${format.value(k.unit, t.target!)} by ${t.goalPeriod})`;
}

export function metricsText(model: ReportModel, config: Pick<CadenceConfig, 'locale' | 'currency'>): string {
  const format = createFormat(config.locale, config.currency);
  const lines: string[] = [];
  const label = periodLabel(model.period, format);
  lines.push(`${model.brand} — ${label} (${model.period.id}, ${model.cadence}, ${model.audience} report)`);
  lines.push(`as of ${model.asOf} · data until ${model.dataUntil ?? 'no data'} · days cut in ${model.timezone}${model.complete ? '' : ' · the period is not complete'}`);
  for (const note of model.story.notes) lines.push(`note: ${note}`);
  lines.push('');
  lines.push('Findings');
  if (model.findings.length === 0) lines.push('  nothing stands out');
  model.findings.slice(0, 10).forEach((f, i) => {
    lines.push(`  ${i + 1}. [${format.t.tone.labels[f.tone].toLowerCase()}] ${f.headline}`);
    for (const d of f.details ?? []) lines.push(`       ${d}`);
    for (const q of (f.quotes ?? []).slice(0, 2)) lines.push(`       “${displayText(q.text, 'text', 120)}” (${displayText(q.platform, 'label')}, ${q.day}${q.url ? `, ${displayText(q.url, 'url')}` : ''})`);
  });
  for (const why of model.story.explanations) lines.push(`  why: ${why}`);
  if (model.story.nextSteps.length) {
    lines.push('');
    lines.push('Next steps');
    for (const s of model.story.nextSteps) lines.push(`  - ${s.text}`);
  }
  lines.push('');
  lines.push(`KPIs (vs ${periodLabel(model.previous, format)} and ${periodLabel(model.yearAgo, format)})`);
  const rows: string[][] = [['', 'KPI', 'value', `vs ${model.previous.id}`, `vs ${model.yearAgo.id}`, 'goal / typical day']];
  let stage = '';
  for (const k of model.kpis) {
    const stageCell = k.stage === stage ? '' : k.stage;
    stage = k.stage;
    const value = k.available ? `${format.value(k.unit, k.value!)}${k.estimated ? ' (est.)' : ''}` : 'n/a';
    const b = k.comparisons.baseline;
    const nb = k.comparisons.noBaseline;
    const extra = target(k, format) || (b ? `typical ${format.value(k.unit, b.expected)} (${b.status})` : nb ? `no typical day yet (${nb.samples} of ${nb.needed} same weekdays)` : '');
    rows.push([stageCell, k.label, value, versus(k, k.comparisons.previous, format, true), versus(k, k.comparisons.yearAgo, format, false), extra]);
  }
  lines.push(...table(rows, new Set([2, 3, 4])).map((l) => `  ${l}`));
  const missing = model.kpis.filter((k) => !k.available);
  if (missing.length) {
    lines.push('');
    lines.push('Not available');
    for (const k of missing) lines.push(`  ${k.label}: ${k.reason}`);
  }
  lines.push('');
  lines.push('Spikes and drops');
  const noTypical = model.typicalFrom === null || model.typicalFrom > model.period.lastDay;
  if (model.anomalies.length === 0) lines.push(noTypical ? '  none can be found yet: no typical day (see the note above)' : model.typicalFrom! > model.period.firstDay ? `  none found from ${model.typicalFrom} (no typical day before)` : '  none: every day within the typical range');
  for (const a of model.anomalies) {
    const top = a.drivers[0];
    lines.push(
      `  ${a.date}  ${a.metric.replaceAll('_', ' ')} ${a.direction}: ${format.count(a.observed)} against a typical ${format.count(a.expected)} (robust z ${a.score.toFixed(1)})` +
        (top ? ` — top driver ${top.dimension} ${displayText(top.value, displayKindOf(top.dimension))} (${Math.round(top.share * 100)}% of the excess${a.singleSource ? ', single source' : ''})` : ''),
    );
  }
  lines.push('');
  const sov = model.shareOfVoice;
  if (sov.available) {
    for (const m of sov.measures) {
      lines.push(`Share of voice (${m.measure}): ${m.names.map((n) => `${displayText(n.name, 'name')} ${format.percent(n.share)}`).join(' · ')} — competitor average ${format.percent(m.competitorAverage)}, landscape average ${format.percent(m.landscapeAverage)}`);
    }
  } else {
    lines.push(`Share of voice: not available (${sov.reason})`);
  }
  lines.push('');
  lines.push('Campaigns');
  if (model.campaigns.length === 0) lines.push('  none running in the period');
  for (const c of model.campaigns) lines.push(`  ${displayText(c.name, 'title')} — ${c.lifecycle.replaceAll('_', ' ')}: ${c.why}`);
  return `${lines.join('\n')}\n`;
}

export function kpiListText(kpis: { id: string; stage: string; label: string; unit: string; direction: string; custom: boolean }[]): string {
  const rows = [['id', 'label', 'unit', 'good when', ''], ...kpis.map((k) => [k.id, k.label, k.unit, k.direction === 'up' ? 'higher' : 'lower', k.custom ? 'project metric' : ''])];
  return `${table(rows, new Set()).join('\n')}\n`;
}
