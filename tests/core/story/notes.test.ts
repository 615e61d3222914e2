/**
 * The note on mentions not matched to any tracked name (src/core/story/notes.ts): said with the
 * count and share of the mentions collected, in both languages, only to audiences that see a
 * mention figure, and never when every mention was matched.
 */
import { describe, expect, it } from 'vitest';
import { createFormat } from '../../../src/core/story/format.ts';
import { unmatchedNote } from '../../../src/core/story/notes.ts';
import type { StoryKpi } from '../../../src/core/story/types.ts';

const mentions = (inputs: Record<string, number>) => new Map([['listening.mentions', { available: true, value: inputs.brand ?? 0, inputs } as unknown as StoryKpi]]);
const sees = new Set(['listening.mentions']);

describe('the note on mentions not matched', () => {
  it('says how many of the mentions collected matched no tracked name', () => {
    const f = createFormat('en-GB', 'EUR');
    expect(unmatchedNote({ kpis: mentions({ unmatched: 120, listened: 1450 }), audienceKpis: sees, format: f })).toBe(
      '120 of the 1,450 mentions collected (8.3%) name neither the brand nor a competitor or tracked topic; they are not counted as brand mentions or in share of voice.',
    );
    expect(unmatchedNote({ kpis: mentions({ unmatched: 9093, listened: 9093 }), audienceKpis: sees, format: f })).toMatch(/^None of the 9,093 mentions collected/);
    const it = createFormat('it-IT', 'EUR');
    expect(unmatchedNote({ kpis: mentions({ unmatched: 1, listened: 40 }), audienceKpis: sees, format: it })).toMatch(/^1 delle 40 menzioni raccolte \(2,5\s?%\) non nomina/);
  });

  it('says nothing when every mention matched, or to an audience that sees no mention figure', () => {
    const f = createFormat('en-GB', 'EUR');
    expect(unmatchedNote({ kpis: mentions({ unmatched: 0, listened: 10 }), audienceKpis: sees, format: f })).toBeNull();
    expect(unmatchedNote({ kpis: mentions({ unmatched: 5, listened: 10 }), audienceKpis: new Set(['selling.pipeline_value']), format: f })).toBeNull();
  });
});
