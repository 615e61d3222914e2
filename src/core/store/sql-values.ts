/**
 * Values that SQL needs but that must never become SQL text: file paths and names, header names,
 * a mapping's `map`, `value`, `default`, `pattern`, `template` text and formats, time zones,
 * source names. Each value gets a DuckDB variable, set with a bound parameter
 * (`SET VARIABLE name = ?`), and the SQL reads it with `getvariable('name')` — which DuckDB folds
 * into a constant when it binds the query, so a pattern, a strptime format or a `read_csv` option
 * read this way costs nothing per row. Quotes, NUL bytes and SQL fragments in a value stay data.
 *
 * One instance per query being built (variables are named `<prefix>_<n>` and live on the
 * connection); `bind` sets the variables queued since the last call, and must run before the SQL
 * that reads them.
 */
import type { Duck } from './duckdb.ts';

export class SqlValues {
  private readonly names = new Map<string, string>();
  private queued: { sql: string; params: unknown[] }[] = [];
  private count = 0;

  /** `prefix`: a plain identifier (letters, digits, _), distinct among builders alive on one connection. */
  constructor(private readonly prefix: string) {
    if (!/^[a-z_][a-z0-9_]*$/i.test(prefix)) throw new Error(`bad variable prefix ${prefix}`);
  }

  private next(): string {
    return `${this.prefix}_${++this.count}`;
  }

  /** SQL reading the text `value` (NULL for null). The same value reuses its variable. */
  text(value: string | null): string {
    if (value === null) return 'CAST(NULL AS VARCHAR)';
    let name = this.names.get(value);
    if (!name) {
      name = this.next();
      this.names.set(value, name);
      this.queued.push({ sql: `SET VARIABLE ${name} = CAST(? AS VARCHAR)`, params: [value] });
    }
    return `getvariable('${name}')`;
  }

  /** SQL reading a MAP(VARCHAR, VARCHAR) of these entries (null values are NULL). */
  map(entries: [string, string | null][]): string {
    const name = this.next();
    const slots = entries.map(() => 'CAST(? AS VARCHAR)').join(', ');
    this.queued.push({ sql: `SET VARIABLE ${name} = MAP([${slots}], [${slots}])`, params: [...entries.map(([k]) => k), ...entries.map(([, v]) => v)] });
    return `getvariable('${name}')`;
  }

  /** Sets the variables queued so far on `duck`'s connection. */
  async bind(duck: Duck): Promise<void> {
    for (const { sql, params } of this.queued.splice(0)) await duck.run(sql, params);
  }
}
