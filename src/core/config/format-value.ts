/**
 * Shows a configuration value in an error message: JSON-ish, one line, truncated.
 * `"reports"`, `3`, `["a","b"]`, `{"plugin":"csv"}`, `nothing` for a missing value.
 */

/** Longest value shown before it is cut with "…". */
export const maxShownLength = 60;

export function formatValue(value: unknown, max = maxShownLength): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  if (value instanceof RegExp) return truncate(String(value), max);
  return truncate(safeJson(value), max);
}

/** The value with its type in front, for "expected X, found Y": `string "x"`, `number 3`, `null`. */
export function formatTypedValue(value: unknown, max = maxShownLength): string {
  if (value === undefined || value === null) return formatValue(value, max);
  return `${typeName(value)} ${formatValue(value, max)}`;
}

/** A type name as a config author thinks of it. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

function safeJson(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    const json = JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'bigint') return `${v}n`;
      if (typeof v === 'function') return '[function]';
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return '[circular]';
        seen.add(v);
      }
      return v;
    });
    return json ?? String(value);
  } catch {
    return String(value);
  }
}
