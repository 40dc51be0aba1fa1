import { dayString, toDayNumber, type DayInput } from "./days";
import { forces } from "./generated/tables";
import type { CollectiveForce, Phase } from "./types";

/** The step a force counts from: the decision that created it, or its agreement where no decision is recorded. */
const creationOf = (force: CollectiveForce): Phase => (force.decided ?? force.agreementSigned)!;

/**
 * The collective forces and structures that existed on a day: created on or before it and not
 * yet dissolved (`dissolved` is the first day a force no longer exists).
 *
 * A force is created by the Council decision that created it (`decided`), or, where no such
 * decision was found, by the signing of its founding agreement (`agreementSigned`). Existing is
 * not being in force: an agreement's entry into force (`agreementInForce`) and each member's part
 * (`parties`, some did not sign) are on the record. Only days on which a force is known to have
 * existed count: a creation day no source fixes counts from the last day it may have been
 * (`latest`; the Collective Aviation Forces, decided at some time between August 2015 and
 * March 2018).
 *
 * @param day - a `YYYY-MM-DD` day, or a `Date` (its UTC day)
 * @returns a frozen list of force records, in order of creation
 * @throws {@link CstoError} `INVALID_DATE` when `day` is not a real day
 *
 * @example
 * ```ts
 * import { forcesOn } from "csto";
 * forcesOn("2001-05-24"); // => []
 * forcesOn("2001-05-25").map((f) => f.abbreviation?.en); // => ["CRDF"]
 * forcesOn("2009-06-14").map((f) => f.abbreviation?.en); // => ["CRDF", "CPF", "CRRF"]
 * forcesOn("2009-06-14")[2]?.parties?.find((p) => p.state === "UZ")?.status; // => "not-signed"
 * ```
 */
export function forcesOn(day: DayInput): readonly CollectiveForce[] {
  const asked = dayString(toDayNumber(day));
  return Object.freeze(
    forces().filter((force) => {
      const created = creationOf(force);
      return (created.latest ?? created.day) <= asked && (force.dissolved === null || asked < force.dissolved.day);
    }),
  );
}
