import { CstoError, describe } from "./errors";
import { isoCodes } from "./codes";
import { TWO_LETTER, type Alpha2Code, type Alpha3Code } from "./generated/codes";
import { NAME_INDEX } from "./generated/name-index";
import { otherCountries } from "./generated/other-countries";
import { states } from "./generated/states";
import { nameKey } from "./names";
import type { State } from "./schema";

/**
 * Any ISO 3166-1 alpha-2 or alpha-3 code, in upper or lower case (`"UZ"`, `"uzb"`).
 * A typo such as `"ZZZ"` is a compile error; a `string` from outside goes through
 * {@link resolveState} first.
 */
export type StateCode = Alpha2Code | Alpha3Code | Lowercase<Alpha2Code> | Lowercase<Alpha3Code>;

/** What the dated helpers accept as a state: a {@link StateCode} or a record with a `code`. */
export type StateInput = StateCode | Pick<State, "code">;

// Codes are looked up in a Map, never on a plain object, so "__proto__" or "toString"
// can never match an inherited property. The maps are built on first use, not on import.
let codeIndex: Map<string, number> | undefined;
let participantAt: number[] | undefined;
let alpha2Codes: string[] | undefined;

let recordByCode: Map<string, State> | undefined;
let nameIndex: Map<string, string> | undefined;

/** Every code (upper case) → its position in the sorted alpha-2 list; and position → participant. */
function buildCodeIndex(): Map<string, number> {
  const index = new Map<string, number>();
  const [alpha2s, alpha3s] = isoCodes();
  alpha2s.forEach((alpha2, i) => {
    index.set(alpha2, i).set(alpha3s[i]!, i);
  });
  alpha2Codes = alpha2s;
  participantAt = alpha2s.map((code) => participantByLetters(code.charCodeAt(0) - 65, code.charCodeAt(1) - 65));
  codeIndex = index;
  return index;
}

// Letters only, checked before upper-casing: Unicode case mapping would turn "ß" into "SS".
const CODE_SHAPE = /^[A-Za-z]{2,3}$/;

const NOT_A_CODE = 'not an ISO 3166-1 code such as "UZ" or "UZB" (names go through resolveState)';

const unknownState = (value: unknown, reason: string) =>
  new CstoError("UNKNOWN_STATE", `Unknown state ${describe(value)}: ${reason}.`);

/** The position of a code in the sorted alpha-2 list, or undefined; accepts any case. */
function findCode(text: string): number | undefined {
  const index = codeIndex ?? buildCodeIndex();
  const found = index.get(text);
  if (found !== undefined || !CODE_SHAPE.test(text)) return found;
  return index.get(text.toUpperCase());
}

/**
 * The one state resolver of the dated helpers: a code in any case or a record with a
 * `code` → its position in the sorted alpha-2 list. Throws `UNKNOWN_STATE` for anything else.
 *
 * @internal
 */
export function countryIndex(input: unknown): number {
  let code = input;
  if (typeof input === "object") {
    try {
      code = Object.hasOwn(input as object, "code") ? (input as { code: unknown }).code : undefined;
    } catch {
      // null, a revoked proxy or a throwing trap: code stays the object, which is no string.
    }
  }
  const found = typeof code === "string" ? findCode(code) : undefined;
  if (found !== undefined) return found;
  throw unknownState(input, NOT_A_CODE);
}

/**
 * The participant index (order of data/states.json) at a position found by countryIndex,
 * -1 for a state that never took part.
 *
 * @internal
 */
export const participantOf = (position: number): number => participantAt![position]!;

/**
 * From TWO_LETTER, by the letters' alphabet positions (a = 0): a participant's index, -1
 * for a state that never took part, -2 for no code.
 */
function participantByLetters(first: number, second: number): number {
  const mark = TWO_LETTER.charCodeAt(first * 26 + second);
  return mark === 32 ? -2 : mark === 46 ? -1 : mark - 48;
}

/**
 * The participant index of a state: the same answer as participantOf(countryIndex(input)),
 * and the same error. The common case, a two-character string, is answered from the
 * TWO_LETTER table alone, by arithmetic instead of hashing the string (isMember sits on hot
 * paths): TWO_LETTER marks every alpha-2 code, so what it does not mark is no code.
 *
 * @internal
 */
export function participantIndex(input: unknown): number {
  if (typeof input === "string" && input.length === 2) {
    // `| 32` folds upper case into lower case; anything but a letter lands outside 0..25.
    const first = (input.charCodeAt(0) | 32) - 97;
    const second = (input.charCodeAt(1) | 32) - 97;
    const participant = first >>> 0 < 26 && second >>> 0 < 26 ? participantByLetters(first, second) : -2;
    if (participant === -2) throw unknownState(input, NOT_A_CODE);
    return participant;
  }
  return participantOf(countryIndex(input));
}

/** The upper-case alpha-2 code at a position found by countryIndex. @internal */
export const alpha2At = (position: number): Alpha2Code => alpha2Codes![position] as Alpha2Code;

function recordOf(code: string): State {
  recordByCode ??= new Map([...states(), ...otherCountries()].map((record) => [record.code, record]));
  return recordByCode.get(code)!;
}

/**
 * Turns what a person typed into a state record: an ISO 3166-1 alpha-2 or alpha-3 code in
 * any case, or a name in English, Russian or German, with or without accents, in any case,
 * including the variants people use (Белоруссия, Weißrussland, Kirgisien, Kyrgyz Republic,
 * Russian Federation). Surrounding spaces are ignored.
 *
 * It knows every ISO 3166-1 country, not only the nine that took part: pass the result to
 * {@link isMember} and a state that never belonged is simply `false`.
 *
 * @param text - a code or a name
 * @returns the record from `dataset.states` (the nine participants) or `dataset.otherCountries`
 * @throws {@link CstoError} `UNKNOWN_STATE` when the text is not a string, is empty, names no
 *   country csto knows, or names two countries (`"Congo"`): the message says which.
 *
 * @example
 * ```ts
 * import { resolveState } from "csto";
 * resolveState("Белоруссия").code; // => "BY"
 * resolveState("weissrussland").code; // => "BY"
 * resolveState("Kyrgyz Republic").names.de; // => "Kirgisistan"
 * resolveState("uzb").names.ru; // => "Узбекистан"
 * resolveState("Frankreich").code; // => "FR"
 * ```
 */
export function resolveState(text: string): State {
  if (typeof text !== "string") throw unknownState(text, "expected a code or a name as a string");
  const trimmed = text.trim();
  const position = findCode(trimmed);
  if (position !== undefined) return recordOf(alpha2At(position));
  const key = nameKey(trimmed);
  if (key === "") throw unknownState(text, "expected a code or a name, got no letters");
  nameIndex ??= new Map(NAME_INDEX.split("|").map((entry) => entry.split("=") as [string, string]));
  const codes = nameIndex.get(key);
  if (codes === undefined) {
    throw unknownState(text, "not an ISO 3166-1 code, nor a name csto knows in English, Russian or German");
  }
  if (codes.includes(" ")) {
    throw unknownState(text, `the name fits more than one country (${codes.split(" ").join(", ")}); pass a code`);
  }
  return recordOf(codes);
}
