// Hand-written from the sessions' sources (data/sources.json), not recomputed from data/.
import { describe, expect, test } from "vitest";
import { dataset, summitsIn } from "../src/index";
import { FIRST_YEAR_WITHOUT_SUMMITS } from "./data-facts";

describe("summits", () => {
  test("every session of table D is there, in date order", () => {
    expect(dataset.summits.length).toBeGreaterThanOrEqual(40);
    const dates = dataset.summits.map((s) => s.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe("2002-05-14");
  });
  test.each([
    ["2002-10-07", { host: "MD", nonMemberVenue: true, status: "held" }],
    ["2009-06-14", { host: "RU", kind: "regular", status: "held" }],
    ["2012-05-15", { kind: "jubilee" }],
    ["2018-12-06", { status: "cancelled" }],
    ["2020-12-02", { format: "video", city: null, status: "held" }],
    ["2021-08-23", { kind: "extraordinary", format: "video" }],
    ["2023-11-23", { host: "BY", kind: "regular", presidedBy: "BY", status: "held" }],
    ["2025-11-27", { host: "KG", kind: "regular", status: "held" }],
    ["2026-11-11", { host: "RU", status: "scheduled" }],
  ] as const)("%s", (date, expected) => {
    expect(dataset.summits.find((s) => s.date === date)).toMatchObject(expected);
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
    [2018, ["2018-11-08", "2018-12-06"]],
    [2022, ["2022-01-10", "2022-05-16", "2022-09-13", "2022-10-28", "2022-11-23"]],
    [2026, ["2026-11-11"]],
    [FIRST_YEAR_WITHOUT_SUMMITS, []],
    [1992, []],
  ] as const)("%i", (year, dates) => {
    expect(summitsIn(year).map((s) => s.date)).toEqual(dates);
  });
  test("returns a frozen list", () => {
    expect(Object.isFrozen(summitsIn(2022))).toBe(true);
  });
});
