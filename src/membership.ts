import { dayString, toDayNumber, type DayInput } from "./days";
import type { Alpha2Code } from "./generated/codes";
import {
  FORMER,
  MEMBER_INDICES,
  MEMBER_STARTS,
  PARTICIPANT_COUNT,
  PARTICIPATION_RANGES,
  PERIODS,
  SLOTS,
} from "./generated/membership-index";
import { AS_OF, AS_OF_DAY } from "./generated/meta";
import { readOption } from "./options";
import { memberships, participation as participationFacts, states } from "./generated/tables";
import type { Basis, MembershipPeriod, ParticipantCode, Participation, State } from "./types";
import { getCodeTables, NOT_A_PARTICIPANT, participantOf, positionOf, type StateInput } from "./states";

/**
 * Options of the membership helpers.
 *
 * `basis` chooses the legal layer: `"treaty"` (the default) counts a state from the day it
 * signed the 1992 Collective Security Treaty, and Uzbekistan again from 2006-06-23;
 * `"organization"` counts only membership of the CSTO, whose Charter entered into force on
 * 2003-09-18.
 */
export interface MembershipOptions {
  /** `"treaty"` (the default) or `"organization"`. */
  readonly basis?: Basis;
}

/**
 * A state's standing on a day, as {@link membershipOn} answers it.
 *
 * - `status`: `member`; `suspended` (Uzbekistan since 2012-12-19: suspended by the Council,
 *   never a withdrawal); `former` (left, such as Georgia after 1999); or `never` (before
 *   its first period, or a state that never took part).
 * - `period`: the membership period that contains the day; for `former` and `suspended`, the
 *   last one that ended before it. Absent for `never`.
 * - `participation`: `frozen` while a member has frozen its participation without leaving
 *   (Armenia from 2024-02-22), `full` for any other member, `none` for a non-member;
 *   `participationFact` is that record.
 * - `afterAsOf`: true when the day is later than `asOf`, the last day the data was checked;
 *   the answer then assumes nothing changed since.
 */
export interface MembershipStatus {
  /** The state's alpha-2 code, upper case, whatever form was passed. */
  readonly state: Alpha2Code;
  /** The day asked about, as `YYYY-MM-DD`. */
  readonly day: string;
  /** The legal layer the answer is on. */
  readonly basis: Basis;
  /** `member`, `suspended`, `former` or `never`. */
  readonly status: "member" | "suspended" | "former" | "never";
  /** The period that contains the day, or the last one before it; absent for `never`. */
  readonly period?: MembershipPeriod;
  /** `full`, `frozen` (a member that froze its participation) or `none` (not a member). */
  readonly participation: "full" | "frozen" | "none";
  /** The participation record behind `frozen`. */
  readonly participationFact?: Participation;
  /** The last day the data was checked against sources. */
  readonly asOf: string;
  /** True when `day` is after `asOf`: the answer assumes nothing changed since. */
  readonly afterAsOf: boolean;
}

/**
 * A state that belonged once and was not a member on `asOf`, as {@link formerMembers}
 * lists it: how it stopped being a member, and from which day.
 */
export interface FormerMember {
  /** The state's ISO alpha-2 code; `resolveState(code)` gives its record and names. */
  readonly code: ParticipantCode;
  /** `former`: left (not extended in 1999); `suspended`: membership suspended, never withdrawn. */
  readonly status: "former" | "suspended";
  /** The first day it was no longer a member: the `until` of its last period. */
  readonly since: string;
  /** The basis this answer is on. */
  readonly basis: Basis;
}

const NO_STATES: readonly State[] = /*#__PURE__*/ Object.freeze([]);
/** The member lists of MEMBER_INDICES as frozen state records, made on first use. */
let memberLists: (readonly (readonly State[])[])[] | undefined;

const BASES: readonly Basis[] = ["treaty", "organization"];

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** 0 for the treaty basis (the default), 1 for the organization. */
const basisIndex = (options: unknown): 0 | 1 => (readOption(options, "basis", BASES) === "organization" ? 1 : 0);

/**
 * The index in the flat [from, until, record, ...] list of the period containing `day`, or
 * -1; only the entries from `start` up to `end` are read.
 */
function periodAt(flat: ArrayLike<number>, day: number, start = 0, end = flat.length): number {
  for (let i = start; i < end; i += 3) {
    if (flat[i]! <= day && day < flat[i + 1]!) return i;
  }
  return -1;
}

/**
 * Was the state a member on that day? Periods are half-open: a state is a member from the
 * first day of a period up to, not including, its `until` day.
 *
 * On the default `treaty` basis a state counts from the day it signed the 1992 treaty
 * (Belarus 1993-12-31, Azerbaijan 1993-09-24, Georgia 1993-12-09, the other six
 * 1992-05-15), Azerbaijan, Georgia and Uzbekistan up to and including 1999-04-20, and
 * Uzbekistan again from 2006-06-23 until its suspension on 2012-12-19. On the
 * `organization` basis only CSTO membership counts (from 2003-09-18). Armenia, whose
 * participation is frozen since 2024-02-22, is still a member.
 *
 * @param state - an ISO 3166-1 code in any case, or a state record
 * @param day - a `YYYY-MM-DD` day, or a `Date` (its UTC day)
 * @param options - `{ basis: "organization" }` to count CSTO membership only
 * @returns `true` for a member on that day; `false` otherwise, also for a real code of a
 *   state that never took part (`"FR"`)
 * @throws {@link CstoError} `UNKNOWN_STATE` when `state` is not a code or a record with one;
 *   `INVALID_DATE` when `day` is not a real day; `INVALID_OPTION` for an unknown option or basis
 *
 * @example
 * ```ts
 * import { isMember } from "csto";
 * isMember("UZ", "2010-03-01"); // => true
 * isMember("UZ", "2012-12-18"); // => true
 * isMember("UZ", "2012-12-19"); // => false
 * isMember("GE", "1999-04-20"); // => true
 * isMember("GE", "1999-04-21"); // => false
 * isMember("GE", "1999-01-01", { basis: "organization" }); // => false
 * isMember("am", new Date("2025-06-01T12:00:00Z")); // => true
 * isMember("FR", "2020-01-01"); // => false
 * ```
 * @see [The data model](../docs/data-model.md): the two bases, half-open periods and statuses
 */
export function isMember(state: StateInput, day: DayInput, options?: MembershipOptions): boolean {
  const participant = participantOf(state);
  const dayNumber = toDayNumber(day);
  const basis = options === undefined ? 0 : basisIndex(options);
  if (participant === NOT_A_PARTICIPANT) return false;
  const first = (basis * PARTICIPANT_COUNT + participant) * SLOTS * 3;
  for (let i = first; i < first + SLOTS * 3; i += 3) {
    if (PERIODS[i]! <= dayNumber && dayNumber < PERIODS[i + 1]!) return true;
  }
  return false;
}

/**
 * The full answer for a state on a day: member, suspended, former or never, the period
 * behind it with its sources, whether participation was frozen, and whether the day lies
 * after the dataset's `asOf`.
 *
 * @param state - an ISO 3166-1 code in any case, or a state record
 * @param day - a `YYYY-MM-DD` day, or a `Date` (its UTC day)
 * @param options - `{ basis: "organization" }` to count CSTO membership only
 * @returns a frozen {@link MembershipStatus}
 * @throws {@link CstoError} `UNKNOWN_STATE`, `INVALID_DATE` or `INVALID_OPTION`, as {@link isMember}
 *
 * @example
 * ```ts
 * import { membershipOn } from "csto";
 * membershipOn("UZ", "2015-01-01").status; // => "suspended"
 * membershipOn("GE", "2005-01-01").status; // => "former"
 * membershipOn("AZ", "2005-01-01", { basis: "organization" }).status; // => "never"
 * membershipOn("AM", "2025-01-01").participation; // => "frozen"
 * membershipOn("AM", "2025-01-01").status; // => "member"
 * membershipOn("UZ", "2010-03-01", { basis: "organization" }).period?.from; // => "2006-06-23"
 * ```
 */
export function membershipOn(state: StateInput, day: DayInput, options?: MembershipOptions): MembershipStatus {
  const codes = getCodeTables();
  const position = positionOf(state);
  const participant = codes.participantAt[position]!;
  const dayNumber = toDayNumber(day);
  const basisNumber = basisIndex(options);
  const basis: Basis = basisNumber === 0 ? "treaty" : "organization";
  // The state's slots in PERIODS; none for a state that never took part.
  const first = (basisNumber * PARTICIPANT_COUNT + participant) * SLOTS * 3;
  const end = participant === NOT_A_PARTICIPANT ? first : first + SLOTS * 3;

  let status: MembershipStatus["status"] = "never";
  let period: MembershipPeriod | undefined;
  const inside = periodAt(PERIODS, dayNumber, first, end);
  if (inside >= 0) {
    status = "member";
    period = memberships()[PERIODS[inside + 2]!];
  } else {
    // The last period that ended on or before the day decides between former and suspended.
    for (let i = first; i < end; i += 3) {
      if (PERIODS[i + 2]! >= 0 && PERIODS[i + 1]! <= dayNumber) period = memberships()[PERIODS[i + 2]!];
    }
    if (period !== undefined) status = period.end === "suspended" ? "suspended" : "former";
  }

  let fact: Participation | undefined;
  if (status === "member") {
    const facts = PARTICIPATION_RANGES[participant]!;
    const at = periodAt(facts, dayNumber);
    if (at >= 0) fact = participationFacts()[facts[at + 2]!];
  }

  // One object literal, optional fields added before freezing: cheaper than spreads.
  const answer: Writable<MembershipStatus> = {
    state: codes.alpha2[position]!,
    day: dayString(dayNumber),
    basis,
    status,
    participation: status !== "member" ? "none" : fact === undefined ? "full" : fact.participation,
    asOf: AS_OF,
    afterAsOf: dayNumber > AS_OF_DAY,
  };
  if (period !== undefined) answer.period = period;
  if (fact !== undefined) answer.participationFact = fact;
  return Object.freeze(answer);
}

/**
 * The members on a day, in the order of `dataset.states` (by code).
 *
 * @param day - a `YYYY-MM-DD` day, or a `Date` (its UTC day)
 * @param options - `{ basis: "organization" }` to count CSTO membership only
 * @returns a frozen list of state records; empty before the treaty was signed
 * @throws {@link CstoError} `INVALID_DATE` or `INVALID_OPTION`
 *
 * @example
 * ```ts
 * import { membersOn } from "csto";
 * membersOn("2023-11-23").map((s) => s.code); // => ["AM", "BY", "KG", "KZ", "RU", "TJ"]
 * membersOn("2010-03-01", { basis: "organization" }).length; // => 7
 * membersOn("1998-01-01").length; // => 9
 * ```
 */
export function membersOn(day: DayInput, options?: MembershipOptions): readonly State[] {
  const dayNumber = toDayNumber(day);
  const basis = basisIndex(options);
  const starts = MEMBER_STARTS[basis]!;
  // The last stretch that starts on or before the day (binary search).
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= dayNumber) low = middle + 1;
    else high = middle;
  }
  if (low === 0) return NO_STATES;
  memberLists ??= MEMBER_INDICES.map((lists) => lists.map((list) => Object.freeze(list.map((s) => states()[s]!))));
  return memberLists[basis]![low - 1]!;
}

/**
 * The states that belonged once and were not members on `asOf`, the last day the data was
 * checked, with how and since when: Azerbaijan and Georgia (`former` since 1999-04-21) and
 * Uzbekistan (`suspended` since 2012-12-19: suspended by the Council, never a withdrawal)
 * on the treaty basis; Uzbekistan alone on the organization basis (Azerbaijan and Georgia
 * left before the CSTO existed).
 *
 * Each entry carries the code, not the whole state record, so that an app calling only
 * this keeps the names out of its bundle; `resolveState(entry.code)` gives the record.
 *
 * @param options - `{ basis: "organization" }` to count CSTO membership only
 * @returns a frozen list in the order of `dataset.states`
 * @throws {@link CstoError} `INVALID_OPTION` for an unknown option or basis
 *
 * @example
 * ```ts
 * import { formerMembers } from "csto";
 * formerMembers().map((s) => s.code); // => ["AZ", "GE", "UZ"]
 * formerMembers()[2]; // => { code: "UZ", status: "suspended", since: "2012-12-19", basis: "treaty" }
 * formerMembers({ basis: "organization" }).map((s) => s.code); // => ["UZ"]
 * ```
 */
export function formerMembers(options?: MembershipOptions): readonly FormerMember[] {
  return FORMER()[basisIndex(options)]!;
}
