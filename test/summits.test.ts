// Hand-written from the sessions' sources (data/sources.json), not recomputed from data/:
// the days, places, kinds and presiding states as the primary records give them.
import { describe, expect, test } from "vitest";
import { dataset, summitsIn } from "../src/index";
import { FIRST_YEAR_WITHOUT_SUMMITS } from "./data-facts";

describe("summits", () => {
  test("every session of table D is there, in date order", () => {
    expect(dataset.summits.length).toBeGreaterThanOrEqual(40);
    const dates = dataset.summits.map((s) => s.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe("1999-04-02");
  });
  test("the treaty's Council met before the CSTO existed: 1999, 2000 (twice) and 2001", () => {
    expect(summitsIn(1999).map((s) => [s.date, s.city?.en])).toEqual([["1999-04-02", "Moscow"]]);
    expect(summitsIn(2000).map((s) => [s.date, s.city?.en])).toEqual([
      ["2000-05-24", "Minsk"],
      ["2000-10-11", "Bishkek"],
    ]);
    expect(summitsIn(2001).map((s) => [s.date, s.city?.en])).toEqual([["2001-05-25", "Yerevan"]]);
    // The Bishkek day is the date of the agreement signed there, not a dated report of the session.
    expect(dataset.summits.find((s) => s.date === "2000-10-11")?.confidence).toBe("single");
  });
  test("only the Moscow session of 14 May 2002 is numbered by a source: the tenth", () => {
    expect(dataset.summits.filter((s) => s.session !== null).map((s) => [s.date, s.session])).toEqual([
      ["2002-05-14", 10],
    ]);
  });
  test("Sochi, 16 Aug 2006, was an informal EurAsEC meeting, not a Council session: it is an event", () => {
    expect(summitsIn(2006).map((s) => s.date)).toEqual(["2006-06-23"]);
    expect(dataset.events.find((e) => e.date === "2006-08-16")?.id).toBe(
      "2006-08-16-uzbekistan-restoration-protocol-signed",
    );
  });
  test("Moscow 2008 was a one-day session: no end day", () => {
    const moscow = dataset.summits.find((s) => s.date === "2008-09-05")!;
    expect(moscow.endDate).toBeUndefined();
    expect(moscow.venue).toBe("Grand Kremlin Palace");
  });
  test.each([
    ["2002-05-14", { host: "RU", kind: "jubilee", presidedBy: "RU", session: 10 }],
    ["2002-10-07", { host: "MD", nonMemberVenue: true, status: "held" }],
    ["2009-02-04", { kind: "extraordinary", presidedBy: "AM" }],
    ["2009-06-14", { presidedBy: "RU" }],
    ["2010-08-20", { kind: "informal", presidedBy: "RU" }],
    ["2011-08-12", { kind: "informal", presidedBy: "BY" }],
    ["2011-12-20", { kind: "regular" }],
    ["2015-12-21", { presidedBy: "AM" }],
    ["2016-12-26", { kind: "informal", confidence: "disputed" }],
    ["2009-06-14", { host: "RU", kind: "regular", status: "held" }],
    ["2012-05-15", { kind: "jubilee" }],
    ["2018-12-06", { status: "cancelled" }],
    ["2020-12-02", { format: "video", city: null, status: "held" }],
    ["2021-08-23", { kind: "extraordinary", format: "video" }],
    ["2023-11-23", { host: "BY", kind: "regular", presidedBy: "BY", status: "held" }],
    ["2025-11-27", { host: "KG", kind: "regular", status: "held" }],
    ["2026-11-11", { host: "RU" }],
  ] as const)("%s", (date, expected) => {
    expect(dataset.summits.find((s) => s.date === date)).toMatchObject(expected);
  });
  test("a session dated after asOf is scheduled, one on or before it is held or cancelled", () => {
    for (const summit of dataset.summits) {
      expect(summit.status === "scheduled", summit.id).toBe(summit.date > dataset.asOf);
    }
    expect(dataset.summits.some((summit) => summit.status === "scheduled")).toBe(
      dataset.summits.some((summit) => summit.date > dataset.asOf),
    );
  });
  test("city names are given in three languages", () => {
    expect(dataset.summits.find((s) => s.date === "2023-11-23")!.city).toEqual({
      en: "Minsk",
      ru: "Минск",
      de: "Minsk",
    });
    expect(dataset.summits.find((s) => s.date === "2024-11-28")!.city).toMatchObject({ en: "Astana", ru: "Астана" });
  });
});

describe("summitsIn", () => {
  test.each([
    [2002, ["2002-05-14", "2002-10-07"]],
    [2006, ["2006-06-23"]],
    [2008, ["2008-09-05", "2008-12-19"]],
    [2018, ["2018-11-08", "2018-12-06"]],
    [2022, ["2022-01-10", "2022-05-16", "2022-09-13", "2022-10-28", "2022-11-23"]],
    [2026, ["2026-11-11"]],
    [FIRST_YEAR_WITHOUT_SUMMITS, []],
    [1992, []],
    [1998, []],
  ] as const)("%i", (year, dates) => {
    expect(summitsIn(year).map((s) => s.date)).toEqual(dates);
  });
  test("returns a frozen list", () => {
    expect(Object.isFrozen(summitsIn(2022))).toBe(true);
  });
});
