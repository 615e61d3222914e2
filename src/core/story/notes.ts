/**
 * Honest comparisons: what a report says when the data cannot show something, instead of saying
 * nothing or something stronger.
 *
 * - **No typical day yet.** A day report whose brand mentions have no typical day for the weekday
 *   says how many of that weekday the data has and needs ("a typical Monday needs 4 Mondays of
 *   data; this data has 1") — never "every day was within its typical range". A longer period
 *   before the first day with a typical day says so; one that starts before it says from when
 *   spikes and drops are checked.
 * - **Partial periods.** A period the data covers only in part says so ("So far: data to 11:53
 *   on 24 February"; "The data starts on 6 March"), and its figures are not compared (tone.ts).
 * - **Mentions not matched.** Mentions about no tracked name are counted for nobody; a report
 *   whose audience sees mentions or share of voice says how many of the period's mentions those
 *   were ("120 of the 1,450 mentions collected (8.3%) …").
 * - **Sentiments that move apart.** When the reputation score and net sentiment move in opposite
 *   directions (each by half a point or more, at least one beyond chance), one sentence says why:
 *   reputation counts neutral mentions in its denominator, net sentiment does not, so a change in
 *   the neutral share moves one and not the other.
 */
import type { Period } from '../periods/period.ts';
import type { Format } from './format.ts';
import { weekdayKey } from './event-items.ts';
import type { StoryKpi } from './types.ts';
import type { WeekdayKey } from '../i18n/catalog.ts';

const weekdayKeys: readonly WeekdayKey[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Where the data leaves a period partly uncovered. */
export interface PeriodCoverage {
  /** The data starts after the period's first day: its first day. */
  from: string | null;
  /** The data ends before the period's last day, or on a day it does not cover whole: its last day. */
  until: string | null;
  /** The local time of the data's last row on `until`, when that day is cut short ("11:53"). */
  time: string | null;
}

/** When spikes and drops can be found: the first day whose weekday has a typical day, and how many days the data has. */
export interface BaselineSpan {
  /** First local day with a typical day for brand mentions, or null when none has one yet. */
  from: string | null;
  /** Days of brand-mention data. */
  dataDays: number;
  /** Same-weekday days needed (benchmarks.minSamples). */
  needed: number;
}

export interface NotesInput {
  period: Pick<Period, 'kind' | 'firstDay' | 'lastDay'>;
  kpis: ReadonlyMap<string, StoryKpi>;
  baseline: BaselineSpan;
  coverage: PeriodCoverage | null;
  previousLabel: string;
  /** The KPIs the audience's report shows: the sentiment sentence only where both sentiment figures are shown. */
  audienceKpis: ReadonlySet<string>;
  format: Format;
}

/** The sentence on when spikes and drops can be found in the period, or null when every day has a typical day. */
export function typicalNote(input: Pick<NotesInput, 'period' | 'kpis' | 'baseline' | 'format'>): string | null {
  const { format: f, period } = input;
  const m = f.t.story.notes;
  const mentions = input.kpis.get('listening.mentions');
  if (!mentions?.available) return null;
  const missing = mentions.comparisons.noBaseline;
  if (period.kind === 'day') return missing ? m.noBaseline({ weekday: weekdayKeys[missing.weekday - 1] ?? weekdayKey(period.firstDay), samples: missing.samples, needed: missing.needed }) : null;
  const from = input.baseline.from;
  if (from === null || from > period.lastDay) return m.noBaselinePeriod({ needed: input.baseline.needed, days: input.baseline.dataDays, count: f.count(input.baseline.dataDays) });
  if (from > period.firstDay) return m.baselineFrom({ day: f.day(from) });
  return null;
}

export function storyNotes(input: NotesInput): string[] {
  const { format: f } = input;
  const m = f.t.story.notes;
  const out: string[] = [];
  const c = input.coverage;
  if (c?.until && c.time) out.push(m.partialUntil({ day: f.day(c.until), time: f.time(c.time) }));
  else if (c?.until) out.push(m.partialTo({ day: f.day(c.until) }));
  if (c?.from) out.push(m.partialFrom({ day: f.day(c.from) }));

  const typical = typicalNote(input);
  if (typical) out.push(typical);

  const unmatched = unmatchedNote(input);
  if (unmatched) out.push(unmatched);

  return out;
}

/** The sentence on mentions matched to no tracked name, or null when there were none (or the audience sees no mention figure). */
export function unmatchedNote(input: Pick<NotesInput, 'kpis' | 'audienceKpis' | 'format'>): string | null {
  if (!input.audienceKpis.has('listening.mentions') && !input.audienceKpis.has('listening.share_of_voice')) return null;
  const mentions = input.kpis.get('listening.mentions');
  const unmatched = mentions?.available ? (mentions.inputs?.unmatched ?? 0) : 0;
  const listened = mentions?.inputs?.listened ?? 0;
  if (unmatched <= 0 || listened <= 0) return null;
  const f = input.format;
  return f.t.story.notes.unmatched({ unmatched: f.count(unmatched), listened: f.count(listened), share: f.percent(unmatched / listened), all: unmatched === listened });
}

/** What the figures do that needs one sentence to read rightly (sentiments moving apart), for the audiences that see both figures. */
export function storyExplanations(input: NotesInput): string[] {
  const both = input.audienceKpis.has('listening.reputation_score') && input.audienceKpis.has('listening.net_sentiment');
  const apart = both ? sentimentsApart(input.kpis, input.previousLabel, input.format) : null;
  return apart ? [apart] : [];
}

/** The sentence on reputation and net sentiment moving apart, or null when they do not. */
export function sentimentsApart(kpis: ReadonlyMap<string, StoryKpi>, previousLabel: string, f: Format): string | null {
  const rep = kpis.get('listening.reputation_score');
  const net = kpis.get('listening.net_sentiment');
  const rc = rep?.comparisons.previous.change;
  const nc = net?.comparisons.previous.change;
  if (!rep || !net || !rc || !nc || rc.trend === 'flat' || nc.trend === 'flat' || rc.trend === nc.trend) return null;
  // Moves under half a point are noise, not a divergence to explain.
  if (Math.abs(rc.absolute) < 0.005 || Math.abs(nc.absolute) < 0.005) return null;
  // Only when at least one of the two moves is beyond chance: arrows that point apart within noise need no story.
  const real = (k: StoryKpi) => k.tone.tone !== 'neutral';
  if (!real(rep) && !real(net)) return null;
  if (rep.tone.because === 'partial' || rep.tone.because === 'few') return null;
  const now = rep.inputs;
  const before = rep.comparisons.previous.inputs;
  if (!now || !before) return null;
  const total = (x: Record<string, number>) => (x.positive ?? 0) + (x.neutral ?? 0) + (x.negative ?? 0);
  if (total(now) === 0 || total(before) === 0 || !now.negative || !before.negative) return null;
  const ratio = (x: Record<string, number>) => new Intl.NumberFormat(f.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x.positive! / x.negative!);
  return f.t.story.notes.sentimentApart({
    reputation: f.change('percent', rc),
    net: f.change('percent', nc),
    neutralNow: f.percent(now.neutral! / total(now)),
    neutralBefore: f.percent(before.neutral! / total(before)),
    previous: previousLabel,
    ratioNow: ratio(now),
    ratioBefore: ratio(before),
    reputationUp: rc.trend === 'up',
  });
}
