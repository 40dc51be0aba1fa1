// The command line, called in-process: what it prints and the exit status it returns.
import { describe, expect, test } from "vitest";
import { run } from "../src/cli";
import { AS_OF, DAY_AFTER_AS_OF, FIRST_YEAR_WITHOUT_CHAIR } from "./data-facts";

function csto(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = run(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    today: () => new Date("2025-06-01T10:00:00Z"),
  });
  return { status, out: out.join("\n"), err: err.join("\n") };
}

describe("csto is-member", () => {
  test("yes: exit 0", () => {
    const r = csto("is-member", "UZ", "2010-03-01");
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^yes: Uzbekistan \(UZ\) was a member on 2010-03-01/);
  });
  test("a plain no: exit 1", () => {
    expect(csto("is-member", "UZ", "2015-01-01")).toMatchObject({
      status: 1,
      out: expect.stringContaining("suspended"),
    });
    expect(csto("is-member", "GE", "2005-01-01")).toMatchObject({
      status: 1,
      out: expect.stringContaining("former member"),
    });
    expect(csto("is-member", "FR", "2005-01-01")).toMatchObject({
      status: 1,
      out: expect.stringContaining("France (FR) never took part"),
    });
    expect(csto("is-member", "GE", "1993-01-01")).toMatchObject({
      status: 1,
      out: expect.stringContaining("not yet a member"),
    });
    expect(csto("is-member", "GE", "1998-01-01", "--basis", "organization").out).toContain(
      "Georgia (GE) was never a member of the CSTO",
    );
  });
  test("takes names in three languages", () => {
    expect(csto("is-member", "Белоруссия", "2024-01-01").status).toBe(0);
    expect(csto("is-member", "Weißrussland", "2024-01-01").status).toBe(0);
    expect(csto("is-member", "Frankreich", "2024-01-01").status).toBe(1);
  });
  test("--basis organization", () => {
    expect(csto("is-member", "GE", "1998-01-01", "--basis", "organization").status).toBe(1);
    expect(csto("is-member", "GE", "1998-01-01", "--basis", "treaty").status).toBe(0);
  });
  test("--json prints the detailed answer", () => {
    const r = csto("is-member", "AM", "2025-01-01", "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ member: true, state: "AM", status: "member", participation: "frozen" });
  });
  test("says so when the day is after asOf, and when participation is frozen", () => {
    const r = csto("is-member", "AM", "2030-01-01");
    expect(r.out).toContain("frozen since 2024-02-22");
    expect(r.out).toContain(`after ${AS_OF}`);
  });
  test.each([
    [["is-member", "Atlantis", "2020-01-01"], 'Unknown state "Atlantis"'],
    [["is-member", "UZ", "2023-02-30"], 'Invalid day "2023-02-30"'],
    [["is-member", "UZ"], "usage: csto is-member STATE DAY"],
    [["is-member", "UZ", "2020-01-01", "--basis", "org"], 'Invalid basis "org"'],
  ])("bad input %j: exit 2 with the reason on stderr", (args, reason) => {
    const r = csto(...args);
    expect(r.status).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(reason);
  });
});

describe("the other commands", () => {
  test("members [DAY]", () => {
    expect(csto("members", "1999-04-21").out).toContain("6 members on 1999-04-21 (treaty basis)");
    expect(csto("members").out).toContain("on 2025-06-01");
    expect(csto("members", "2030-01-01").out).toContain(`note: 2030-01-01 is after ${AS_OF}`);
    expect(JSON.parse(csto("members", "2010-01-01", "--json", "--basis", "organization").out)).toMatchObject({
      basis: "organization",
      members: expect.arrayContaining([{ code: "UZ", name: "Uzbekistan" }]),
    });
  });
  test("former", () => {
    const r = csto("former");
    expect(r.status).toBe(0);
    expect(r.out).toContain("UZ  Uzbekistan: suspended since 2012-12-19");
    expect(r.out).toContain("GE  Georgia: former since 1999-04-21");
    expect(JSON.parse(csto("former", "--json", "--basis", "organization").out)).toEqual([
      { code: "UZ", status: "suspended", since: "2012-12-19", basis: "organization", name: "Uzbekistan" },
    ]);
  });
  test("chair YEAR", () => {
    expect(csto("chair", "2023")).toMatchObject({ status: 0, out: expect.stringContaining("Belarus (BY)") });
    expect(csto("chair", "2009").out).toContain("temporary");
    expect(csto("chair", "2007").out).toContain("until about 2007-10-06");
    expect(JSON.parse(csto("chair", "2024", "--json").out)).toMatchObject({ state: "KZ" });
    expect(csto("chair", String(FIRST_YEAR_WITHOUT_CHAIR))).toMatchObject({
      status: 1,
      out: `No chairmanship is recorded for ${FIRST_YEAR_WITHOUT_CHAIR}.`,
    });
    expect(csto("chair", "twenty")).toMatchObject({ status: 2, err: expect.stringContaining('Invalid year "twenty"') });
  });
  test("summits [YEAR]", () => {
    expect(csto("summits", "2023").out).toContain("2023-11-23  Minsk (BY)  regular, held");
    expect(csto("summits", "2021").out).toContain("video conference");
    expect(csto("summits").out.split("\n").length).toBeGreaterThanOrEqual(40);
    expect(csto("summits", "1995").out).toBe("No sessions are recorded for that year.");
    expect(JSON.parse(csto("summits", "2026", "--json").out)[0]).toMatchObject({ status: "scheduled" });
  });
  test("sg [DAY]", () => {
    expect(csto("sg", "2017-03-01").out).toContain("Valery Semerikov (RU), acting Secretary-General");
    expect(csto("sg").out).toContain("Imangali Tasmagambetov");
    expect(csto("sg", DAY_AFTER_AS_OF).out).toContain(`note: ${DAY_AFTER_AS_OF} is after`);
    expect(JSON.parse(csto("chair", "2023", "--json").out).note).toContain("2023-01-01");
    expect(JSON.parse(csto("is-member", "GE", "2000-01-01", "--json").out).period.note).toContain("1993-09-09");
    expect(csto("sg", "2000-01-01")).toMatchObject({ status: 1 });
    expect(JSON.parse(csto("sg", "2020-06-01", "--json").out)).toMatchObject({ state: "BY" });
  });
  test("--help and --version", () => {
    expect(csto("--help")).toMatchObject({ status: 0, out: expect.stringContaining("Usage: csto") });
    expect(csto("-v").out).toMatch(new RegExp(`^csto \\d+\\.\\d+\\.\\d+ \\(data as of ${AS_OF}\\)$`));
    expect(JSON.parse(csto("--version", "--json").out)).toMatchObject({ asOf: AS_OF });
  });
  test.each([
    [[], "Usage: csto"],
    [["launch"], 'unknown command "launch"'],
    [["toString"], 'unknown command "toString"'],
    [["former", "extra"], "usage: csto former"],
    [["chair"], "usage: csto chair YEAR"],
    [["members", "--frobnicate"], "Unknown option"],
    [["members", "--basis"], "argument missing"],
    [["is-member", "__proto__", "2020-01-01"], 'Unknown state "__proto__"'],
    [["is-member", "constructor", "2020-01-01"], 'Unknown state "constructor"'],
    [["is-member", "", "2020-01-01"], 'Unknown state ""'],
    [["is-member", "UZ", "2020-01-01", "--json=yes"], "does not take an argument"],
    [["chair", "-1"], "Unknown option '-1'"],
    [["chair", "--", "-1"], 'Invalid year "-1"'],
    [["chair", "2023.5"], 'Invalid year "2023.5"'],
    [["chair", "99999"], "Invalid year 99999"],
    // Quoted as typed, not as Number() would round it.
    [["chair", "9007199254740993"], 'Invalid year "9007199254740993"'],
    [["chair", "99999999999999999999999"], 'Invalid year "99999999999999999999999"'],
    // --basis only where it means something, and never ignored in silence.
    [
      ["chair", "2023", "--basis", "nato"],
      "--basis does not apply to chair; it applies to is-member, members and former.",
    ],
    [["summits", "2023", "--basis", "treaty"], "--basis does not apply to summits"],
    [["sg", "2024-01-01", "--basis", "organization"], "--basis does not apply to sg"],
    [["former", "--basis", "nato"], 'Invalid basis "nato"'],
    [["summits", "1e3"], 'Invalid year "1e3"'],
    [["sg", "2021-02-29"], 'Invalid day "2021-02-29"'],
    [["members", "1900-02-29"], 'Invalid day "1900-02-29"'],
  ])("bad input %j: exit 2", (args, reason) => {
    const r = csto(...args);
    expect(r.status).toBe(2);
    expect(r.err).toContain(reason);
  });
});

// Whole outputs, line for line: a script that reads the CLI's text or JSON relies on every word.
describe("exact output", () => {
  test.each<[string[], number, string]>([
    [
      ["is-member", "UZ", "2010-03-01"],
      0,
      "yes: Uzbekistan (UZ) was a member on 2010-03-01 (treaty basis, from 2006-06-23 until 2012-12-19)",
    ],
    [["is-member", "RU", AS_OF], 0, `yes: Russia (RU) was a member on ${AS_OF} (treaty basis, since 1992-05-15)`],
    [
      ["is-member", "AM", AS_OF],
      0,
      `yes: Armenia (AM) was a member on ${AS_OF} (treaty basis, since 1992-05-15); its participation is frozen since 2024-02-22, without leaving`,
    ],
    [
      ["is-member", "AM", DAY_AFTER_AS_OF],
      0,
      `yes: Armenia (AM) was a member on ${DAY_AFTER_AS_OF} (treaty basis, since 1992-05-15); its participation is frozen since 2024-02-22, without leaving\n` +
        `note: ${DAY_AFTER_AS_OF} is after ${AS_OF}, the last day the data was checked; the answer assumes nothing changed since.`,
    ],
    [
      ["is-member", "UZ", "2015-01-01"],
      1,
      "no: Uzbekistan (UZ) was suspended on 2015-01-01 (treaty basis; no longer a member from 2012-12-19)",
    ],
    [
      ["is-member", "GE", "2005-01-01"],
      1,
      "no: Georgia (GE) was a former member on 2005-01-01 (treaty basis; no longer a member from 1999-04-21)",
    ],
    [["is-member", "FR", "2005-01-01"], 1, "no: France (FR) never took part in the treaty or the CSTO"],
    [["is-member", "GE", "1993-01-01"], 1, "no: Georgia (GE) was not yet a member on 1993-01-01 (treaty basis)"],
    [
      ["is-member", "GE", "1998-01-01", "--basis", "organization"],
      1,
      "no: Georgia (GE) was never a member of the CSTO (organization basis)",
    ],
    [
      ["members", AS_OF],
      0,
      `6 members on ${AS_OF} (treaty basis):\n  AM  Armenia\n  BY  Belarus\n  KG  Kyrgyzstan\n  KZ  Kazakhstan\n  RU  Russia\n  TJ  Tajikistan`,
    ],
    [
      ["former"],
      0,
      "AZ  Azerbaijan: former since 1999-04-21\nGE  Georgia: former since 1999-04-21\nUZ  Uzbekistan: suspended since 2012-12-19",
    ],
    [["chair", "2004"], 0, "2004: Kazakhstan (KZ), chair from 2004-06-18 until 2005-06-23 (disputed)"],
    [["chair", "2007"], 0, "2007: Belarus (BY), chair from 2006-06-23 until about 2007-10-06 (single)"],
    [["chair", "2008"], 0, "2008: Kyrgyzstan (KG), chair from about 2007-10-06 until 2008-09-05"],
    [["chair", "2009"], 0, "2009: Russia (RU), chair from 2009-06-14 until 2010-12-10 (temporary)"],
    [["chair", "2023"], 0, "2023: Belarus (BY), chair from 2022-11-23 until 2024-01-01 (disputed)"],
    [["sg", "2010-01-01"], 0, "Nikolai Bordyuzha (RU), Secretary-General from 2003-04-28 until 2017-01-01"],
    [["sg", "2017-03-01"], 0, "Valery Semerikov (RU), acting Secretary-General from 2017-01-01 until 2017-05-02"],
    [["sg", "2026-02-03"], 0, "Taalatbek Masadykov (KG), Secretary-General since 2026-01-01"],
    [["sg", "2000-01-01"], 1, "No Secretary-General is recorded for that day."],
    [["summits", "2002"], 0, "2002-05-14  Moscow (RU)  jubilee, held\n2002-10-07  Chișinău (MD)  unspecified, held"],
    [
      ["summits", "2021"],
      0,
      "2021-08-23  video conference  extraordinary, held\n2021-09-16  Dushanbe (TJ)  regular, held",
    ],
  ])("csto %j", (args, status, out) => {
    expect(csto(...args)).toEqual({ status, out, err: "" });
  });

  test("members --json, on asOf and the day after", () => {
    const members = [
      { code: "AM", name: "Armenia" },
      { code: "BY", name: "Belarus" },
      { code: "KG", name: "Kyrgyzstan" },
      { code: "KZ", name: "Kazakhstan" },
      { code: "RU", name: "Russia" },
      { code: "TJ", name: "Tajikistan" },
    ];
    expect(JSON.parse(csto("members", AS_OF, "--json").out)).toEqual({
      day: AS_OF,
      basis: "treaty",
      afterAsOf: false,
      members,
    });
    expect(JSON.parse(csto("members", DAY_AFTER_AS_OF, "--json").out)).toEqual({
      day: DAY_AFTER_AS_OF,
      basis: "treaty",
      afterAsOf: true,
      members,
    });
    expect(JSON.parse(csto("members", "1992-05-15", "--basis", "organization", "--json").out)).toEqual({
      day: "1992-05-15",
      basis: "organization",
      afterAsOf: false,
      members: [],
    });
  });

  test.each<[string[], string]>([
    [["members", "2020-01-01", "2021-01-01"], "csto: usage: csto members [DAY]"],
    [["summits", "2020", "2021"], "csto: usage: csto summits [YEAR]"],
    [["sg", "2020-01-01", "2021-01-01"], "csto: usage: csto sg [DAY]"],
    [["is-member", "UZ", "2020-01-01", "2021-01-01"], "csto: usage: csto is-member STATE DAY"],
    [["chair", "2020", "2021"], "csto: usage: csto chair YEAR"],
  ])("too many arguments: csto %j", (args, err) => {
    expect(csto(...args)).toEqual({ status: 2, out: "", err });
  });
});

describe("an error that is not the user's is not reported as bad input", () => {
  const failing = (error: Error) => ({
    out: () => {
      throw error;
    },
    err: () => {},
    today: () => new Date("2025-06-01T10:00:00Z"),
  });
  test.each([
    ["an Error", new Error("write EPIPE")],
    ["a TypeError", new TypeError("the output is closed")],
    [
      "a TypeError with a code",
      Object.assign(new TypeError("write after end"), { code: "ERR_STREAM_WRITE_AFTER_END" }),
    ],
    // Only node's own argument errors (TypeErrors from parseArgs) are usage errors.
    ["an Error with a usage code", Object.assign(new Error("odd stream"), { code: "ERR_PARSE_ARGS_UNKNOWN_OPTION" })],
  ])("%s from the output is thrown on", (_label, error) => {
    expect(() => run(["former"], failing(error))).toThrow(error);
  });
});
