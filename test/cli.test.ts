// The command line, called in-process: what it prints and the exit status it returns.
import { describe, expect, test } from "vitest";
import { needsNote, run, shortNote } from "../src/cli";
import { dataset, noteOf } from "../src/index";
import {
  AS_OF,
  DAY_AFTER_AS_OF,
  FIRST_YEAR_WITHOUT_CHAIR,
  FIRST_YEAR_WITHOUT_SUMMITS,
  LANGUAGE_LIST,
} from "./data-facts";

/** The note line a text answer prints after a disputed or approximate record: its note, shortened. */
const noteAfter = (id: string, again: string) => `\nnote: ${shortNote(noteOf({ id })!, again)}`;

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
    [["is-member"], "is-member needs STATE. Usage: csto is-member STATE [DAY]"],
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
    expect(csto("summits", "1995")).toMatchObject({
      status: 1,
      out: expect.stringMatching(
        /^No Council session is recorded for 1995; csto records them from \d{4}-\d\d-\d\d to /,
      ),
    });
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
    [["former", "extra"], "former takes no arguments, but was given 1: extra. Usage: csto former"],
    [["chair"], "chair needs YEAR. Usage: csto chair YEAR"],
    [["members", "--frobnicate"], 'unknown option "--frobnicate". Run "csto help" for the options.'],
    [["members", "--basis"], "--basis needs a value: treaty or organization."],
    [["is-member", "__proto__", "2020-01-01"], 'Unknown state "__proto__"'],
    [["is-member", "constructor", "2020-01-01"], 'Unknown state "constructor"'],
    [["is-member", "", "2020-01-01"], 'Unknown state ""'],
    [["is-member", "UZ", "2020-01-01", "--json=yes"], "--json takes no value, but was given"],
    [["chair", "-1"], 'Invalid year "-1"'],
    [["chair", "--", "-1"], 'Invalid year "-1"'],
    [["chair", "2023.5"], 'Invalid year "2023.5"'],
    [["chair", "99999"], "Invalid year 99999"],
    // Quoted as typed, not as Number() would round it.
    [["chair", "9007199254740993"], 'Invalid year "9007199254740993"'],
    [["chair", "99999999999999999999999"], 'Invalid year "99999999999999999999999"'],
    // --basis only where it means something, and never ignored in silence.
    [
      ["chair", "2023", "--basis", "nato"],
      "--basis does not apply to chair; it applies to is-member, members, and former.",
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
      "no: Georgia (GE) was a former member on 2005-01-01 (treaty basis; no longer a member from 1999-04-21)" +
        noteAfter("ge-treaty-1993", "csto is-member GE 2005-01-01 --json"),
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
    [
      ["chair", "2004"],
      0,
      "2004: Kazakhstan (KZ), chair from 2004-06-18 until 2005-06-23 (disputed)" +
        noteAfter("chair-kz-2004", "csto chair 2004 --json"),
    ],
    [
      ["chair", "2007"],
      0,
      "2007: Belarus (BY), chair from 2006-06-23 until about 2007-10-06 (single)" +
        noteAfter("chair-by-2006", "csto chair 2007 --json"),
    ],
    [
      ["chair", "2008"],
      0,
      "2008: Kyrgyzstan (KG), chair from about 2007-10-06 until 2008-09-05" +
        noteAfter("chair-kg-2007", "csto chair 2008 --json"),
    ],
    [["chair", "2009"], 0, "2009: Russia (RU), chair from 2009-06-14 until 2010-12-10 (temporary)"],
    [
      ["chair", "2023"],
      0,
      "2023: Belarus (BY), chair from 2022-11-23 until 2024-01-01 (disputed)" +
        noteAfter("chair-by-2022", "csto chair 2023 --json"),
    ],
    [["sg", "2010-01-01"], 0, "Nikolai Bordyuzha (RU), Secretary-General from 2003-04-28 until 2017-01-01"],
    [["sg", "2017-03-01"], 0, "Valery Semerikov (RU), acting Secretary-General from 2017-01-01 until 2017-05-02"],
    [["sg", "2026-02-03"], 0, "Taalatbek Masadykov (KG), Secretary-General since 2026-01-01"],
    [["sg", "2000-01-01"], 1, "No Secretary-General is recorded for 2000-01-01; the first took office on 2003-04-28."],
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
    [
      ["members", "2020-01-01", "2021-01-01"],
      "csto: members takes at most 1 argument, but was given 2: 2020-01-01 2021-01-01. Usage: csto members [DAY]",
    ],
    [
      ["summits", "2020", "2021"],
      "csto: summits takes at most 1 argument, but was given 2: 2020 2021. Usage: csto summits [YEAR]",
    ],
    [
      ["sg", "2020-01-01", "2021-01-01"],
      "csto: sg takes at most 1 argument, but was given 2: 2020-01-01 2021-01-01. Usage: csto sg [DAY]",
    ],
    [
      ["is-member", "UZ", "2020-01-01", "2021-01-01"],
      "csto: is-member takes at most 2 arguments, but was given 3: UZ 2020-01-01 2021-01-01. Usage: csto is-member STATE [DAY]",
    ],
    [
      ["chair", "2020", "2021"],
      "csto: chair takes at most 1 argument, but was given 2: 2020 2021. Usage: csto chair YEAR",
    ],
    [
      ["help", "chair", "sg"],
      "csto: help takes at most 1 argument, but was given 2: chair sg. Usage: csto help [COMMAND]",
    ],
    [
      ["is-member", "Kyrgyz Republic", "x", "y"],
      'csto: is-member takes at most 2 arguments, but was given 3: "Kyrgyz Republic" x y. Usage: csto is-member STATE [DAY]',
    ],
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

describe("help", () => {
  test.each([["help"], ["--help"], ["-h"], ["help", "--json"]])(
    "csto %j: every command and option, exit 0",
    (...args) => {
      const r = csto(...args);
      expect(r).toMatchObject({ status: 0, err: "" });
      expect(r.out).toMatch(/^Usage: csto COMMAND \[ARGUMENTS\] \[OPTIONS\]/);
      for (const command of [
        "is-member STATE [DAY]",
        "members [DAY]",
        "former",
        "chair YEAR",
        "summits [YEAR]",
        "sg [DAY]",
        "help [COMMAND]",
      ]) {
        expect(r.out).toContain(`  ${command} `);
      }
      for (const option of ["--basis BASIS", "--json", "-h, --help", "-v, --version"])
        expect(r.out).toContain(`  ${option} `);
      expect(r.out).toContain(
        "Exit status: 0 yes or found, 1 no or nothing found, 2 bad input (the reason on stderr).",
      );
      expect(r.out).toContain(`or organization (CSTO membership only, from ${firstOrganizationDay()})`);
    },
  );
  test.each(["is-member", "members", "former", "chair", "summits", "sg", "help"])(
    "csto help %s and csto %s --help",
    (command) => {
      const help = csto("help", command);
      expect(help).toMatchObject({ status: 0, err: "" });
      expect(help.out).toMatch(new RegExp(`^Usage: csto ${command}`));
      expect(help.out).toContain("Exit status: 0");
      expect(csto(command, "--help")).toEqual(help);
      expect(csto(command, "-h")).toEqual(help);
    },
  );
  test("the help of a command says whether --basis applies", () => {
    expect(csto("help", "members").out).toContain("Usage: csto members [DAY] [--basis BASIS] [--json]");
    expect(csto("help", "chair").out).toContain("Usage: csto chair YEAR [--json]\n");
    expect(csto("help", "chair").out).toContain("--basis does not apply.");
    expect(csto("help", "help").out).toContain("Usage: csto help [COMMAND]\n");
    expect(csto("help", "help").out).not.toContain("--basis");
  });
  test("csto alone prints the help on stderr, exit 2", () => {
    const r = csto();
    expect(r.status).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(csto("help").out);
  });
  test.each<[string[], string]>([
    [["help", "chiar"], 'csto: unknown command "chiar"; did you mean "chair"? Run "csto help" for the commands.'],
    [["membres"], 'csto: unknown command "membres"; did you mean "members"? Run "csto help" for the commands.'],
    [["launch"], 'csto: unknown command "launch". Run "csto help" for the commands.'],
    [["toString"], 'csto: unknown command "toString". Run "csto help" for the commands.'],
    [["__proto__", "--help"], 'csto: unknown command "__proto__". Run "csto help" for the commands.'],
  ])("csto %j: an unknown command, with the one it is closest to", (args, err) => {
    expect(csto(...args)).toEqual({ status: 2, out: "", err });
  });
});

describe("every usage error in csto's own words", () => {
  test.each<[string[], string]>([
    [["members", "--jsn"], 'csto: unknown option "--jsn"; did you mean --json? Run "csto help" for the options.'],
    [
      ["members", "--bases", "treaty"],
      'csto: unknown option "--bases"; did you mean --basis? Run "csto help" for the options.',
    ],
    [
      ["members", "--verison"],
      'csto: unknown option "--verison"; did you mean --version? Run "csto help" for the options.',
    ],
    [["members", "-x"], 'csto: unknown option "-x". Run "csto help" for the options.'],
    [["members", "-hv"], 'csto: unknown option "-hv". Run "csto help" for the options.'],
    [["members", "--json=yes"], '{"code":"USAGE","message":"--json takes no value, but was given \\"yes\\"."}'],
    [["members", "--help=me"], 'csto: --help takes no value, but was given "me".'],
    [["members", "--basis"], "csto: --basis needs a value: treaty or organization."],
    [["members", "--basis="], "csto: --basis needs a value: treaty or organization."],
    [["members", "--basis", "--json"], '{"code":"USAGE","message":"--basis needs a value: treaty or organization."}'],
    [["members", "--basis", "treaty", "--basis=organization"], "csto: --basis is given twice."],
    [["chair", "-5"], 'csto: Invalid year "-5": expected a whole number from 0 to 9999.'],
    [["chair", "-2023"], 'csto: Invalid year "-2023": expected a whole number from 0 to 9999.'],
    [["sg", "-2020-01-01"], 'csto: Invalid day "-2020-01-01": expected YYYY-MM-DD, such as "2023-11-23".'],
    [["sg", "-"], 'csto: Invalid day "-": expected YYYY-MM-DD, such as "2023-11-23".'],
    [["is-member", "UZ", "2023-2-3"], 'csto: Invalid day "2023-2-3": expected YYYY-MM-DD, such as "2023-11-23".'],
    [["members", "1.3.2010"], 'csto: Invalid day "1.3.2010": expected YYYY-MM-DD, such as "2023-11-23".'],
    [["is-member", "UZ", "--", "--json"], 'csto: Invalid day "--json": expected YYYY-MM-DD, such as "2023-11-23".'],
    [["is-member"], "csto: is-member needs STATE. Usage: csto is-member STATE [DAY]"],
    [["former", "a", "b"], "csto: former takes no arguments, but was given 2: a b. Usage: csto former"],
    [["sg", "--basis", "treaty"], "csto: --basis does not apply to sg; it applies to is-member, members, and former."],
  ])("csto %j", (args, err) => {
    expect(csto(...args)).toEqual({ status: 2, out: "", err });
  });
  test("no message of node's own parser reaches the user", () => {
    for (const args of [["--jsn"], ["chair", "-5"], ["--basis"], ["-z"], ["--json=1"]]) {
      const { err } = csto(...args);
      expect(err).not.toMatch(/ERR_PARSE_ARGS|To specify a positional argument|'/);
    }
  });
  test("a day is described as a day, never as a Date", () => {
    for (const args of [
      ["members", "yesterday"],
      ["sg", "2023/01/01"],
      ["is-member", "UZ", "01.03.2010"],
    ]) {
      expect(csto(...args).err).not.toContain("Date");
    }
  });
});

describe("--json: errors as a JSON object on stderr, with the code and the message", () => {
  test.each<[string[], string, string]>([
    [
      ["is-member", "XX", "2020-01-01", "--json"],
      "UNKNOWN_STATE",
      `Unknown state "XX": not an ISO 3166-1 code, nor a name csto knows in ${LANGUAGE_LIST}.`,
    ],
    [
      ["is-member", "Kazakstn", "2020-01-01", "--json"],
      "UNKNOWN_STATE",
      `Unknown state "Kazakstn": not an ISO 3166-1 code, nor a name csto knows in ${LANGUAGE_LIST}. Did you mean Kazakhstan (KZ)?`,
    ],
    [
      ["--json", "is-member", "UZ", "2023-02-30"],
      "INVALID_DATE",
      'Invalid day "2023-02-30": month 02 of 2023 has no day 30.',
    ],
    [["chair", "twenty", "--json"], "INVALID_YEAR", 'Invalid year "twenty": expected a whole number from 0 to 9999.'],
    [
      ["members", "--basis", "nato", "--json"],
      "INVALID_OPTION",
      'Invalid basis "nato": expected "treaty" or "organization".',
    ],
    [["launch", "--json"], "USAGE", 'unknown command "launch". Run "csto help" for the commands.'],
    [["--json"], "USAGE", 'no command given. Run "csto help" for the commands.'],
    [
      ["members", "--jsn", "--json"],
      "USAGE",
      'unknown option "--jsn"; did you mean --json? Run "csto help" for the options.',
    ],
    [["chair", "--json"], "USAGE", "chair needs YEAR. Usage: csto chair YEAR"],
  ])("csto %j", (args, code, message) => {
    const r = csto(...args);
    expect(r.status).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).not.toContain("\n");
    expect(JSON.parse(r.err)).toEqual({ code, message });
  });
  test("an argument after -- is no option, --json among them", () => {
    expect(csto("is-member", "UZ", "--", "--json").err).toMatch(/^csto: /);
  });
});

describe("one exit-status rule for every command: 0 found, 1 nothing found or no, 2 bad input", () => {
  test.each<[string[], number]>([
    [["is-member", "UZ", "2010-03-01"], 0],
    [["is-member", "UZ", "2015-01-01"], 1],
    [["members", "2010-03-01"], 0],
    [["members", "1990-01-01"], 1],
    [["members", "1999-04-21", "--basis", "organization"], 1],
    [["former"], 0],
    [["chair", "2023"], 0],
    [["chair", "1995"], 1],
    [["chair", String(FIRST_YEAR_WITHOUT_CHAIR)], 1],
    [["summits"], 0],
    [["summits", "2023"], 0],
    [["summits", "1990"], 1],
    [["summits", String(FIRST_YEAR_WITHOUT_SUMMITS)], 1],
    [["sg", "2010-01-01"], 0],
    [["sg", "2000-01-01"], 1],
    [["help"], 0],
    [["--version"], 0],
  ])("csto %j: %d, with or without --json", (args, status) => {
    expect(csto(...args).status).toBe(status);
    expect(csto(...args, "--json").status).toBe(status);
  });
  test("nothing found under --json: null or an empty list on stdout", () => {
    expect(JSON.parse(csto("chair", "1995", "--json").out)).toBeNull();
    expect(JSON.parse(csto("sg", "2000-01-01", "--json").out)).toBeNull();
    expect(JSON.parse(csto("summits", "1990", "--json").out)).toEqual([]);
    expect(JSON.parse(csto("members", "1990-01-01", "--json").out)).toMatchObject({ members: [] });
  });
});

describe("why a day has no members", () => {
  test("before 2003-09-18 on the organization basis: the CSTO did not exist yet", () => {
    expect(csto("members", "1999-04-21", "--basis", "organization")).toEqual({
      status: 1,
      out:
        "No state was a member on 1999-04-21 (organization basis).\n" +
        `The organization basis counts from ${firstOrganizationDay()}.\n` +
        `${firstOrganizationDay()}: The CSTO Charter entered into force.\n` +
        "The 1992 treaty had 6 members that day: csto members 1999-04-21 --basis treaty",
      err: "",
    });
  });
  test("the day before the first members, and the first day", () => {
    const first = firstOrganizationDay();
    const before = new Date(`${first}T00:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    const dayBefore = before.toISOString().slice(0, 10);
    expect(csto("members", dayBefore, "--basis", "organization").status).toBe(1);
    expect(csto("members", first, "--basis", "organization").status).toBe(0);
  });
  test("before the treaty: from when the treaty basis counts, and no hint at another basis", () => {
    expect(csto("members", "1992-05-14")).toEqual({
      status: 1,
      out:
        "No state was a member on 1992-05-14 (treaty basis).\n" +
        "The treaty basis counts from 1992-05-15.\n" +
        "1992-05-15: Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan signed the Collective Security Treaty in Tashkent.",
      err: "",
    });
    expect(csto("members", "1992-05-14", "--basis", "organization").out).not.toContain("--basis treaty");
  });
});

describe("a missing DAY is today's UTC day, for every command that takes one", () => {
  test.each([["is-member", "UZ"], ["members"], ["sg"]])("csto %j", (...args) => {
    expect(csto(...args)).toEqual(csto(...args, "2025-06-01"));
    expect(csto(...args, "--json")).toEqual(csto(...args, "2025-06-01", "--json"));
  });
});

describe("the note of a disputed or approximate record", () => {
  test("is printed in text mode, shortened, with the command that prints all of it", () => {
    const note = dataset.notes.find((n) => n.id === "chair-by-2022")!.note;
    const out = csto("chair", "2023").out.split("\n");
    expect(out).toHaveLength(2);
    expect(out[1]).toMatch(/^note: Start disputed: /);
    expect(out[1]).toMatch(/… \(all of it: csto chair 2023 --json\)$/);
    expect(note.startsWith(out[1]!.slice("note: ".length, out[1]!.indexOf("…")))).toBe(true);
    expect(out[1]!.indexOf("…") - "note: ".length).toBeLessThanOrEqual(160);
    expect(JSON.parse(csto("chair", "2023", "--json").out).note).toBe(note);
  });
  test("a short note is printed whole", () => {
    const short = dataset.notes.find((n) => n.note.length <= 160 && n.id.startsWith("chair-"));
    if (short !== undefined) {
      const chair = dataset.chairmanships.find((c) => c.id === short.id)!;
      const year = Number(chair.from.slice(0, 4)) + 1;
      expect(csto("chair", String(year)).out).not.toContain("…");
    }
  });
  test("a confirmed record without approximate days prints no note", () => {
    expect(csto("chair", "2009").out).toBe("2009: Russia (RU), chair from 2009-06-14 until 2010-12-10 (temporary)");
  });
  test("a summit's note is indented under it", () => {
    expect(csto("summits", "2016").out).toContain(
      "\n2016-12-26  Saint Petersburg (RU)  informal, held\n" +
        `  note: ${shortNote(noteOf({ id: "summit-2016-12-26-saint-petersburg" })!, "csto summits 2016 --json")}`,
    );
  });
  test("a disputed membership period's note follows the answer", () => {
    expect(csto("is-member", "GE", "1998-01-01").out).toMatch(/\nnote: Signature date disputed: /);
  });
  test("quotes a name with spaces in the command it suggests", () => {
    expect(csto("is-member", "Georgia", "1998-01-01").out).toContain(
      "(all of it: csto is-member Georgia 1998-01-01 --json)",
    );
    expect(csto("is-member", "Грузия ", "1998-01-01").out).toContain(
      '(all of it: csto is-member "Грузия " 1998-01-01 --json)',
    );
  });
});

function firstOrganizationDay(): string {
  return dataset.memberships
    .filter((p) => p.basis === "organization")
    .map((p) => p.from)
    .sort()[0]!;
}

describe("which notes the text answer prints, and how short", () => {
  test.each<[object, boolean]>([
    [{ confidence: "disputed" }, true],
    [{ confidence: "unverified" }, true],
    [{ confidence: "single" }, false],
    [{ confidence: "confirmed" }, false],
    [{ confidence: "confirmed", approximateFrom: true }, true],
    [{ confidence: "confirmed", approximateUntil: true }, true],
    [{ confidence: "confirmed", approximateFrom: false, approximateUntil: false }, false],
    [{ confidence: "confirmed", kind: "disputed" }, false],
    [{ confidence: "confirmed", approximate: "yes" }, false],
  ])("%j: %s", (record, needed) => {
    expect(needsNote(record)).toBe(needed);
  });
  test("a note of 160 characters is printed whole; one of 161 is cut at its last space before", () => {
    const note160 = `${"word ".repeat(31)}abcde`;
    expect(note160).toHaveLength(160);
    expect(shortNote(note160, "csto x --json")).toBe(note160);
    const note161 = `${note160}f`;
    expect(shortNote(note161, "csto x --json")).toBe(
      `${"word ".repeat(31)}… (all of it: csto x --json)`.replace(" …", "…"),
    );
    const spaceAt160 = `${"a".repeat(160)} tail`;
    expect(shortNote(spaceAt160, "again")).toBe(`${"a".repeat(160)}… (all of it: again)`);
    const spaceAt161 = `${"a".repeat(161)} tail`;
    expect(shortNote(spaceAt161, "again")).toBe(`${"a".repeat(160)}… (all of it: again)`);
    expect(shortNote(` ${"a".repeat(200)}`, "again")).toBe("… (all of it: again)");
  });
  test("a confirmed record with a note prints no note", () => {
    const chair = dataset.chairmanships.find(
      (c) =>
        c.confidence === "confirmed" &&
        !c.approximateFrom &&
        !c.approximateUntil &&
        dataset.notes.some((n) => n.id === c.id),
    )!;
    const year = Number(chair.from.slice(0, 4)) + 1;
    expect(csto("chair", String(year)).out).not.toContain("note:");
  });
});

describe("what the CSTO did, from the command line", () => {
  test("operations: under way on a day, or exit 1 when none was", () => {
    const r = csto("operations", "2022-01-10");
    expect(r.status).toBe(0);
    expect(r.out).toContain("requested 2022-01-05, decided 2022-01-06, arrived 2022-01-06");
    expect(r.out).toContain("withdrawn 2022-01-19");
    expect(csto("operations", "2022-01-20")).toMatchObject({
      status: 1,
      out: "No operation was under way on 2022-01-20.",
    });
    expect(JSON.parse(csto("operations", "2022-01-10", "--json").out)[0]).toMatchObject({
      host: "KZ",
      withdrawn: { day: "2022-01-19" },
    });
  });
  test("appeals: by a state's code or name; none is exit 1; a bad state is exit 2", () => {
    expect(csto("appeals", "Kazakhstan").out).toMatch(/^2022-01-05 .*answer: deployment on 2022-01-06/);
    expect(csto("appeals", "Armenia").out).toContain("Article 4 (collective defence)");
    expect(csto("appeals", "FR")).toMatchObject({ status: 1, out: "No appeal of France (FR) is recorded." });
    expect(csto("appeals", "Atlantis").status).toBe(2);
  });
  test("forces, exercises and events", () => {
    expect(csto("forces", "2010-01-01").out).toContain("(CRRF): decided 2009-02-04, agreement signed 2009-06-14");
    expect(csto("forces", "2000-01-01")).toMatchObject({ status: 1 });
    expect(csto("exercises", "2023").out).toContain("AM refused to participate");
    expect(csto("exercises", "1990")).toMatchObject({ status: 1, out: "No exercise is recorded for 1990." });
    expect(csto("exercises", "-5").status).toBe(2);
    expect(csto("events", "1999").out.split("\n")[0]).toBe(
      "1999-02-02  Uzbekistan's Foreign Ministry announced that Uzbekistan would leave the Collective Security Treaty.",
    );
    expect(csto("events", "Georgia").out).toMatch(/^1993-12-09 {2}Georgia signed the Collective Security Treaty\./);
    expect(csto("events", "1990")).toMatchObject({ status: 1 });
  });
  test("export: a table as CSV or JSON, a table csto lacks refused with the closest name", () => {
    expect(csto("export", "languages").out.split("\r\n")[0]).toBe("code,name,complete");
    expect(JSON.parse(csto("export", "languages", "--json").out)[0]).toMatchObject({ code: "en" });
    expect(csto("export", "chairmanship")).toMatchObject({
      status: 2,
      err: expect.stringContaining('Did you mean "chairmanships"?'),
    });
    expect(csto("export", "languages", "--csv", "--json")).toMatchObject({ status: 2 });
    expect(csto("chair", "2023", "--csv")).toMatchObject({ status: 2, err: "csto: --csv applies to export only." });
  });
});
