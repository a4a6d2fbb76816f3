/** Levenshtein distance: the fewest single-character insertions, deletions or substitutions from a to b. */
export function editDistance(a: string, b: string): number {
  return editDistanceWithin(a, b, Math.max(a.length, b.length));
}

/**
 * The edit distance from a to b when it is at most `limit`, otherwise `limit + 1`. Only the diagonal band
 * of width `2 * limit + 1` is computed, and the work stops as soon as every cell in a row exceeds the
 * limit, so comparing a word with a long string costs O(limit × length) at most, never length².
 */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : over));
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(over);
    current[0] = i <= limit ? i : over;
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    let best = current[0];
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return over;
    previous = current;
  }
  return Math.min(previous[b.length]!, over);
}
