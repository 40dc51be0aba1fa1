import { toDayNumber, type DayInput } from "./days";
import { observerStatusesBounds } from "./generated/period-index";
import { observerStatuses } from "./generated/tables";
import { readOption } from "./options";
import type { ObserverStatus } from "./types";

/** Where a status is held, see {@link ObserverStatus}. */
export type ObserverBody = ObserverStatus["at"];

/** Options of {@link observersOn}. */
export interface ObserverOptions {
  /** Only statuses held at this body. */
  readonly at?: ObserverBody;
}

const BODIES: readonly ObserverBody[] = ["un-general-assembly", "csto-parliamentary-assembly", "csto"];

/**
 * The observer and partner statuses in force on a day: the CSTO's observer status at the
 * UN General Assembly (from 2004-12-02) and the parliaments observing the CSTO
 * Parliamentary Assembly (Serbia from 2013; Afghanistan from 2013 until the Afghan
 * National Assembly stopped sitting on 2021-08-15). Periods are half-open. A bound known only to
 * the year or month counts from the first day of that year or month (see
 * `fromPrecision`). No state has been granted observer or partner status at the CSTO
 * itself: the 2018 protocols that created these statuses are in force since 2021-01-19
 * (see `dataset.events`), but no grant was found as of `asOf`.
 *
 * @param day - a `YYYY-MM-DD` day, or a `Date` (its UTC day)
 * @param options - `{ at }` to keep only one body's statuses
 * @returns a frozen list of status records in the order of `dataset.observerStatuses`
 * @throws {@link CstoError} `INVALID_DATE` when `day` is not a real day; `INVALID_OPTION` for an
 *   unknown option or body
 *
 * @example
 * ```ts
 * import { observersOn } from "csto";
 * observersOn("2004-12-01").length; // => 0
 * observersOn("2004-12-02").map((s) => s.holder); // => ["CSTO"]
 * observersOn("2020-01-01", { at: "csto-parliamentary-assembly" }).map((s) => s.holder); // => ["RS", "AF"]
 * observersOn("2022-01-01", { at: "csto-parliamentary-assembly" }).map((s) => s.holder); // => ["RS"]
 * observersOn("2025-01-01", { at: "csto" }); // => []
 * ```
 */
export function observersOn(day: DayInput, options?: ObserverOptions): readonly ObserverStatus[] {
  const dayNumber = toDayNumber(day);
  const at = readOption(options, "at", BODIES);
  return Object.freeze(
    observerStatuses().filter(
      (status, i) =>
        observerStatusesBounds[2 * i]! <= dayNumber &&
        dayNumber < observerStatusesBounds[2 * i + 1]! &&
        (at === undefined || status.at === at),
    ),
  );
}
