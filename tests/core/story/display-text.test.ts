import { describe, expect, it } from 'vitest';
import { cleanText, DISPLAY_LIMITS, displayIsolated, displayText, ELLIPSIS, FSI, isolate, PDI, shorten } from '../../../src/core/story/display-text.ts';

const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const bidi = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

describe('display text', () => {
  it('removes control bytes (C0, DEL, C1) and makes line breaks and tabs plain whitespace', () => {
    const raw = 'a\x01b\x02c\x07d\x08e\x0bf\x0cg\x1bh\x7fi\u0085j\u009fk\x00l';
    const shown = displayText(raw, 'name');
    expect(shown).toBe('abcdefghijkl');
    expect(controls.test(shown)).toBe(false);
    expect(displayText('Ada\n\tLovelace\r\n', 'name')).toBe('Ada Lovelace');
    expect(displayText('one\r\ntwo\t three\n\n\n\nfour\u2028five', 'text')).toBe('one\ntwo three\n\nfour\nfive');
    expect(cleanText('\uD800x\uDC00')).toBe('\uFFFDx\uFFFD');
    expect(cleanText('😀')).toBe('😀');
  });

  it('strips direction overrides so an RTL override cannot reverse a name, and isolates it', () => {
    const raw = '\u202Egnp.exe\u202C Mallory';
    expect(displayText(raw, 'name')).toBe('gnp.exe Mallory');
    expect(displayText('\u2066a\u2067b\u2068c\u2069\u200Ed\u200Fe\u202Af\u202Bg\u202Dh', 'name')).toBe('abcdefgh');
    const isolated = displayIsolated(raw, 'name');
    expect(isolated).toBe(`${FSI}gnp.exe Mallory${PDI}`);
    expect(bidi.test(isolated.slice(1, -1))).toBe(false);
    // Right-to-left letters stay; only the controls go.
    expect(displayText('\u202Bשלום\u202C', 'name')).toBe('שלום');
    expect(isolate('')).toBe('');
  });

  it('shortens a 204,800-character name to the name limit with an ellipsis', () => {
    const raw = 'A'.repeat(204_800);
    const started = performance.now();
    const shown = displayText(raw, 'name');
    const ms = performance.now() - started;
    expect(shown).toBe(`${'A'.repeat(DISPLAY_LIMITS.name - 1)}${ELLIPSIS}`);
    expect(graphemes(shown)).toHaveLength(80);
    expect(ms).toBeLessThan(200);
    // A value at the limit is left whole.
    expect(displayText('B'.repeat(80), 'name')).toBe('B'.repeat(80));
    expect(displayText('B'.repeat(81), 'name')).toHaveLength(80);
  });

  it('never cuts an emoji, a flag or a combining letter in half', () => {
    const family = '👨‍👩‍👧‍👦';
    const raw = `${'x'.repeat(78)}${family}${family}${family}`;
    const shown = displayText(raw, 'name');
    expect(shown).toBe(`${'x'.repeat(78)}${family}${ELLIPSIS}`);
    for (const g of graphemes(displayText('🇫🇷'.repeat(100), 'hashtag'))) expect(['🇫🇷', ELLIPSIS]).toContain(g);
    expect(graphemes(displayText('🇫🇷'.repeat(100), 'hashtag'))).toHaveLength(DISPLAY_LIMITS.hashtag);
    const accented = 'e\u0301'.repeat(100);
    const cut = shorten(accented, 10);
    expect(cut).toBe(`${'e\u0301'.repeat(9)}${ELLIPSIS}`);
    // No lone surrogate in any cut of a run of astral emoji.
    for (let n = 1; n < 20; n++) expect(shorten('😀'.repeat(30), n)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('bounds a single huge grapheme (a letter with thousands of combining marks)', () => {
    const zalgo = `a${'\u0301'.repeat(100_000)} tail`;
    const shown = displayText(zalgo, 'name');
    expect(shown.length).toBeLessThanOrEqual(DISPLAY_LIMITS.name * 8);
    expect(shown.endsWith(ELLIPSIS)).toBe(true);
  });

  it('shortens a long URL for display (the full URL stays for the link)', () => {
    const url = `https://news.example/${'path/'.repeat(100)}?q=1`;
    const shown = displayText(url, 'url');
    expect(graphemes(shown)).toHaveLength(DISPLAY_LIMITS.url);
    expect(shown.startsWith('https://news.example/path/')).toBe(true);
    expect(shown.endsWith(ELLIPSIS)).toBe(true);
    expect(url.length).toBeGreaterThan(500);
  });

  it('keeps titles and texts to their own lengths and shows nothing for no value', () => {
    expect(graphemes(displayText('t'.repeat(1000), 'title'))).toHaveLength(DISPLAY_LIMITS.title);
    expect(graphemes(displayText('w '.repeat(1000), 'text'))).toHaveLength(DISPLAY_LIMITS.text);
    expect(displayText('w '.repeat(1000), 'text').endsWith(`w${ELLIPSIS}`)).toBe(true);
    expect(displayText(null, 'name')).toBe('');
    expect(displayText(undefined, 'name')).toBe('');
    expect(displayText('  Ada  ', 'name')).toBe('Ada');
  });
});
