import { ALPHA2_MASK, ALPHA3_DIFF } from "./generated/codes";

/** The mark of ALPHA2_MASK for a pair of letters that is a code (scripts/generate.ts writes it). */
const CODE = ".";
/** How many letters a code's letter can be (A..Z), and the character code of "A". @internal */
export const LETTERS = 26;
/** @internal */
export const CHAR_CODE_A = 65;
const ALPHA3_LENGTH = 3;

/**
 * Every ISO 3166-1 alpha-2 code (sorted) and the alpha-3 code of each, unpacked from the
 * compact lists the build writes: a mask of the pairs of letters that are codes, and for
 * alpha-3 only what differs from alpha-2 (most add one letter: FR → FRA, written "a"). A
 * fraction of the bytes of the plain lists, which matters in the bundle of an app that only
 * calls isMember.
 *
 * @internal
 */
export function isoCodes(): [alpha2: string[], alpha3: string[]] {
  const alpha2: string[] = [];
  for (let pair = 0; pair < ALPHA2_MASK.length; pair++) {
    const first = Math.floor(pair / LETTERS);
    const second = pair % LETTERS;
    if (ALPHA2_MASK[pair] === CODE) alpha2.push(String.fromCharCode(CHAR_CODE_A + first, CHAR_CODE_A + second));
  }
  const alpha3: string[] = [];
  let at = 0;
  for (const code of alpha2) {
    const letter = ALPHA3_DIFF[at]!;
    const isAddedLetter = letter !== letter.toUpperCase();
    alpha3.push(isAddedLetter ? code + letter.toUpperCase() : ALPHA3_DIFF.slice(at, at + ALPHA3_LENGTH));
    at += isAddedLetter ? 1 : ALPHA3_LENGTH;
  }
  return [alpha2, alpha3];
}
