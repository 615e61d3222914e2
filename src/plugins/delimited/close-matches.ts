/**
 * "Did you mean …" suggestions for a misspelt column or field name.
 */

/**
 * Up to `limit` candidates close to `name`, closest first: same letters ignoring case, spaces and
 * punctuation; one containing the other; or a small edit distance.
 */
export function closeMatches(name: string, candidates: string[], limit = 3): string[] {
  const key = squash(name);
  const scored = candidates
    .map((candidate, index) => ({ candidate, index, score: distance(key, squash(candidate)) }))
    .filter(({ candidate, score }) => {
      const other = squash(candidate);
      const contains = key.length >= 3 && other.length >= 3 && (other.includes(key) || key.includes(other));
      return contains || score <= Math.max(1, Math.floor(Math.max(key.length, other.length) / 4));
    });
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.candidate);
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Levenshtein distance. */
export function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
