import { ALPHA3_DIFF, TWO_LETTER } from "./generated/codes";

/**
 * Every ISO 3166-1 alpha-2 code (sorted) and the alpha-3 code of each, unpacked from the
 * compact lists the build writes: the TWO_LETTER table (a character for each of AA..ZZ)
 * and, for alpha-3, only what differs from alpha-2 (most add one letter: FR → FRA). A
 * fraction of the bytes of the plain lists, which matters in the bundle of an app that
 * only calls isMember.
 *
 * @internal
 */
export function isoCodes(): [alpha2: string[], alpha3: string[]] {
  const alpha2: string[] = [];
  for (let i = 0; i < 676; i++) {
    if (TWO_LETTER[i] !== " ") alpha2.push(String.fromCharCode(65 + ((i / 26) | 0), 65 + (i % 26)));
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
