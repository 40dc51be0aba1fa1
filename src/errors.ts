/**
 * The stable reasons a csto function rejects its input.
 *
 * - `UNKNOWN_STATE`: the text is not an ISO 3166-1 code or a name csto knows.
 * - `INVALID_DATE`: the day is not a real `YYYY-MM-DD` calendar day or a valid `Date`.
 * - `INVALID_YEAR`: the year is not a whole number from 0 to 9999.
 * - `INVALID_OPTION`: an options object has an unknown key or an unknown value.
 *
 * @see {@link CstoError}
 */
export type CstoErrorCode = "UNKNOWN_STATE" | "INVALID_DATE" | "INVALID_YEAR" | "INVALID_OPTION";

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
 *   (err as CstoError).message; // => 'Invalid day "2023-02-30": February 2023 has 28 days.'
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
    switch (typeof value) {
      case "string":
        return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
      case "number":
      case "boolean":
      case "undefined":
      case "bigint":
        return `${String(value)}${typeof value === "bigint" ? "n" : ""}`;
      case "symbol":
        return value.toString();
      case "function":
        return "a function";
      default: {
        if (value === null) return "null";
        if (Array.isArray(value)) return `an array (${value.length} items)`;
        if (Object.prototype.toString.call(value) === "[object Date]") {
          return `Date(${Number.isNaN((value as Date).getTime()) ? "Invalid Date" : (value as Date).toISOString()})`;
        }
        const json = JSON.stringify(value);
        return json === undefined ? "an object" : `an object ${json.length > 60 ? `${json.slice(0, 60)}…` : json}`;
      }
    }
  } catch {
    return "an unprintable value";
  }
}
