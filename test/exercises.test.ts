// Exercises, hand-written from their sources (data/sources.json); the years covered are
// derived from data/ (the last year the records reach).
import { fc, test as prop } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { CstoError, dataset, exercisesIn, noteOf } from "../src/index";
import { AS_OF } from "./data-facts";

const LAST_YEAR = Math.max(...dataset.exercises.map((e) => e.year));
const names = (year: number) => exercisesIn(year).map((e) => e.name.en);

describe("exercisesIn", () => {
  test("every year from 2013 to the last one the sources reach has exercises", () => {
    expect(LAST_YEAR).toBeGreaterThanOrEqual(Number(AS_OF.slice(0, 4)));
    for (let year = 2013; year <= LAST_YEAR; year++) expect(exercisesIn(year).length, String(year)).toBeGreaterThan(0);
    expect(exercisesIn(2012)).toEqual([]);
    expect(exercisesIn(LAST_YEAR + 1)).toEqual([]);
  });
  test("2023: Combat Brotherhood in Belarus, its parts, and Armenia's refusals", () => {
    const brotherhood = exercisesIn(2023).find((e) => e.umbrella)!;
    expect(brotherhood).toMatchObject({
      name: { en: "Combat Brotherhood 2023" },
      start: { day: "2023-09-01" },
      end: { day: "2023-09-06" },
      host: "BY",
      participants: ["BY", "KZ", "KG", "RU", "TJ"],
      confidence: "disputed",
    });
    expect(noteOf(brotherhood)).toContain("13 Oct");
    const parts = exercisesIn(2023).filter((e) => e.partOf === brotherhood.id);
    expect(parts.map((e) => e.series)).toEqual(["vzaimodeistvie", "poisk", "eshelon", "barier", "nerushimoe-bratstvo"]);
    expect(parts.at(-1)).toMatchObject({
      host: "KG",
      start: { day: "2023-10-09" },
      end: { day: "2023-10-13" },
      refused: [
        { state: "AM", what: "host" },
        { state: "AM", what: "participate" },
      ],
    });
  });
  test("nothing counted twice: without umbrellas, each exercise once", () => {
    expect(
      exercisesIn(2021)
        .filter((e) => !e.umbrella)
        .map((e) => e.name.en),
    ).toEqual(["Frontier 2021", "Interaction 2021", "Search 2021", "Echelon 2021", "Indestructible Brotherhood 2021"]);
    for (const exercise of dataset.exercises) {
      if (exercise.partOf !== null)
        expect(dataset.exercises.find((e) => e.id === exercise.partOf)?.umbrella).toBe(true);
    }
  });
  test("a year's exercises in order of their first day, those without a day last", () => {
    expect(names(2016)).toEqual(["Search 2016", "Indestructible Brotherhood 2016", "Frontier 2016"]);
    expect(names(2013)).toEqual(["Cobalt 2013", "Thunder 2013", "Interaction 2013", "Indestructible Brotherhood 2013"]);
  });
  test("held, cancelled, unconfirmed and planned", () => {
    expect(exercisesIn(2022).find((e) => e.status === "cancelled")).toMatchObject({
      series: "nerushimoe-bratstvo",
      host: "KG",
      start: { day: "2022-10-10" },
    });
    expect(
      exercisesIn(2020)
        .filter((e) => e.status === "unconfirmed")
        .map((e) => e.series),
    ).toEqual(["vzaimodeistvie", "poisk"]);
    expect(exercisesIn(2021).find((e) => e.series === "rubezh")?.status).toBe("held");
    for (const exercise of dataset.exercises) {
      const first = (exercise.start ?? exercise.end)?.day;
      if (exercise.status === "planned") expect(first! > AS_OF).toBe(true);
      if (exercise.status === "held") expect(((exercise.end ?? exercise.start)?.day ?? "") <= AS_OF).toBe(true);
    }
    expect(exercisesIn(LAST_YEAR).every((e) => e.status === "planned")).toBe(true);
  });
  test("returns a frozen list", () => {
    expect(Object.isFrozen(exercisesIn(2023))).toBe(true);
    expect(Object.isFrozen(exercisesIn(1900))).toBe(true);
  });
  test.each([2023.5, -1, 10000, Number.NaN])("refuses the year %s", (year) => {
    expect(() => exercisesIn(year)).toThrow(CstoError);
    expect(() => exercisesIn(year)).toThrow(`Invalid year ${year}`);
  });

  prop.prop([fc.integer({ min: 0, max: 9999 })])("each exercise is listed in its year and in no other", (year) => {
    expect(exercisesIn(year)).toEqual(dataset.exercises.filter((e) => e.year === year));
  });
});
