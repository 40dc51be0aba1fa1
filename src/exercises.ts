import { toYear } from "./days";
import { exercises } from "./generated/tables";
import type { Exercise } from "./types";

/**
 * The named joint exercises of a calendar year, held, planned, cancelled and unconfirmed alike
 * (see each one's `status`), in order of their first day (of their last day where the first is
 * not known; those with neither come last).
 *
 * Umbrella exercises (Combat Brotherhood: `umbrella: true`) are listed with their parts, which
 * name them in `partOf`. To count exercises without counting one twice, leave the umbrellas out
 * (`filter((e) => !e.umbrella)`), or count only them.
 *
 * @param year - a whole number from 0 to 9999
 * @returns a frozen list of exercise records, empty for a year without any
 * @throws {@link CstoError} `INVALID_YEAR` when `year` is not a whole number from 0 to 9999
 *
 * @example
 * ```ts
 * import { exercisesIn } from "csto";
 * exercisesIn(2023).filter((e) => e.umbrella).map((e) => e.name.en); // => ["Combat Brotherhood 2023"]
 * exercisesIn(2023).filter((e) => e.partOf !== null).length; // => 5
 * exercisesIn(2023).find((e) => e.series === "nerushimoe-bratstvo")?.refused; // => [{ state: "AM", what: "host" }, { state: "AM", what: "participate" }]
 * exercisesIn(2022).filter((e) => e.status === "cancelled").map((e) => e.host); // => ["KG"]
 * exercisesIn(1990); // => []
 * ```
 */
export function exercisesIn(year: number): readonly Exercise[] {
  const asked = toYear(year);
  return Object.freeze(exercises().filter((exercise) => exercise.year === asked));
}
