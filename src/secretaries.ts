import { toDayNumber, type DayInput } from "./days";
import { secretariesGeneralBounds } from "./generated/period-index";
import { secretariesGeneral } from "./generated/tables";
import type { SecretaryGeneralTerm } from "./types";

/**
 * The Secretary-General of the CSTO in office on a day, acting ones included
 * (`acting: true`). Terms are half-open: a term's `until` is the first day of the next.
 *
 * @param day - a `YYYY-MM-DD` day, or a `Date` (its UTC day)
 * @returns the term record, or `undefined` before the first Secretary-General (2003-04-28)
 * @throws {@link CstoError} `INVALID_DATE` when `day` is not a real day
 *
 * @example
 * ```ts
 * import { secretaryGeneralOn } from "csto";
 * secretaryGeneralOn("2010-01-01")?.name.en; // => "Nikolai Bordyuzha"
 * secretaryGeneralOn("2017-03-01")?.acting; // => true
 * secretaryGeneralOn("2026-01-01")?.state; // => "KG"
 * secretaryGeneralOn("2003-01-01"); // => undefined
 * ```
 */
export function secretaryGeneralOn(day: DayInput): SecretaryGeneralTerm | undefined {
  const dayNumber = toDayNumber(day);
  for (let i = 0; i < secretariesGeneralBounds.length; i += 2) {
    if (secretariesGeneralBounds[i]! <= dayNumber && dayNumber < secretariesGeneralBounds[i + 1]!)
      return secretariesGeneral()[i / 2];
  }
  return undefined;
}
