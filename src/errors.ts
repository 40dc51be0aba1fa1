/**
 * The stable reasons a csto function rejects its input.
 *
 * - `UNKNOWN_STATE`: the text is not an ISO 3166-1 code or a name csto knows.
 * - `INVALID_DATE`: the day is not a real `YYYY-MM-DD` calendar day or a valid `Date`.
 * - `INVALID_YEAR`: the year is not a whole number from 0 to 9999.
 * - `INVALID_OPTION`: an options object has an unknown key or an unknown value.
 * - `UNKNOWN_RECORD`: `noteOf` or `sourcesOf` was given something that is not a csto record.
 *
 * @see {@link CstoError}
 */
export type CstoErrorCode = "UNKNOWN_STATE" | "INVALID_DATE" | "INVALID_YEAR" | "INVALID_OPTION" | "UNKNOWN_RECORD";

/**
 * The one error type csto throws. Check `err.code`, not `instanceof`: an app
 * that loads both the ESM and the CommonJS copy of csto has two classes.
 *
 * The message always quotes the bad value, so a log line is enough to find it.
 *
 * @example
 * ```ts
 * import { CstoError, isMember } from "csto";
 * try {
 *   isMember("UZ", "2023-02-30");
 * } catch (err) {
 *   (err as CstoError).code; // => "INVALID_DATE"
 *   (err as CstoError).message; // => 'Invalid day "2023-02-30": month 02 of 2023 has no day 30.'
 * }
 * ```
 */
export class CstoError extends Error {
  /** Why the input was rejected; stable across versions. */
  readonly code: CstoErrorCode;

  /**
   * @param code - the stable reason, see {@link CstoErrorCode}
   * @param message - a sentence that quotes the bad value
   */
  constructor(code: CstoErrorCode, message: string) {
    super(message);
    this.name = "CstoError";
    this.code = code;
  }
}

/**
 * Describes any value for an error message without ever throwing: symbols,
 * objects without a prototype and proxies cannot be turned into text with a
 * template literal, and a message must not fail while reporting a failure.
 *
 * @internal
 */
export function describe(value: unknown): string {
  try {
    if (typeof value === "string") return JSON.stringify(clip(value));
    if (typeof value === "bigint") return `${value}n`;
    if (typeof value === "function") return "a function";
    // number, boolean, undefined, symbol and null: String() names each exactly.
    if (typeof value !== "object" || value === null) return String(value);
    let time: number | undefined;
    try {
      // The time of a Date from any realm (instanceof fails across realms).
      time = Date.prototype.getTime.call(value);
    } catch {
      // Not a Date: time stays undefined.
    }
    if (time !== undefined) return `Date(${Number.isNaN(time) ? "Invalid Date" : new Date(time).toISOString()})`;
    const isArray = Array.isArray(value);
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      // A cycle or a bigint inside, or a throwing toJSON: say what it is made of instead.
      if (isArray) return `an array of ${value.length} items`;
      const keys = Object.keys(value);
      return keys.length === 0
        ? "an object JSON cannot show"
        : `an object with the keys ${clip(keys.map((key) => JSON.stringify(key)).join(", "))}`;
    }
    return `${isArray ? "an array" : "an object"} ${clip(json ?? "")}`.trim();
  } catch {
    return "an unprintable value";
  }
}

/** At most 60 characters of a text, with an ellipsis where it was cut. */
const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
