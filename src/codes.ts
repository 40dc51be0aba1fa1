import { ALPHA2_BITS, ALPHA3_DIFF } from "./generated/codes";

/**
 * Every ISO 3166-1 alpha-2 code (sorted) and the alpha-3 code of each, unpacked from the
 * compact lists the build writes: a bitset for alpha-2, and for alpha-3 only what differs
 * from alpha-2 (most add one letter: FR → FRA). The two lists are a quarter of the size of
 * the plain codes, which matters in the bundle of an app that only calls isMember.
 *
 * @internal
 */
export function isoCodes(): [alpha2: string[], alpha3: string[]] {
  const bits = atob(ALPHA2_BITS);
  const alpha2: string[] = [];
  for (let bit = 0; bit < 676; bit++) {
    if ((bits.charCodeAt(bit >> 3) >> (bit & 7)) & 1) alpha2.push(String.fromCharCode(65 + ((bit / 26) | 0), 65 + (bit % 26)));
  }
  const alpha3: string[] = [];
  let at = 0;
  for (const code of alpha2) {
    const letter = ALPHA3_DIFF[at]!;
    const lower = letter !== letter.toUpperCase();
    alpha3.push(lower ? code + letter.toUpperCase() : ALPHA3_DIFF.slice(at, at + 3));
    at += lower ? 1 : 3;
  }
  return [alpha2, alpha3];
}
