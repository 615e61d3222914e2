/**
 * Talkwalker result documents: reading them out of a search response, and flattening each to the
 * dotted names an export uses (`extra_author_attributes.name`), so that one mapping describes both.
 */
import type { FlatRow } from '../mention-fields.ts';
import type { Envelope } from './client.ts';

/**
 * The documents of a search response (`result_content.data[].data`), or undefined when the
 * response does not have that shape.
 */
export function documentsOf(envelope: Envelope): Record<string, unknown>[] | undefined {
  const content = envelope.result_content as { data?: unknown } | undefined;
  if (!content || typeof content !== 'object') return undefined;
  // An empty result may come without a data list.
  if (content.data === undefined) return [];
  if (!Array.isArray(content.data)) return undefined;
  const docs: Record<string, unknown>[] = [];
  for (const item of content.data) {
    const doc = (item as { data?: unknown } | null)?.data;
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
    docs.push(doc as Record<string, unknown>);
  }
  return docs;
}

/** The total number of results the query matches, when the response says. */
export function totalOf(envelope: Envelope): number | undefined {
  const total = (envelope.pagination as { total?: unknown } | undefined)?.total;
  return typeof total === 'number' ? total : undefined;
}

/**
 * Nested objects become dotted names; lists of values are joined with commas, as in an export
 * (`source_type`: "SOCIALMEDIA,SOCIALMEDIA_TWITTER"); lists of objects give one joined list per
 * key (`images.url`).
 */
export function flatten(doc: Record<string, unknown>, prefix = '', out: FlatRow = {}): FlatRow {
  for (const [key, value] of Object.entries(doc)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.every((v) => v === null || typeof v !== 'object')) {
        out[name] = value.filter((v) => v !== null).join(',');
      } else {
        const lists = new Map<string, string[]>();
        for (const item of value) {
          if (!item || typeof item !== 'object') continue;
          for (const [k, v] of Object.entries(flatten(item as Record<string, unknown>))) {
            if (v !== null) lists.set(k, [...(lists.get(k) ?? []), String(v)]);
          }
        }
        for (const [k, list] of lists) out[`${name}.${k}`] = list.join(',');
      }
    } else if (typeof value === 'object') {
      flatten(value as Record<string, unknown>, name, out);
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      out[name] = value;
    }
  }
  return out;
}
