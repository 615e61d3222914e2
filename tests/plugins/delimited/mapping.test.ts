import { describe, expect, it } from 'vitest';
import { closeMatches } from '../../../src/plugins/delimited/close-matches.ts';
import { checkMappingFields, referencedColumns, resolveMapping } from '../../../src/plugins/delimited/mapping.ts';
import type { FieldMapping } from '../../../src/plugins/delimited/options.ts';

const header = ['Date', 'Network', 'Profile', 'Post Text', 'Likes', 'Comments', 'Shares', 'Link'];
const place = { file: 'exports/posts.csv', headerLine: 3 };
const base: Record<string, FieldMapping> = { published_at: 'Date', platform: 'Network' };
const resolve = (extra: Record<string, FieldMapping>, entity = 'posts') => resolveMapping(entity, { ...base, ...extra }, header, place);
const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as { code: string; details: Record<string, unknown>; place: Record<string, unknown> };
  }
  throw new Error('expected an error');
};

describe('resolveMapping', () => {
  it('matches columns case-insensitively and ignoring surrounding spaces, giving exact header names', () => {
    const { columns } = resolve({ text: ' post text ', likes: { column: 'LIKES' } });
    expect(columns).toEqual({
      likes: { column: 'Likes' },
      platform: { column: 'Network' },
      published_at: { column: 'Date' },
      text: { column: 'Post Text' },
    });
  });

  it('prefers the exact spelling when two columns differ only in case', () => {
    const { columns } = resolveMapping('posts', { published_at: 'date', platform: { value: 'x' } }, ['Date', 'date_2', 'date'], place);
    expect(columns['published_at']).toEqual({ column: 'date' });
  });

  it('turns a format string into a list and keeps map, pattern and split', () => {
    const { columns } = resolve({
      published_at: { column: 'date', format: '%d/%m/%Y %H:%M' },
      post_type: { column: 'Link', map: { Photo: 'photo' } },
      account_id: { column: 'Profile', pattern: 'id=(\\d+)' },
      hashtags: { column: 'Post Text', split: ' ' },
    });
    expect(columns['published_at']).toEqual({ column: 'Date', format: ['%d/%m/%Y %H:%M'] });
    expect(columns['post_type']).toEqual({ column: 'Link', map: { Photo: 'photo' } });
    expect(columns['account_id']).toEqual({ column: 'Profile', pattern: 'id=(\\d+)' });
    expect(columns['hashtags']).toEqual({ column: 'Post Text', split: ' ' });
  });

  it('resolves templates, hashes and sums to exact names; "*" hashes every column', () => {
    const { columns } = resolve({
      account_id: { template: '{network}:{ PROFILE }' },
      id: { hash: ['*'] },
      engagements: { sum: ['likes', 'Comments', 'shares'] },
      paid: { value: false },
    });
    expect(columns['account_id']).toEqual({ template: '{Network}:{Profile}' });
    expect(columns['id']).toEqual({ hash: header });
    expect(columns['engagements']).toEqual({ sum: ['Likes', 'Comments', 'Shares'] });
    expect(columns['paid']).toEqual({ value: false });
    expect(resolve({ id: { hash: ['Network', 'link'] } }).columns['id']).toEqual({ hash: ['Network', 'Link'] });
  });

  it('CADENCE_CSV_MISSING_COLUMN names the column, the file and header line, with close matches', () => {
    const e = errorOf(() => resolve({ likes: 'Like' }));
    expect(e.code).toBe('CADENCE_CSV_MISSING_COLUMN');
    expect(e.place).toEqual({ file: 'exports/posts.csv', line: 3 });
    expect(e.details).toMatchObject({ column: 'Like', field: 'likes', suggestions: ['Likes'] });
  });

  it.each([
    [{ account_id: { template: '{Network}:{Handle}' } }],
    [{ id: { hash: ['Network', 'Post Id'] } }],
    [{ engagements: { sum: ['Likes', 'Reactions'] } }],
    [{ text: { column: 'Body' } }],
  ] as Record<string, FieldMapping>[][])('CADENCE_CSV_MISSING_COLUMN for a missing column in %j', (extra) => {
    expect(errorOf(() => resolve(extra)).code).toBe('CADENCE_CSV_MISSING_COLUMN');
  });

  it('CADENCE_CSV_MAPPING_INVALID for a field the entity lacks, listing the valid fields', () => {
    const e = errorOf(() => resolve({ like_count: 'Likes' }));
    expect(e.code).toBe('CADENCE_CSV_MAPPING_INVALID');
    expect(e.details['field']).toBe('like_count');
    expect(e.details['fields']).toContain('likes');
  });

  it('CADENCE_CSV_MAPPING_INVALID for a required field left out or set to null; id is not required', () => {
    expect(errorOf(() => resolveMapping('posts', { published_at: 'Date' }, header, place))).toMatchObject({
      code: 'CADENCE_CSV_MAPPING_INVALID',
      details: { missing: ['platform'] },
    });
    expect(errorOf(() => resolve({ platform: { value: null } })).code).toBe('CADENCE_CSV_MAPPING_INVALID');
    expect(() => resolve({})).not.toThrow();
  });

  it('CADENCE_CSV_MAPPING_INVALID for a pattern that is invalid or keeps nothing', () => {
    expect(errorOf(() => resolve({ account_id: { column: 'Profile', pattern: '(' } })).code).toBe('CADENCE_CSV_MAPPING_INVALID');
    expect(errorOf(() => resolve({ account_id: { column: 'Profile', pattern: 'id=\\d+' } })).code).toBe('CADENCE_CSV_MAPPING_INVALID');
  });

  it('warns about an id made from unmapped natural-key fields and misplaced options', () => {
    const { warnings } = resolve({ likes: { column: 'Likes', format: '%Y' } });
    expect(warnings.join('\n')).toMatch(/url/);
    expect(warnings.join('\n')).toMatch(/likes has a `format`/);
    expect(resolve({ id: 'Link' }).warnings).toEqual([]);
  });
});

describe('checkMappingFields', () => {
  it('checks the entity side without a file', () => {
    expect(errorOf(() => checkMappingFields('web_sessions', { date: 'Day' })).code).toBe('CADENCE_CSV_MAPPING_INVALID');
    expect(errorOf(() => checkMappingFields('nope', {})).code).toBe('CADENCE_CSV_MAPPING_INVALID');
  });
});

describe('referencedColumns', () => {
  it('lists every column a mapping names, once', () => {
    expect(
      referencedColumns({
        a: 'Date',
        b: { column: 'Likes' },
        c: { template: '{Network}/{Profile}' },
        d: { hash: ['*', 'Date'] },
        e: { sum: ['Likes', 'Shares'] },
        f: { value: 1 },
      }),
    ).toEqual(['Date', 'Likes', 'Network', 'Profile', 'Shares']);
  });
});

describe('closeMatches', () => {
  it('suggests near spellings, closest first', () => {
    expect(closeMatches('Sesions', ['Page', 'Sessions', 'Users'])).toEqual(['Sessions']);
    expect(closeMatches('post_text', header)).toEqual(['Post Text']);
    expect(closeMatches('Reach', ['Reach (new)', 'Impressions'])).toEqual(['Reach (new)']);
    expect(closeMatches('xyz', header)).toEqual([]);
  });
});
