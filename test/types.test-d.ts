// What the types promise: a mistyped code, basis or field is a compile error.
import { describe, expectTypeOf, test } from "vitest";
import {
  chairOf,
  dataset,
  formerMembers,
  isMember,
  membersOn,
  type FormerMember,
  membershipOn,
  resolveState,
  type Chairmanship,
  type MembershipStatus,
  type ParticipantCode,
  type State,
} from "../src/index";

describe("types", () => {
  test("state codes are a union of the real ISO codes, in any case", () => {
    isMember("UZ", "2010-03-01");
    isMember("uzb", "2010-03-01");
    isMember("Uz", "2010-03-01");
    isMember("uZb", "2010-03-01");
    isMember("FR", "2010-03-01");
    // @ts-expect-error "Zz" is not an ISO 3166-1 code in any case
    isMember("Zz", "2010-03-01");
    // @ts-expect-error "ZZZ" is not an ISO 3166-1 code
    isMember("ZZZ", "2010-03-01");
    // @ts-expect-error "XX" is not an ISO 3166-1 code
    isMember("XX", "2010-03-01");
    // @ts-expect-error a plain string must go through resolveState first
    isMember("UZ" as string, "2010-03-01");
    isMember(resolveState("Usbekistan"), new Date());
  });
  test("the basis is a union, and unknown options are errors", () => {
    isMember("UZ", "2010-03-01", { basis: "organization" });
    // @ts-expect-error not a basis
    isMember("UZ", "2010-03-01", { basis: "org" });
    // @ts-expect-error not an option
    isMember("UZ", "2010-03-01", { basys: "organization" });
  });
  test("answers are typed", () => {
    expectTypeOf(isMember("UZ", "2010-03-01")).toEqualTypeOf<boolean>();
    expectTypeOf(chairOf(2023)).toEqualTypeOf<Chairmanship | undefined>();
    expectTypeOf<Chairmanship["state"]>().toEqualTypeOf<ParticipantCode>();
    expectTypeOf(membershipOn("UZ", "2010-03-01")).toEqualTypeOf<MembershipStatus>();
    expectTypeOf<MembershipStatus["status"]>().toEqualTypeOf<"member" | "suspended" | "former" | "never">();
    expectTypeOf(formerMembers()).toEqualTypeOf<readonly FormerMember[]>();
    expectTypeOf(membersOn("2020-01-01")).toEqualTypeOf<readonly State[]>();
  });
  test("records are readonly", () => {
    const chair = chairOf(2023)!;
    // @ts-expect-error readonly
    chair.state = "KZ";
    // @ts-expect-error readonly
    dataset.states.push(dataset.states[0]!);
    // @ts-expect-error readonly
    dataset.asOf = "2030-01-01";
  });
});
