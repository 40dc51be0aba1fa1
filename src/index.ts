/**
 * csto: the history of the Collective Security Treaty (1992) and the Collective Security
 * Treaty Organization (CSTO, ОДКБ, OVKS) as typed, sourced, deep-frozen records, and small
 * pure helpers that answer dated questions.
 *
 * @example
 * ```ts
 * import { chairOf, formerMembers, isMember } from "csto";
 * isMember("UZ", "2010-03-01"); // => true
 * chairOf(2023)?.state; // => "BY"
 * formerMembers().map((s) => s.code); // => ["AZ", "GE", "UZ"]
 * ```
 *
 * @module csto
 */
export { appealsBy } from "./appeals";
export { chairOf, chairOn } from "./chair";
export { dataset, type Dataset } from "./dataset";
export type { DayInput } from "./days";
export { CstoError, type CstoErrorCode } from "./errors";
export { eventsIn, eventsOf } from "./events";
export { exercisesIn } from "./exercises";
export { forcesOn } from "./forces";
export {
  formerMembers,
  isMember,
  type FormerMember,
  membersOn,
  membershipOn,
  type MembershipOptions,
  type MembershipStatus,
} from "./membership";
export { history, type History, type HistoryChange, memberDuring } from "./history";
export { observersOn, type ObserverBody, type ObserverOptions } from "./observers";
export { operationsOn } from "./operations";
export { noteOf, sourcesOf, type SourcedRecord } from "./provenance";
export { secretaryGeneralOn } from "./secretaries";
export { type AnyCase, type MixedCaseCode, resolveState, type StateCode, type StateInput } from "./states";
export { summitsIn } from "./summits";
// The record types, with the code and language unions they use (src/types.ts).
export type * from "./types";
