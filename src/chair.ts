import { toDayNumber, toYear, type DayInput } from "./days";
import { CHAIR_BOUNDS, CHAIR_BY_YEAR, CHAIR_FIRST_YEAR } from "./generated/chair-index";
import { chairmanships } from "./generated/chairmanships";
import type { Chairmanship } from "./schema";

/**
 * The chairmanship of a calendar year: the one that covers the most days of that year
 * (on an exact tie, the later one). Until 2022 the chair changed at the Council's regular
 * session, so most years had two chairs; from 2023 a chairmanship runs from 1 January to
 * 31 December. `Chairmanship.state` is the chair's ISO alpha-2 code.
 *
 * @param year - a whole number from 0 to 9999
 * @returns the chairmanship record, with its bounds, `approximateFrom`/`approximateUntil`
 *   flags and sources; `undefined` for a year with no recorded chairmanship (before
 *   mid-2004, and any year not yet decided)
 * @throws {@link CstoError} `INVALID_YEAR` when `year` is not a whole number from 0 to 9999
 *
 * @example
 * ```ts
 * import { chairOf } from "csto";
 * chairOf(2023)?.state; // => "BY"
 * chairOf(2009)?.state; // => "RU"
 * chairOf(2009)?.temporary; // => true
 * chairOf(2026)?.state; // => "RU"
 * chairOf(2003); // => undefined
 * chairOf(2027); // => undefined
 * ```
 * @see {@link chairOn} for the exact chair on a day
 */
export function chairOf(year: number): Chairmanship | undefined {
  // Outside the years CHAIR_BY_YEAR covers the index is undefined, and -1 marks a year
  // without a chair: neither is a position in the table, so both read undefined.
  return chairmanships()[CHAIR_BY_YEAR[toYear(year) - CHAIR_FIRST_YEAR] ?? -1];
}

/**
 * The chairmanship in force on a day. Chairmanships are half-open: the outgoing chair's
 * `until` is the incoming chair's `from`, the day of the hand-over.
 *
 * @param day - a `YYYY-MM-DD` day, or a `Date` (its UTC day)
 * @returns the chairmanship record, or `undefined` when none is recorded for that day
 * @throws {@link CstoError} `INVALID_DATE` when `day` is not a real day
 *
 * @example
 * ```ts
 * import { chairOn } from "csto";
 * chairOn("2009-06-13")?.state; // => "AM"
 * chairOn("2009-06-14")?.state; // => "RU"
 * chairOn("2024-12-31")?.state; // => "KZ"
 * chairOn("2025-01-01")?.state; // => "KG"
 * chairOn("2004-06-17"); // => undefined
 * ```
 */
export function chairOn(day: DayInput): Chairmanship | undefined {
  const dayNumber = toDayNumber(day);
  // The last chairmanship starting on or before the day (binary search over the starts).
  let low = 0;
  let high = CHAIR_BOUNDS.length >>> 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (CHAIR_BOUNDS[2 * middle]! <= dayNumber) low = middle + 1;
    else high = middle;
  }
  const index = low - 1;
  return index >= 0 && dayNumber < CHAIR_BOUNDS[2 * index + 1]! ? chairmanships()[index] : undefined;
}
