// "Did you mean …?": the one candidate clearly closest to what was typed, for the messages
// of resolveState and of the command line. Only error paths use it, so it never enters the
// bundle of an app that only calls isMember.

/**
 * The number of single-character edits that turn `a` into `b`: inserting, deleting or
 * replacing a character, or swapping two neighbours (the optimal string alignment distance).
 * Work stops as soon as the answer is known to exceed `limit`, which then comes back as
 * `limit + 1`.
 *
 * @internal
 */
export function editDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  let rowUp = Array.from({ length: b.length + 1 }, (_, j) => j);
  let twoRowsUp = rowUp;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const replace = rowUp[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      let distance = Math.min(rowUp[j]! + 1, row[j - 1]! + 1, replace);
      // In the first row or column a[-1] or b[-1] is undefined, which equals no character.
      const swapped = a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) distance = Math.min(distance, twoRowsUp[j - 2]! + 1);
      row.push(distance);
      smallest = Math.min(smallest, distance);
    }
    if (smallest > limit) return over;
    twoRowsUp = rowUp;
    rowUp = row;
  }
  return Math.min(rowUp[b.length]!, over);
}

/** Texts shorter than this get no suggestion: too many candidates lie one edit away. */
const SHORTEST_SUGGESTED = 3;

/**
 * How many edits a suggestion may be away from a text of `length` characters: one up to
 * five characters, two up to nine, three beyond.
 *
 * @internal
 */
export const editsAllowed = (length: number): number =>
  length < SHORTEST_SUGGESTED ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3;

/**
 * The value of the candidate clearly closest to `text`: within {@link editsAllowed} edits,
 * and strictly closer than every candidate with another value (keys of the same value may
 * tie: "Kazakstan" and "Qazaqstan" both stand for KZ). `undefined` when nothing is close
 * enough or two values are equally close, so a suggestion is never a guess between two.
 *
 * @internal
 */
export function closestMatch<Value>(
  text: string,
  candidates: Iterable<readonly [key: string, value: Value]>,
): Value | undefined {
  const allowed = editsAllowed(text.length);
  if (allowed === 0) return undefined;
  let best = allowed + 1;
  let found: Value | undefined;
  let tied = false;
  for (const [key, value] of candidates) {
    const distance = editDistance(text, key, best);
    if (distance < best) {
      best = distance;
      found = value;
      tied = false;
    } else if (distance === best && value !== found) {
      tied = true;
    }
  }
  return tied ? undefined : found;
}
