// Everything the explorer takes from csto, in one place: the package's own helpers (the page
// answers with them, so it answers exactly what the package answers; esbuild keeps only the
// tables they read) and two things the public API gives only through `dataset`, which would
// bring every table and every source into the first view: the nine participants' records (the
// same frozen table membersOn returns records from) and asOf.
export {
  appealsBy,
  chairOn,
  CstoError,
  membersOn,
  membershipOn,
  operationsOn,
  secretaryGeneralOn,
  summitsIn,
} from "../../src/index";
export type {
  Appeal,
  Basis,
  Chairmanship,
  Confidence,
  MembershipStatus,
  Operation,
  SecretaryGeneralTerm,
  Source,
  State,
  Summit,
} from "../../src/index";
export { AS_OF } from "../../src/generated/meta";
export { states as participants } from "../../src/generated/tables";
