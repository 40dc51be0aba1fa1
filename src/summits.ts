import { toYear } from "./days";
import { summits } from "./generated/tables";
import type { Summit } from "./types";

/**
 * The sessions of the Collective Security Council (summits) of a calendar year, in date
 * order: held, scheduled and cancelled ones alike (see each one's `status`).
 *
 * @param year - a whole number from 0 to 9999
 * @returns a frozen list, empty for a year without sessions
 * @throws {@link CstoError} `INVALID_YEAR` when `year` is not a whole number from 0 to 9999
 *
 * @example
 * ```ts
 * import { summitsIn } from "csto";
 * summitsIn(2023).map((s) => s.city?.en); // => ["Minsk"]
 * summitsIn(2026)[0]?.status; // => "scheduled"
 * summitsIn(2018).map((s) => s.status); // => ["held", "cancelled"]
 * ```
 */
export function summitsIn(year: number): readonly Summit[] {
  const prefix = `${String(toYear(year)).padStart(4, "0")}-`;
  return Object.freeze(summits().filter((summit) => summit.date.startsWith(prefix)));
}
