/**
 * "Did you mean …?": the known name nearest to a typo, by optimal string alignment distance
 * (Levenshtein plus the swap of two neighbouring letters as one edit, so `nmae` is one edit from
 * `name`), case-insensitive. A name is suggested only when it is near enough: at most a third of
 * the typo's length (at least one edit). Small and dependency-free: the lists it searches are a
 * few dozen names (config keys, KPI ids, column headers).
 */

/** The known name nearest to `typo`, if it is near enough. */
export function closest(typo: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(typo.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(typo.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= limit ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
