// Hand-written from the chairmanships' sources (data/sources.json), not recomputed from data/:
// the first and the last day of every chairmanship, and the chair of every year.
import { describe, expect, test } from "vitest";
import { chairOf, chairOn, noteOf, sourcesOf } from "../src/index";
import { FIRST_DAY_WITHOUT_CHAIR, FIRST_YEAR_WITHOUT_CHAIR } from "./data-facts";

// [chair, first day, last day] of every chairmanship (table B; `to` is the hand-over day). The
// 2005, 2006 and 2014 hand-overs are the Council sessions of 23 June 2005 (Kremlin transcript,
// kremlin-2005-06-23), 23 June 2006 (afn-today-2006-06-23) and 23 December 2014 (Khovar,
// khovar-2014-12-23), not the ministers' meetings of the day before.
const periods = [
  ["KZ", "2004-06-18", "2005-06-22"],
  ["RU", "2005-06-23", "2006-06-22"],
  ["BY", "2006-06-23", "2007-10-05"],
  ["KG", "2007-10-06", "2008-09-04"],
  ["AM", "2008-09-05", "2009-06-13"],
  ["RU", "2009-06-14", "2010-12-09"],
  ["BY", "2010-12-10", "2011-12-19"],
  ["KZ", "2011-12-20", "2012-12-18"],
  ["KG", "2012-12-19", "2013-09-22"],
  ["RU", "2013-09-23", "2014-12-22"],
  ["TJ", "2014-12-23", "2015-09-14"],
  ["AM", "2015-09-15", "2016-10-13"],
  ["BY", "2016-10-14", "2017-11-29"],
  ["KZ", "2017-11-30", "2018-11-07"],
  ["KG", "2018-11-08", "2019-11-27"],
  ["RU", "2019-11-28", "2020-12-01"],
  ["TJ", "2020-12-02", "2021-09-15"],
  ["AM", "2021-09-16", "2022-11-22"],
  ["BY", "2022-11-23", "2023-12-31"],
  ["KZ", "2024-01-01", "2024-12-31"],
  ["KG", "2025-01-01", "2025-12-31"],
  ["RU", "2026-01-01", "2026-12-31"],
] as const;

describe("chairOn: exact to the day", () => {
  test.each(periods)("%s from %s to %s", (chair, first, last) => {
    expect(chairOn(first)?.state).toBe(chair);
    expect(chairOn(last)?.state).toBe(chair);
    expect(chairOn(first)).toBe(chairOn(last));
  });
  test("nothing is recorded before 2004-06-18 or after the last recorded chairmanship", () => {
    expect(chairOn("2004-06-17")).toBeUndefined();
    expect(chairOn("2002-10-07")).toBeUndefined();
    expect(chairOn("1992-05-15")).toBeUndefined();
    expect(chairOn(FIRST_DAY_WITHOUT_CHAIR)).toBeUndefined();
  });
  test("takes a Date as its UTC day", () => {
    expect(chairOn(new Date("2009-06-13T23:00:00Z"))?.state).toBe("AM");
    expect(chairOn(new Date("2009-06-14T00:00:00Z"))?.state).toBe("RU");
  });
});

describe("chairOf: the chairmanship covering most of the year (table A)", () => {
  test.each([
    [2004, "KZ"],
    [2005, "RU"],
    [2006, "BY"],
    [2007, "BY"],
    [2008, "KG"],
    [2009, "RU"],
    [2010, "RU"],
    [2011, "BY"],
    [2012, "KZ"],
    [2013, "KG"],
    [2014, "RU"],
    [2015, "TJ"],
    [2016, "AM"],
    [2017, "BY"],
    [2018, "KZ"],
    [2019, "KG"],
    [2020, "RU"],
    [2021, "TJ"],
    [2022, "AM"],
    [2023, "BY"],
    [2024, "KZ"],
    [2025, "KG"],
    [2026, "RU"],
  ] as const)("%i: %s", (year, chair) => {
    expect(chairOf(year)?.state).toBe(chair);
  });
  test.each([0, 1992, 2002, 2003, FIRST_YEAR_WITHOUT_CHAIR, FIRST_YEAR_WITHOUT_CHAIR + 1, 9999])(
    "%i: none recorded",
    (year) => {
      expect(chairOf(year)).toBeUndefined();
    },
  );
});

describe("what a chairmanship record says", () => {
  test("Russia's 2009-2010 chairmanship was temporary (Belarus declined)", () => {
    expect(chairOn("2010-01-01")).toMatchObject({ state: "RU", temporary: true, term: "intersessional" });
    expect(chairOn("2014-01-01")?.temporary).toBe(false);
  });
  test("the 2007 hand-over day is approximate on both sides", () => {
    expect(chairOn("2007-10-05")).toMatchObject({ state: "BY", approximateUntil: true });
    expect(chairOn("2007-10-06")).toMatchObject({ state: "KG", approximateFrom: true });
    expect(chairOn("2008-01-01")?.approximateUntil).toBe(false);
  });
  test("Belarus's 2022-2023 start is disputed, with the other reading in the note", () => {
    const belarus = chairOf(2023)!;
    expect(belarus).toMatchObject({ from: "2022-11-23", until: "2024-01-01", confidence: "disputed" });
    expect(noteOf(belarus)).toMatch(/2023-01-01/);
  });
  test("the hand-overs of 2005, 2006 and 2014 are the Council session days; the eve is the other reading", () => {
    expect([chairOn("2005-06-22")?.state, chairOn("2005-06-23")?.state]).toEqual(["KZ", "RU"]);
    expect([chairOn("2006-06-22")?.state, chairOn("2006-06-23")?.state]).toEqual(["RU", "BY"]);
    expect([chairOn("2014-12-22")?.state, chairOn("2014-12-23")?.state]).toEqual(["RU", "TJ"]);
  });
  test.each([
    ["2005-06-23", "2005-06-22"],
    ["2014-12-23", "2014-12-22"],
  ])("the hand-over of %s is disputed, and the note keeps the other reading, %s", (day, eve) => {
    expect(chairOn(day)?.confidence).toBe("disputed");
    expect(noteOf(chairOn(day)!)).toContain(eve);
  });
  test("from 2024 a chairmanship is a calendar year", () => {
    expect(chairOf(2024)).toMatchObject({ from: "2024-01-01", until: "2025-01-01", term: "calendar-year" });
    expect(chairOf(2026)).toMatchObject({ from: "2026-01-01", until: "2027-01-01", term: "calendar-year" });
  });
  test("every chairmanship cites sources", () => {
    for (const [, first] of periods) expect(sourcesOf(chairOn(first)!).length).toBeGreaterThan(0);
  });
});
