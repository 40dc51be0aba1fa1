// The explorer's answer for a day on a basis, asked of csto's helpers and nothing else: the
// page shows this, and test/site compares the page with the same helpers called in Node.
// No DOM here.
import {
  type Appeal,
  appealsBy,
  type Basis,
  type Chairmanship,
  chairOn,
  type MembershipStatus,
  membersOn,
  membershipOn,
  type Operation,
  operationsOn,
  participants,
  type SecretaryGeneralTerm,
  secretaryGeneralOn,
  type State,
  type Summit,
  summitsIn,
} from "./csto";

/** A participant and its standing on the day. */
export interface StateLine {
  readonly state: State;
  readonly status: MembershipStatus;
}

export interface Answer {
  /** The day as csto writes it (`YYYY-MM-DD`). */
  readonly day: string;
  readonly basis: Basis;
  /** The day is after asOf: the answer assumes nothing changed since. */
  readonly afterAsOf: boolean;
  /** membersOn, in its order (by code). */
  readonly members: readonly StateLine[];
  /** The other participants by membershipOn's status, in the order of the states table. */
  readonly suspended: readonly StateLine[];
  readonly former: readonly StateLine[];
  readonly never: readonly StateLine[];
  readonly chair: Chairmanship | undefined;
  readonly secretaryGeneral: SecretaryGeneralTerm | undefined;
  /** The day's calendar year. */
  readonly year: number;
  /** summitsIn(year). */
  readonly summits: readonly Summit[];
  /** operationsOn(day). */
  readonly operations: readonly Operation[];
  /** Every participant's appealsBy, those made in the day's year, in date order. */
  readonly appeals: readonly Appeal[];
}

/**
 * The answer for `day` (text as typed: csto's own day parser checks it) on `basis` (any text:
 * csto's options reader checks it). Throws csto's CstoError for a bad day or basis.
 */
export function answer(day: string, basis: string): Answer {
  const options = { basis } as { basis: Basis };
  const members = membersOn(day, options);
  const lines = participants().map((state) => ({ state, status: membershipOn(state.code, day, options) }));
  const withStatus = (status: MembershipStatus["status"]) => lines.filter((line) => line.status.status === status);
  const first = lines[0]!.status;
  const year = Number(first.day.slice(0, 4));
  const prefix = `${first.day.slice(0, 4)}-`;
  return {
    day: first.day,
    basis: first.basis,
    afterAsOf: first.afterAsOf,
    members: members.map((state) => lines.find((line) => line.state.code === state.code)!),
    suspended: withStatus("suspended"),
    former: withStatus("former"),
    never: withStatus("never"),
    chair: chairOn(day),
    secretaryGeneral: secretaryGeneralOn(day),
    year,
    summits: summitsIn(year),
    operations: operationsOn(day),
    appeals: participants()
      .flatMap((state) => appealsBy(state.code))
      .filter((appeal) => appeal.day.day.startsWith(prefix))
      .sort((a, b) => (a.day.day < b.day.day ? -1 : a.day.day > b.day.day ? 1 : 0)),
  };
}

/** A participant's record by its code (the chair's, the Secretary-General's state, a host). */
export const stateOf = (code: string): State | undefined => participants().find((state) => state.code === code);
