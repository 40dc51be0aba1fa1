// history and memberDuring: what an analyst relies on to build panels and event lists.
import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { changesOf } from "../src/history";
import { dataset, history, isMember, memberDuring, membershipOn } from "../src/index";
import { AS_OF, nextDay } from "./data-facts";

const code = (error: unknown) => (error as { code?: string }).code;
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error("did not throw");
};

describe("history", () => {
  test("Uzbekistan on the treaty basis: joined, left, back, suspended", () => {
    const uz = history("UZ");
    expect(uz.state).toBe("UZ");
    expect(uz.basis).toBe("treaty");
    expect(uz.periods.map((p) => p.id)).toEqual(["uz-treaty-1992", "uz-treaty-2006"]);
    expect(uz.changes.map((c) => [c.day, c.status, c.participation, c.record.id])).toEqual([
      ["1992-05-15", "member", "full", "uz-treaty-1992"],
      ["1999-04-21", "former", "none", "uz-treaty-1992"],
      ["2006-06-23", "member", "full", "uz-treaty-2006"],
      ["2012-12-19", "suspended", "none", "uz-treaty-2006"],
    ]);
  });
  test("the organization basis has its own periods", () => {
    expect(history("uz", { basis: "organization" }).periods.map((p) => p.id)).toEqual(["uz-organization-2006"]);
    expect(history("GE", { basis: "organization" }).changes).toEqual([]);
  });
  test("Armenia: a member whose participation is frozen, with the fact behind it", () => {
    const am = history("ARM", { basis: "organization" });
    expect(am.participation.map((f) => f.id)).toEqual(["am-frozen-2024"]);
    expect(am.changes.map((c) => [c.day, c.status, c.participation])).toEqual([
      ["2003-09-18", "member", "full"],
      ["2024-02-22", "member", "frozen"],
    ]);
    expect(am.changes[1]!.record.id).toBe("am-frozen-2024");
  });
  test("a state that never took part has an empty history; a state record works too", () => {
    expect(history("FR")).toEqual({ state: "FR", basis: "treaty", periods: [], participation: [], changes: [] });
    expect(history(dataset.states.find((s) => s.code === "BY")!).periods[0]!.from).toBe("1993-12-31");
  });
  test("is frozen", () => {
    const by = history("BY");
    expect(Object.isFrozen(by)).toBe(true);
    expect(Object.isFrozen(by.changes)).toBe(true);
    expect(Object.isFrozen(by.changes[0])).toBe(true);
    expect(Object.isFrozen(by.periods)).toBe(true);
    expect(Object.isFrozen(by.participation)).toBe(true);
  });
  test("refuses a bad state or option", () => {
    expect(code(thrown(() => history("ZZ" as "FR")))).toBe("UNKNOWN_STATE");
    expect(code(thrown(() => history("UZ", { basis: "alliance" as "treaty" })))).toBe("INVALID_OPTION");
    expect(code(thrown(() => history("UZ", { basys: "treaty" } as never)))).toBe("INVALID_OPTION");
  });
  test("every change agrees with membershipOn on its day, on both bases, for every participant", () => {
    for (const { code: state } of dataset.states) {
      for (const basis of ["treaty", "organization"] as const) {
        for (const change of history(state, { basis }).changes) {
          const answer = membershipOn(state, change.day, { basis });
          expect([state, basis, change.day, answer.status, answer.participation]).toEqual([
            state,
            basis,
            change.day,
            change.status,
            change.participation,
          ]);
        }
      }
    }
  });
});

describe("memberDuring", () => {
  test("exact bounds: the last day in, the first day out", () => {
    expect(memberDuring("GE", "1999-04-20", "1999-04-21")).toBe("all");
    expect(memberDuring("GE", "1999-04-21", "1999-04-22")).toBe("none");
    expect(memberDuring("GE", "1999-04-20", "1999-04-22")).toBe("some");
    expect(memberDuring("BY", "1993-12-30", "1993-12-31")).toBe("none");
    expect(memberDuring("BY", "1993-12-31", "1994-01-01")).toBe("all");
    expect(memberDuring("BY", "1993-12-30", "1994-01-01")).toBe("some");
  });
  test("across a gap and a basis", () => {
    expect(memberDuring("UZ", "1999-01-01", "2007-01-01")).toBe("some");
    expect(memberDuring("UZ", "2000-01-01", "2006-06-23")).toBe("none");
    expect(memberDuring("UZ", "2000-01-01", "2006-06-24")).toBe("some");
    expect(memberDuring("UZ", "1998-01-01", "1999-01-01", { basis: "organization" })).toBe("none");
    expect(memberDuring("RU", "1992-05-15", nextDay(AS_OF))).toBe("all");
    expect(memberDuring("RU", "1992-05-14", nextDay(AS_OF))).toBe("some");
    expect(memberDuring("FR", "2000-01-01", "2001-01-01")).toBe("none");
  });
  test("periods that do not join up leave the span partly covered", () => {
    expect(memberDuring("UZ", "1999-04-20", "2006-06-24")).toBe("some");
    expect(memberDuring("UZ", "1992-05-15", "2012-12-19")).toBe("some");
    expect(memberDuring("UZ", "2006-06-23", "2012-12-19")).toBe("all");
    expect(memberDuring("UZ", "1992-05-15", "1999-04-21")).toBe("all");
  });
  test("an open period counts every later day", () => {
    expect(memberDuring("KZ", "2030-01-01", "2031-01-01")).toBe("all");
  });
  test("takes Dates (their UTC day)", () => {
    expect(memberDuring("UZ", new Date("2012-12-18T23:00:00Z"), new Date("2012-12-19T01:00:00Z"))).toBe("all");
  });
  test("refuses a span that is empty or backwards, bad days, states and options", () => {
    const empty = thrown(() => memberDuring("UZ", "2010-01-01", "2010-01-01"));
    expect(code(empty)).toBe("INVALID_DATE");
    expect((empty as Error).message).toBe("Invalid span: until 2010-01-01 is not later than from 2010-01-01.");
    expect(code(thrown(() => memberDuring("UZ", "2010-01-02", "2010-01-01")))).toBe("INVALID_DATE");
    expect(code(thrown(() => memberDuring("UZ", "2010-02-30", "2011-01-01")))).toBe("INVALID_DATE");
    expect(code(thrown(() => memberDuring("UZ", "2010-01-01", "2011-13-01")))).toBe("INVALID_DATE");
    expect(code(thrown(() => memberDuring("XX" as "UZ", "2010-01-01", "2011-01-01")))).toBe("UNKNOWN_STATE");
    expect(code(thrown(() => memberDuring("UZ", "2010-01-01", "2011-01-01", { basis: "x" as "treaty" })))).toBe(
      "INVALID_OPTION",
    );
  });
  const day = fc
    .date({ min: new Date("1991-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  property.prop([fc.constantFrom(...dataset.states.map((s) => s.code)), day, fc.integer({ min: 1, max: 40 })], {
    numRuns: 300,
  })("agrees with isMember on every day of a short span", (state, from, length) => {
    const days = Array.from({ length }, (_, i) => {
      const d = new Date(`${from}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + i);
      return d.toISOString().slice(0, 10);
    });
    const until = nextDay(days.at(-1)!);
    const member = days.map((d) => isMember(state, d, { basis: "organization" }));
    const expected = member.every(Boolean) ? "all" : member.some(Boolean) ? "some" : "none";
    expect(memberDuring(state, from, until, { basis: "organization" })).toBe(expected);
  });
});

describe("changesOf (the order of changes)", () => {
  const period = (from: string, until: string | null, end: "suspended" | "not-extended" | null) =>
    ({ id: `p-${from}`, state: "AM", basis: "treaty", from, until, end, confidence: "single" }) as const;
  const fact = (from: string, until: string | null) =>
    ({
      id: `f-${from}`,
      state: "AM",
      participation: "frozen",
      from,
      until,
      legalAct: false,
      steps: ["x"],
      confidence: "single",
    }) as const;
  const summary = (changes: readonly { day: string; status: string; participation: string }[]) =>
    changes.map((c) => `${c.day} ${c.status} ${c.participation}`);
  test("a freeze that ends inside the period restores full participation", () => {
    expect(summary(changesOf([period("2000-01-01", null, null)], [fact("2001-01-01", "2002-01-01")]))).toEqual([
      "2000-01-01 member full",
      "2001-01-01 member frozen",
      "2002-01-01 member full",
    ]);
  });
  test("a freeze that ends before the end of a closed period, or starts on its first day", () => {
    expect(
      summary(changesOf([period("2000-01-01", "2003-01-01", "suspended")], [fact("2001-01-01", "2002-01-01")])),
    ).toEqual([
      "2000-01-01 member full",
      "2001-01-01 member frozen",
      "2002-01-01 member full",
      "2003-01-01 suspended none",
    ]);
    expect(summary(changesOf([period("2000-01-01", null, null)], [fact("2000-01-01", null)]))).toEqual([
      "2000-01-01 member full",
      "2000-01-01 member frozen",
    ]);
  });
  test("a freeze that outlasts the period ends with the period", () => {
    expect(
      summary(changesOf([period("2000-01-01", "2003-01-01", "not-extended")], [fact("2001-01-01", "2004-01-01")])),
    ).toEqual(["2000-01-01 member full", "2001-01-01 member frozen", "2003-01-01 former none"]);
    expect(
      summary(changesOf([period("2000-01-01", "2003-01-01", "suspended")], [fact("2001-01-01", "2003-01-01")])),
    ).toEqual(["2000-01-01 member full", "2001-01-01 member frozen", "2003-01-01 suspended none"]);
  });
  test("a freeze outside every period makes no change", () => {
    expect(summary(changesOf([period("2000-01-01", "2001-01-01", "suspended")], [fact("2001-01-01", null)]))).toEqual([
      "2000-01-01 member full",
      "2001-01-01 suspended none",
    ]);
    expect(summary(changesOf([period("2000-01-01", null, null)], [fact("1999-01-01", null)]))).toEqual([
      "2000-01-01 member full",
    ]);
  });
});
