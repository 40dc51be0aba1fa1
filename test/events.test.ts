// The timeline by year and by state. Events belong to their table's sources; only
// long-settled events (the treaty's signatures) are named here.
import { fc, test as prop } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { CstoError, dataset, eventsIn, eventsOf, resolveState } from "../src/index";

describe("eventsIn", () => {
  test("the events dated in a year, in date order", () => {
    expect(eventsIn(1992).map((e) => e.id)).toEqual(["1992-05-15-treaty-signed"]);
    expect(eventsIn(1991)).toEqual([]);
    const dates = eventsIn(2024).map((e) => e.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
  });
  test("returns a frozen list; refuses a year that is no year", () => {
    expect(Object.isFrozen(eventsIn(2024))).toBe(true);
    expect(() => eventsIn(1992.5)).toThrow(CstoError);
    expect(() => eventsIn(1992.5)).toThrow("Invalid year 1992.5");
  });
  prop.prop([fc.integer({ min: 1990, max: 2030 })])("an event dated in a year is listed in it", (year) => {
    for (const event of dataset.events) {
      const inYear = event.date.startsWith(`${year}-`);
      if (event.endDate === undefined) expect(eventsIn(year).includes(event)).toBe(inYear);
      else if (inYear) expect(eventsIn(year)).toContain(event);
    }
  });
});

describe("eventsOf", () => {
  test("the events that concern a state, in date order", () => {
    const georgia = eventsOf("GE");
    expect(georgia[0]).toMatchObject({ id: "1993-12-09-georgia-signs-treaty", date: "1993-12-09" });
    expect(georgia.every((e) => e.states.includes("GE"))).toBe(true);
    expect(georgia.map((e) => e.date)).toEqual(georgia.map((e) => e.date).sort());
  });
  test("a state in any form; a country no event concerns", () => {
    expect(eventsOf("geo")).toEqual(eventsOf("GE"));
    expect(eventsOf(resolveState("Georgien"))).toEqual(eventsOf("GE"));
    expect(eventsOf("FR")).toEqual([]);
    expect(Object.isFrozen(eventsOf("AM"))).toBe(true);
  });
  test("refuses what is no state", () => {
    expect(() => eventsOf("Georgia" as never)).toThrow(CstoError);
    expect(() => eventsOf("Georgia" as never)).toThrow('Unknown state "Georgia"');
  });
  prop.prop([fc.constantFrom(...dataset.states.map((s) => s.code))])(
    "an event is listed under every state it concerns and under no other",
    (code) => {
      expect(eventsOf(code)).toEqual(dataset.events.filter((e) => (e.states as readonly string[]).includes(code)));
    },
  );
});
