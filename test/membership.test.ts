// Hand-written expectations from the periods' sources (data/sources.json, docs/data-model.md),
// not values recomputed from data/: the first day of every period, its last day, and the
// day after. Periods are half-open, so the day after is the period's `until`.
import { describe, expect, test } from "vitest";
import { dataset, formerMembers, isMember, membersOn, membershipOn, sourcesOf } from "../src/index";

type Row = readonly [state: string, day: string, member: boolean, status: string];

const treaty: Row[] = [
  // The six signatories of Tashkent, 1992-05-15 (§1).
  ...["AM", "KZ", "KG", "RU", "TJ", "UZ"].flatMap((s): Row[] => [
    [s, "1992-05-14", false, "never"],
    [s, "1992-05-15", true, "member"],
  ]),
  // Later signatories (§1).
  ["AZ", "1993-09-23", false, "never"],
  ["AZ", "1993-09-24", true, "member"],
  ["GE", "1993-12-08", false, "never"],
  ["GE", "1993-12-09", true, "member"],
  ["BY", "1993-12-30", false, "never"],
  ["BY", "1993-12-31", true, "member"],
  // Not extended in 1999: parties up to and including 1999-04-20 (§2).
  ...["AZ", "GE", "UZ"].flatMap((s): Row[] => [
    [s, "1999-04-20", true, "member"],
    [s, "1999-04-21", false, "former"],
  ]),
  ...["AM", "BY", "KZ", "KG", "RU", "TJ"].map((s): Row => [s, "1999-04-21", true, "member"]),
  // Uzbekistan: restored by the Council on 2006-06-23, suspended on 2012-12-19 (§4).
  ["UZ", "2006-06-22", false, "former"],
  ["UZ", "2006-06-23", true, "member"],
  ["UZ", "2010-03-01", true, "member"],
  ["UZ", "2012-12-18", true, "member"],
  ["UZ", "2012-12-19", false, "suspended"],
  ["UZ", "2026-02-03", false, "suspended"],
  // Never back: Georgia and Azerbaijan.
  ["GE", "2026-02-03", false, "former"],
  ["AZ", "2026-02-03", false, "former"],
  // Armenia is a formal member throughout, frozen participation or not (§5).
  ["AM", "2024-02-22", true, "member"],
  ["AM", "2026-02-03", true, "member"],
];

const organization: Row[] = [
  // The Charter entered into force on 2003-09-18 (§3).
  ...["AM", "BY", "KZ", "KG", "RU", "TJ"].flatMap((s): Row[] => [
    [s, "2003-09-17", false, "never"],
    [s, "2003-09-18", true, "member"],
    [s, "2026-02-03", true, "member"],
  ]),
  // Uzbekistan was not a CSTO member before 2006, whatever its treaty history.
  ["UZ", "2003-09-18", false, "never"],
  ["UZ", "2006-06-22", false, "never"],
  ["UZ", "2006-06-23", true, "member"],
  ["UZ", "2012-12-18", true, "member"],
  ["UZ", "2012-12-19", false, "suspended"],
  // Azerbaijan and Georgia left the treaty in 1999, before the CSTO existed.
  ["AZ", "1998-01-01", false, "never"],
  ["AZ", "2010-01-01", false, "never"],
  ["GE", "1998-01-01", false, "never"],
  ["GE", "2010-01-01", false, "never"],
];

describe("isMember and membershipOn on the treaty basis (the default)", () => {
  test.each(treaty)("%s on %s: member %s (%s)", (state, day, member, status) => {
    expect(isMember(state as "UZ", day)).toBe(member);
    expect(isMember(state as "UZ", day, { basis: "treaty" })).toBe(member);
    expect(membershipOn(state as "UZ", day).status).toBe(status);
  });
});

describe("isMember and membershipOn on the organization basis", () => {
  test.each(organization)("%s on %s: member %s (%s)", (state, day, member, status) => {
    expect(isMember(state as "UZ", day, { basis: "organization" })).toBe(member);
    expect(membershipOn(state as "UZ", day, { basis: "organization" }).status).toBe(status);
  });
});

describe("states that never took part", () => {
  test.each(["FR", "fra", "DE", "CN", "US", "RS", "AF", "MD", "UA"])("%s is simply false", (code) => {
    expect(isMember(code as "FR", "2010-01-01")).toBe(false);
    expect(isMember(code as "FR", "2010-01-01", { basis: "organization" })).toBe(false);
    const answer = membershipOn(code as "FR", "2010-01-01");
    expect(answer.status).toBe("never");
    expect(answer.participation).toBe("none");
    expect(answer.period).toBeUndefined();
  });
});

describe("what a state may be given as", () => {
  test.each(["UZ", "uz", "Uz", "UZB", "uzb", "uZb"])("the code %s", (code) => {
    expect(isMember(code as "UZ", "2010-03-01")).toBe(true);
    expect(membershipOn(code as "UZ", "2010-03-01").state).toBe("UZ");
  });
  test("a state record", () => {
    const uzbekistan = dataset.states.find((s) => s.code === "UZ")!;
    expect(isMember(uzbekistan, "2010-03-01")).toBe(true);
    expect(isMember({ code: "GE" }, "1999-04-21")).toBe(false);
  });
  test("a Date, meaning its UTC day", () => {
    expect(isMember("UZ", new Date("2012-12-18T23:59:59.999Z"))).toBe(true);
    expect(isMember("UZ", new Date("2012-12-19T00:00:00.000Z"))).toBe(false);
    // 2012-12-19T01:00 in Tashkent (UTC+5) is still 2012-12-18 in UTC.
    expect(isMember("UZ", new Date("2012-12-19T01:00:00+05:00"))).toBe(true);
    expect(membershipOn("UZ", new Date(Date.UTC(2010, 2, 1, 12))).day).toBe("2010-03-01");
  });
});

describe("membershipOn, the detailed answer", () => {
  test("names the period behind a member, with its sources", () => {
    const answer = membershipOn("UZ", "2010-03-01", { basis: "organization" });
    expect(answer).toMatchObject({ state: "UZ", day: "2010-03-01", basis: "organization", status: "member" });
    expect(answer.period).toMatchObject({ from: "2006-06-23", until: "2012-12-19", end: "suspended" });
    expect(sourcesOf(answer.period!).length).toBeGreaterThan(0);
    expect(answer.participation).toBe("full");
  });

  test("for a former or suspended state, names the last period that ended", () => {
    expect(membershipOn("GE", "2005-01-01").period).toMatchObject({ from: "1993-12-09", until: "1999-04-21" });
    expect(membershipOn("UZ", "2000-01-01").period).toMatchObject({ from: "1992-05-15", until: "1999-04-21" });
    expect(membershipOn("UZ", "2020-01-01").period).toMatchObject({ from: "2006-06-23", until: "2012-12-19" });
  });

  test("Armenia's participation is frozen from 2024-02-22, without leaving", () => {
    const before = membershipOn("AM", "2024-02-21");
    const from = membershipOn("AM", "2024-02-22");
    expect(before.participation).toBe("full");
    expect(before.participationFact).toBeUndefined();
    expect(from).toMatchObject({ status: "member", participation: "frozen" });
    expect(from.participationFact).toMatchObject({ state: "AM", from: "2024-02-22", legalAct: false });
    expect(membershipOn("AM", "2025-06-01", { basis: "organization" }).participation).toBe("frozen");
  });

  test("says when a day lies after asOf", () => {
    expect(membershipOn("RU", dataset.asOf).afterAsOf).toBe(false);
    expect(membershipOn("RU", "2030-01-01")).toMatchObject({ afterAsOf: true, asOf: dataset.asOf, status: "member" });
  });

  test("is frozen", () => {
    expect(Object.isFrozen(membershipOn("RU", "2020-01-01"))).toBe(true);
  });

  // A field that does not apply is absent, not present as undefined: `"period" in answer`,
  // Object.keys and a spread all see only the fields that say something.
  test("has exactly the fields that apply", () => {
    const common = ["state", "day", "basis", "status", "participation", "asOf", "afterAsOf"];
    expect(Object.keys(membershipOn("FR", "2010-03-01"))).toEqual(common);
    expect(Object.keys(membershipOn("GE", "1993-01-01"))).toEqual(common);
    expect(Object.keys(membershipOn("RU", "2010-03-01"))).toEqual([...common, "period"]);
    expect(Object.keys(membershipOn("GE", "2005-01-01"))).toEqual([...common, "period"]);
    expect(Object.keys(membershipOn("AM", "2025-01-01"))).toEqual([...common, "period", "participationFact"]);
  });

  test("a state that never took part has no period on either basis", () => {
    for (const code of ["FR", "DE", "CN", "US", "ZW", "AD"] as const) {
      for (const basis of ["treaty", "organization"] as const) {
        const answer = membershipOn(code, "2010-03-01", { basis });
        expect(answer).toEqual({
          state: code,
          day: "2010-03-01",
          basis,
          status: "never",
          participation: "none",
          asOf: dataset.asOf,
          afterAsOf: false,
        });
      }
    }
  });

  test("Azerbaijan left the treaty in 1999 and was never in the organization", () => {
    expect(membershipOn("AZ", "2005-01-01")).toMatchObject({
      status: "former",
      period: { from: "1993-09-24", until: "1999-04-21" },
    });
    expect(membershipOn("AZ", "2005-01-01", { basis: "organization" }).status).toBe("never");
    expect("period" in membershipOn("AZ", "2005-01-01", { basis: "organization" })).toBe(false);
  });
});

describe("membersOn", () => {
  test("before the treaty was signed: nobody", () => {
    expect(membersOn("1992-05-14")).toEqual([]);
    expect(membersOn("2003-09-17", { basis: "organization" })).toEqual([]);
  });
  test.each([
    ["1992-05-15", "treaty", ["AM", "KG", "KZ", "RU", "TJ", "UZ"]],
    ["1993-09-24", "treaty", ["AM", "AZ", "KG", "KZ", "RU", "TJ", "UZ"]],
    ["1993-12-31", "treaty", ["AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ"]],
    ["1999-04-20", "treaty", ["AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ"]],
    ["1999-04-21", "treaty", ["AM", "BY", "KG", "KZ", "RU", "TJ"]],
    ["2006-06-23", "treaty", ["AM", "BY", "KG", "KZ", "RU", "TJ", "UZ"]],
    ["2012-12-19", "treaty", ["AM", "BY", "KG", "KZ", "RU", "TJ"]],
    ["2003-09-18", "organization", ["AM", "BY", "KG", "KZ", "RU", "TJ"]],
    ["2006-06-23", "organization", ["AM", "BY", "KG", "KZ", "RU", "TJ", "UZ"]],
    ["2012-12-18", "organization", ["AM", "BY", "KG", "KZ", "RU", "TJ", "UZ"]],
    ["2023-11-23", "organization", ["AM", "BY", "KG", "KZ", "RU", "TJ"]],
  ] as const)("on %s (%s basis)", (day, basis, codes) => {
    expect(
      membersOn(day, { basis })
        .map((s) => s.code)
        .sort(),
    ).toEqual([...codes].sort());
  });
  test("returns frozen state records with names", () => {
    const members = membersOn("2024-01-01");
    expect(Object.isFrozen(members)).toBe(true);
    expect(members.find((s) => s.code === "BY")!.names).toMatchObject({ en: "Belarus", ru: "Беларусь", de: "Belarus" });
  });
});

describe("formerMembers", () => {
  test("on the treaty basis: Azerbaijan, Georgia and Uzbekistan", () => {
    expect(formerMembers().map((s) => s.code)).toEqual(["AZ", "GE", "UZ"]);
    expect(formerMembers({ basis: "treaty" }).map((s) => s.code)).toEqual(["AZ", "GE", "UZ"]);
  });
  test("on the organization basis: Uzbekistan alone (Azerbaijan and Georgia never joined)", () => {
    expect(formerMembers({ basis: "organization" }).map((s) => s.code)).toEqual(["UZ"]);
  });
  test("is frozen, and Armenia is not in it", () => {
    expect(Object.isFrozen(formerMembers())).toBe(true);
    expect(formerMembers().some((s) => s.code === "AM")).toBe(false);
  });
});
