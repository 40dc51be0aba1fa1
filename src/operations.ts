import { dayString, toDayNumber, type DayInput } from "./days";
import { operations } from "./generated/tables";
import type { Operation } from "./types";

/** The last day an operation is known to have been under way: its completed withdrawal, else the end of its mission. */
const lastDayOf = (operation: Operation): string | undefined => (operation.withdrawn ?? operation.missionEnded)?.day;

/**
 * The deployments and missions of CSTO forces or bodies under way on a day.
 *
 * An operation is under way from its first arrival (`arrived`) to its completed withdrawal
 * (`withdrawn`), both days included; where no withdrawal is recorded, to the end of the mission
 * (`missionEnded`); where neither is, on every day from its arrival. Only days on which it is
 * known to have been under way count: an approximate arrival counts from the last day it may
 * have been (`arrived.latest`), an approximate end up to the earliest (`day`). The steps
 * before the arrival (the request and the decision) are on the record, not in this answer.
 *
 * @param day - a `YYYY-MM-DD` day, or a `Date` (its UTC day)
 * @returns a frozen list of operation records, in order of arrival; empty on most days
 * @throws {@link CstoError} `INVALID_DATE` when `day` is not a real day
 *
 * @example
 * ```ts
 * import { operationsOn } from "csto";
 * operationsOn("2022-01-05"); // => []
 * operationsOn("2022-01-06").map((o) => o.host); // => ["KZ"]
 * operationsOn("2022-01-19")[0]?.withdrawn?.day; // => "2022-01-19"
 * operationsOn("2022-01-20"); // => []
 * operationsOn("2022-09-20")[0]?.kind; // => "fact-finding"
 * ```
 */
export function operationsOn(day: DayInput): readonly Operation[] {
  const asked = dayString(toDayNumber(day));
  return Object.freeze(
    operations().filter((operation) => {
      const arrived = operation.arrived.latest ?? operation.arrived.day;
      return arrived <= asked && asked <= (lastDayOf(operation) ?? asked);
    }),
  );
}
