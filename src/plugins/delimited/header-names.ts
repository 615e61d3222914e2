/**
 * Column names as Cadence reports them, made unique the way SQL needs them (DuckDB compares
 * identifiers case-insensitively).
 */

/**
 * Trims each header cell and keeps its exact text; an empty cell becomes `column_<n>` (n is the
 * 1-based position) and a repeated name (case-insensitive) gets `_2`, `_3`, … .
 */
export function headerNames(cells: string[]): string[] {
  const taken = new Set<string>();
  return cells.map((cell, i) => {
    const base = cell.trim() || `column_${i + 1}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
