import { CstoError } from "./errors";
import { dayString, toDayNumber, type DayInput } from "./days";
import type { Alpha2Code } from "./generated/codes";
import { memberships, participation } from "./generated/tables";
import { readOption } from "./options";
import { getCodeTables, positionOf, type StateInput } from "./states";
import type { Basis, MembershipPeriod, Participation } from "./types";
import type { MembershipOptions } from "./membership";

const BASES: readonly Basis[] = ["treaty", "organization"];

/**
 * A change in a state's standing, as {@link history} lists them: from `day` on, the state's
 * `status` and `participation` are the ones given, because of `record`.
 */
export interface HistoryChange {
  /** The first day the new standing holds. */
  readonly day: string;
  /** `member`, `suspended` or `former` from that day. */
  readonly status: "member" | "suspended" | "former";
  /** `full`, `frozen` or `none` (not a member) from that day. */
  readonly participation: "full" | "frozen" | "none";
  /** The membership period or participation fact that starts or ends that day. */
  readonly record: MembershipPeriod | Participation;
}

/** A state's whole record on one basis, as {@link history} returns it. */
export interface History {
  /** The state's alpha-2 code. */
  readonly state: Alpha2Code;
  /** The basis the periods are on. */
  readonly basis: Basis;
  /** Its membership periods on that basis, in date order. */
  readonly periods: readonly MembershipPeriod[];
  /** Its participation facts (Armenia's freeze), in date order. */
  readonly participation: readonly Participation[];
  /** Every change of status or participation, in date order. */
  readonly changes: readonly HistoryChange[];
}

/** The basis of the options, checked; the treaty by default. */
const basisOf = (options: unknown): Basis => readOption(options, "basis", BASES) ?? "treaty";

/** The alpha-2 code of a state input, or UNKNOWN_STATE. */
const codeOf = (state: StateInput): Alpha2Code => getCodeTables().alpha2[positionOf(state)]!;

/**
 * The changes periods and their participation facts make, in date order.
 *
 * @internal
 */
export function changesOf(periods: readonly MembershipPeriod[], facts: readonly Participation[]): HistoryChange[] {
  const changes: HistoryChange[] = [];
  for (const period of periods) {
    changes.push({ day: period.from, status: "member", participation: "full", record: period });
    for (const fact of facts.filter((f) => period.from <= f.from && (period.until === null || f.from < period.until))) {
      changes.push({ day: fact.from, status: "member", participation: fact.participation, record: fact });
      if (fact.until !== null && (period.until === null || fact.until < period.until)) {
        changes.push({ day: fact.until, status: "member", participation: "full", record: fact });
      }
    }
    if (period.until !== null) {
      const status = period.end === "suspended" ? "suspended" : "former";
      changes.push({ day: period.until, status, participation: "none", record: period });
    }
  }
  return changes.map((change) => Object.freeze(change));
}

/**
 * A state's whole record on one basis: its membership periods, its participation facts, and
 * every change of status and participation in date order (joined, frozen, left, suspended).
 * A state that never took part has none.
 *
 * @param state - an ISO 3166-1 code in any case, or a state record
 * @param options - `{ basis: "organization" }` for CSTO membership only
 * @returns a frozen {@link History}
 * @throws {@link CstoError} `UNKNOWN_STATE` or `INVALID_OPTION`
 *
 * @example
 * ```ts
 * import { history } from "csto";
 * history("UZ").changes.map((c) => c.day); // => ["1992-05-15", "1999-04-21", "2006-06-23", "2012-12-19"]
 * history("UZ").changes.map((c) => c.status); // => ["member", "former", "member", "suspended"]
 * history("AM", { basis: "organization" }).changes.map((c) => c.participation); // => ["full", "frozen"]
 * history("FR").periods.length; // => 0
 * ```
 */
export function history(state: StateInput, options?: MembershipOptions): History {
  const code = codeOf(state);
  const basis = basisOf(options);
  const periods = memberships().filter((p) => p.state === code && p.basis === basis);
  const facts = participation().filter((f) => f.state === code);
  return Object.freeze({
    state: code,
    basis,
    periods: Object.freeze(periods),
    // A participation fact lies inside a membership period on both bases (the build checks it).
    participation: Object.freeze(facts),
    changes: Object.freeze(changesOf(periods, facts)),
  });
}

/**
 * Was the state a member on `all`, `some` or `none` of the days from `from` up to, not
 * including, `until` (half-open, like every period)?
 *
 * @param state - an ISO 3166-1 code in any case, or a state record
 * @param from - the first day of the span
 * @param until - the first day after the span; later than `from`
 * @param options - `{ basis: "organization" }` for CSTO membership only
 * @returns `"all"`, `"some"` or `"none"`
 * @throws {@link CstoError} `UNKNOWN_STATE`, `INVALID_OPTION`, or `INVALID_DATE` for a bad day
 *   or an `until` that is not later than `from`
 *
 * @example
 * ```ts
 * import { memberDuring } from "csto";
 * memberDuring("UZ", "2012-01-01", "2013-01-01", { basis: "organization" }); // => "some"
 * memberDuring("UZ", "2007-01-01", "2012-12-19"); // => "all"
 * memberDuring("GE", "2000-01-01", "2024-01-01"); // => "none"
 * memberDuring("BY", "1993-12-31", "1994-01-01"); // => "all"
 * ```
 */
export function memberDuring(
  state: StateInput,
  from: DayInput,
  until: DayInput,
  options?: MembershipOptions,
): "all" | "some" | "none" {
  const code = codeOf(state);
  const first = toDayNumber(from);
  const end = toDayNumber(until);
  const basis = basisOf(options);
  if (end <= first) {
    throw new CstoError(
      "INVALID_DATE",
      `Invalid span: until ${dayString(end)} is not later than from ${dayString(first)}.`,
    );
  }
  const periods = memberships()
    .filter((p) => p.state === code && p.basis === basis)
    .map((p) => [toDayNumber(p.from), p.until === null ? end : toDayNumber(p.until)] as const);
  const covers = (day: number) => periods.some(([start, stop]) => start <= day && day < stop);
  if (!periods.some(([start, stop]) => start < end && first < stop)) return "none";
  // Days not covered inside the span, if any, begin on its first day or on the end of a period.
  const gapStarts = [first, ...periods.map(([, stop]) => stop).filter((stop) => first < stop && stop < end)];
  return gapStarts.every(covers) ? "all" : "some";
}
