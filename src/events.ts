import { toYear } from "./days";
import { events } from "./generated/tables";
import { getCodeTables, positionOf, type StateInput } from "./states";
import type { CstoEvent } from "./types";

/** The year of a `YYYY-MM-DD` day. */
const yearOf = (day: string): number => Number(day.slice(0, 4));

/**
 * The events of the timeline (`dataset.events`) that happened in a calendar year: those dated
 * in it, and those running over several days (`endDate`) that reach into it. In date order.
 *
 * @param year - a whole number from 0 to 9999
 * @returns a frozen list of event records, empty for a year without any
 * @throws {@link CstoError} `INVALID_YEAR` when `year` is not a whole number from 0 to 9999
 *
 * @example
 * ```ts
 * import { eventsIn } from "csto";
 * eventsIn(1992)[0]?.id; // => "1992-05-15-treaty-signed"
 * eventsIn(2024).some((e) => e.id === "2024-02-22-armenia-freezes-participation"); // => true
 * eventsIn(1991); // => []
 * ```
 */
export function eventsIn(year: number): readonly CstoEvent[] {
  const asked = toYear(year);
  return Object.freeze(
    events().filter((event) => yearOf(event.date) <= asked && asked <= yearOf(event.endDate ?? event.date)),
  );
}

/**
 * The events of the timeline (`dataset.events`) that concern a state (its code is in the
 * event's `states`), in date order. Any ISO 3166-1 country may be asked about.
 *
 * @param state - an ISO 3166-1 alpha-2 or alpha-3 code in any case, or a state record
 * @returns a frozen list of event records; empty for a state no event concerns
 * @throws {@link CstoError} `UNKNOWN_STATE` when `state` is not an ISO 3166-1 code or a record with one
 *
 * @example
 * ```ts
 * import { eventsOf } from "csto";
 * eventsOf("GE")[0]?.date; // => "1993-12-09"
 * eventsOf("uzb").some((e) => e.id === "2012-12-19-uzbekistan-membership-suspended"); // => true
 * eventsOf("FR"); // => []
 * ```
 */
export function eventsOf(state: StateInput): readonly CstoEvent[] {
  const code = getCodeTables().alpha2[positionOf(state)]!;
  return Object.freeze(events().filter((event) => (event.states as readonly string[]).includes(code)));
}
