import { toDayNumber, toYear, type DayInput } from "./days";
import { CHAIR_BOUNDS, CHAIR_BY_YEAR, CHAIR_FIRST_YEAR, CHAIR_FROM_YEAR } from "./generated/chair-index";
import { chairmanships } from "./generated/tables";
import type { Chairmanship } from "./types";

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
 * ```
 * @see {@link chairOn} for the exact chair on a day
 */
export function chairOf(year: number): Chairmanship | undefined {
  const offset = toYear(year) - CHAIR_FIRST_YEAR;
  // The bounds are checked although a read outside an array gives undefined all the same:
  // in V8 such a read (or one at -1) costs several times a read inside it.
  const index = offset >>> 0 < CHAIR_BY_YEAR.length ? CHAIR_BY_YEAR[offset]! : -1;
  return index < 0 ? undefined : chairmanships()[index];
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
  const offset = ((dayNumber / 10000) | 0) - CHAIR_FIRST_YEAR;
  if (offset < 0) return undefined;
  // Start at the first chairmanship not ended when the day's year began (a year has at most
  // a few), and move on past those that ended by the day; CHAIR_BOUNDS ends with a pair that
  // no day reaches, so the scan stops there at the latest.
  let index = CHAIR_FROM_YEAR[Math.min(offset, CHAIR_FROM_YEAR.length - 1)]!;
  while (CHAIR_BOUNDS[2 * index + 1]! <= dayNumber) index++;
  return CHAIR_BOUNDS[2 * index]! <= dayNumber ? chairmanships()[index] : undefined;
}
