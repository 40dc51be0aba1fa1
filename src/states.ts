import { CHAR_CODE_A, isoCodes, LETTERS } from "./codes";
import { CstoError, describe } from "./errors";
import { type Alpha2Code, type Alpha3Code, PARTICIPANTS } from "./generated/codes";
import { LANGUAGE_LIST } from "./generated/languages";
import { DISSOLVED, LONGEST_NAME_INPUT, NAME_INDEX } from "./generated/name-index";
import { dissolvedStates, otherCountries, states } from "./generated/tables";
import { nameKey } from "./names";
import { closestMatch } from "./suggest";
import type { State } from "./types";

/**
 * Every way of writing `Text` in upper- and lower-case letters: `AnyCase<"UZ">` is
 * `"UZ" | "Uz" | "uZ" | "uz"`. {@link StateCode} is built from it.
 */
export type AnyCase<Text extends string> = Text extends `${infer First}${infer Rest}`
  ? `${Uppercase<First> | Lowercase<First>}${AnyCase<Rest>}`
  : Text;

/**
 * The codes in mixed case (`"Uz"`, `"uZb"`). Intersected with an empty object type only so
 * that editors leave them out of their suggestions, which then list each code twice rather
 * than up to eight times; a literal such as `"Uz"` is still accepted.
 */
export type MixedCaseCode = Exclude<
  AnyCase<Alpha2Code> | AnyCase<Alpha3Code>,
  Alpha2Code | Alpha3Code | Lowercase<Alpha2Code | Alpha3Code>
> &
  Record<never, never>;

/**
 * Any ISO 3166-1 alpha-2 or alpha-3 code in any case: `"UZ"`, `"uzb"`, `"Uz"`. A typo
 * such as `"ZZZ"` is a compile error; a `string` from outside goes through
 * {@link resolveState} first. Editors suggest the upper- and lower-case forms.
 */
export type StateCode = Alpha2Code | Alpha3Code | Lowercase<Alpha2Code> | Lowercase<Alpha3Code> | MixedCaseCode;

/** What the dated helpers accept as a state: a {@link StateCode} or a record with a `code`. */
export type StateInput = StateCode | Pick<State, "code">;

// Two kinds of index, never mixed up:
// - a *position*: where a code stands in the sorted list of every ISO 3166-1 alpha-2 code
//   (0 for "AD"), which every country has;
// - a *participant*: where a state stands in data/states.json (0 for "AM"), which only the
//   states that ever took part have. NOT_A_PARTICIPANT marks the others.

/** The participant index of a real ISO country that never took part. */
export const NOT_A_PARTICIPANT = -1;
/** In LETTER_PAIRS: two letters that are no ISO 3166-1 alpha-2 code. */
const NO_CODE = -2;
/** The bit that tells a lower-case ASCII letter from its upper-case form ("a" is "A" | 0x20). */
const LOWER_CASE_BIT = 0x20;

/** The code tables, built on first use from the compact lists the build writes. */
interface CodeTables {
  /** Every alpha-2 code, by position. */
  readonly alpha2: readonly Alpha2Code[];
  /** Every code, alpha-2 and alpha-3, upper case → its position. A Map: "__proto__" matches nothing. */
  readonly positionOf: ReadonlyMap<string, number>;
  /** The participant index of each position, or NOT_A_PARTICIPANT. */
  readonly participantAt: Int8Array;
  /**
   * For each pair of letters AA..ZZ, at (first * 26 + second) with A = 0: the participant
   * index, NOT_A_PARTICIPANT, or NO_CODE. Lets isMember answer a two-letter code without
   * hashing the string.
   */
  readonly letterPairs: Int8Array;
}

let codeTables: CodeTables | undefined;

function buildCodeTables(): CodeTables {
  const [alpha2, alpha3] = isoCodes();
  const positionOf = new Map<string, number>();
  const participantAt = new Int8Array(alpha2.length);
  const letterPairs = new Int8Array(LETTERS * LETTERS).fill(NO_CODE);
  alpha2.forEach((code, position) => {
    positionOf.set(code, position).set(alpha3[position]!, position);
    participantAt[position] = PARTICIPANTS.indexOf(code as (typeof PARTICIPANTS)[number]);
    const pair = (code.charCodeAt(0) - CHAR_CODE_A) * LETTERS + (code.charCodeAt(1) - CHAR_CODE_A);
    letterPairs[pair] = participantAt[position]!;
  });
  return { alpha2: alpha2 as Alpha2Code[], positionOf, participantAt, letterPairs };
}

/** The code tables, built once. @internal */
export const getCodeTables = (): CodeTables => (codeTables ??= buildCodeTables());

// Letters only, checked before upper-casing: Unicode case mapping would turn "ß" into "SS".
const CODE_SHAPE = /^[A-Za-z]{2,3}$/;

const NOT_A_CODE = 'not an ISO 3166-1 code such as "UZ" or "UZB" (names go through resolveState)';

const unknownState = (value: unknown, reason: string) =>
  new CstoError("UNKNOWN_STATE", `Unknown state ${describe(value)}: ${reason}.`);

/** The position of a code in any case, or undefined. */
function findPosition(text: string): number | undefined {
  const { positionOf } = getCodeTables();
  const found = positionOf.get(text);
  if (found !== undefined || !CODE_SHAPE.test(text)) return found;
  return positionOf.get(text.toUpperCase());
}

/**
 * The one state resolver of the dated helpers: a code in any case, or a record with a `code`,
 * → its position. Throws `UNKNOWN_STATE` for anything else.
 *
 * @internal
 */
export function positionOf(input: unknown): number {
  let code = input;
  if (typeof input === "object") {
    try {
      code = Object.hasOwn(input as object, "code") ? (input as { code: unknown }).code : undefined;
    } catch {
      // null, a revoked proxy or a throwing trap: code stays the object, which is no string.
    }
  }
  const found = typeof code === "string" ? findPosition(code) : undefined;
  if (found !== undefined) return found;
  throw unknownState(input, NOT_A_CODE);
}

/**
 * The participant index of a state, or NOT_A_PARTICIPANT: the same answer as
 * `getCodeTables().participantAt[positionOf(input)]`, and the same errors. A two-letter
 * string (isMember's common case, on hot paths) is answered from the letter pairs by
 * arithmetic instead of hashing the string.
 *
 * @internal
 */
export function participantOf(input: unknown): number {
  const tables = getCodeTables();
  if (typeof input === "string" && input.length === 2) {
    // A..Z → 0..25, and a..z too (clearing LOWER_CASE_BIT); anything else lands outside 0..25.
    const first = (input.charCodeAt(0) & ~LOWER_CASE_BIT) - CHAR_CODE_A;
    const second = (input.charCodeAt(1) & ~LOWER_CASE_BIT) - CHAR_CODE_A;
    const isLetters = first >= 0 && first < LETTERS && second >= 0 && second < LETTERS;
    const participant = isLetters ? tables.letterPairs[first * LETTERS + second]! : NO_CODE;
    if (participant === NO_CODE) throw unknownState(input, NOT_A_CODE);
    return participant;
  }
  return tables.participantAt[positionOf(input)]!;
}

let recordByCode: Map<string, State> | undefined;
let codesByName: Map<string, string> | undefined;

function recordOf(code: string): State {
  recordByCode ??= new Map([...states(), ...otherCountries()].map((record) => [record.code, record]));
  return recordByCode.get(code)!;
}

/** Every name in compared form → "CODE", "CD CG" (two countries) or "!SU" (a dissolved state). */
const nameIndex = (): Map<string, string> =>
  (codesByName ??= new Map(NAME_INDEX.split("|").map((entry) => entry.split("=") as [string, string])));

/** The names of one country each, as candidates for "did you mean". */
function* suggestible(): Generator<readonly [string, string]> {
  for (const entry of nameIndex()) if (!entry[1].includes(" ") && !entry[1].startsWith(DISSOLVED)) yield entry;
}

const withCode = (record: { code: string; names: { en: string } }) => `${record.names.en} (${record.code})`;

/** Why a name csto does not know is refused, with the country it is clearly closest to, if any. */
function unknownName(text: string, key: string): CstoError {
  const known = `not an ISO 3166-1 code, nor a name csto knows in ${LANGUAGE_LIST}`;
  const closest = closestMatch(key, suggestible());
  return closest === undefined
    ? unknownState(text, known)
    : new CstoError(
        "UNKNOWN_STATE",
        `Unknown state ${describe(text)}: ${known}. Did you mean ${withCode(recordOf(closest))}?`,
      );
}

/** Why the name of a dissolved state is refused: it names the successors that took part instead. */
function dissolvedName(text: string, code: string): CstoError {
  const dissolved = dissolvedStates().find((record) => record.code === code)!;
  const parties = states().filter((state) => dissolved.successors.includes(state.code));
  return unknownState(
    text,
    `the ${dissolved.names.en} (${code}) no longer exists; the parties to the treaty were states that succeeded it: ${parties.map(withCode).join(", ")}. Pass one of them`,
  );
}

/**
 * Turns what a person typed into a state record: an ISO 3166-1 alpha-2 or alpha-3 code in
 * any case, or a name in any language of `dataset.languages` (English, Russian, German), with
 * or without accents, apostrophes and in any case, including the variants people use: older
 * and historical forms (Byelorussia, Kirghizia, Tadzhikistan, Kazakstan), colloquial ones
 * (Белоруссия, РФ, Weißrussland) and the states' own names (Qazaqstan, Oʻzbekiston, Hayastan),
 * each with a source in `data/`. Surrounding spaces are ignored.
 *
 * It knows every ISO 3166-1 country, not only the nine that took part: pass the result to
 * {@link isMember} and a state that never belonged is simply `false`.
 *
 * @param text - a code or a name
 * @returns the record from `dataset.states` (the nine participants) or `dataset.otherCountries`
 * @throws {@link CstoError} `UNKNOWN_STATE` when the text is not a string, is empty or longer
 *   than any name, names no country csto knows (the message then suggests the one name it is
 *   clearly closest to, if there is one), names two countries (`"Congo"`), or names a state
 *   that no longer exists (`"USSR"`: the message names its successors that took part).
 *
 * @example
 * ```ts
 * import { resolveState } from "csto";
 * resolveState("Белоруссия").code; // => "BY"
 * resolveState("weissrussland").code; // => "BY"
 * resolveState("Kirghizia").code; // => "KG"
 * resolveState("O'zbekiston").code; // => "UZ"
 * resolveState("Kyrgyz Republic").names.de; // => "Kirgisistan"
 * resolveState("uzb").names.ru; // => "Узбекистан"
 * resolveState("Frankreich").code; // => "FR"
 * ```
 *
 * @example
 * ```ts
 * import { CstoError, resolveState } from "csto";
 * try {
 *   resolveState("Kazakstn");
 * } catch (err) {
 *   (err as CstoError).message.endsWith("Did you mean Kazakhstan (KZ)?"); // => true
 * }
 * ```
 */
export function resolveState(text: string): State {
  if (typeof text !== "string") throw unknownState(text, "expected a code or a name as a string");
  // Checked before any other work, so that a huge text costs nothing.
  if (text.length > LONGEST_NAME_INPUT) {
    throw unknownState(text, `longer than any name csto knows (it compares at most ${LONGEST_NAME_INPUT} characters)`);
  }
  const trimmed = text.trim();
  const position = findPosition(trimmed);
  if (position !== undefined) return recordOf(getCodeTables().alpha2[position]!);
  const key = nameKey(trimmed);
  if (key === "") throw unknownState(text, "expected a code or a name, got no letters");
  const codes = nameIndex().get(key);
  if (codes === undefined) throw unknownName(text, key);
  if (codes.startsWith(DISSOLVED)) throw dissolvedName(text, codes.slice(DISSOLVED.length));
  if (codes.includes(" ")) {
    throw unknownState(text, `the name fits more than one country (${codes.split(" ").join(", ")}); pass a code`);
  }
  return recordOf(codes);
}
