// Hand-written from the events' sources (data/sources.json), not recomputed from data/: the day
// of each event as the primary record (the official agency of the day, the document itself)
// gives it.
import { describe, expect, test } from "vitest";
import { dataset, noteOf, sourcesOf } from "../src/index";

const event = (id: string) => dataset.events.find((e) => e.id === id);

describe("event days", () => {
  test.each([
    ["1992-05-15-treaty-signed", "1992-05-15"],
    ["1994-04-20-treaty-in-force", "1994-04-20"],
    ["1999-02-22-georgia-announces-non-extension", "1999-02-22"],
    ["1999-04-02-extension-protocol-signed", "1999-04-02"],
    ["2002-10-07-charter-signed", "2002-10-07"],
    ["2003-09-18-charter-in-force", "2003-09-18"],
    ["2006-08-16-uzbekistan-restoration-protocol-signed", "2006-08-16"],
    ["2012-12-19-uzbekistan-membership-suspended", "2012-12-19"],
    ["2024-02-22-armenia-freezes-participation", "2024-02-22"],
    ["2025-11-24-ushakov-armenia-not-attending", "2025-11-24"],
    ["2026-02-12-joint-staff-2026-exercise-plan", "2026-02-12"],
  ])("%s is on %s", (id, day) => {
    expect(event(id)?.date).toBe(day);
  });
});

describe("corrections of 0.2", () => {
  test("Ushakov spoke on 24 Nov 2025 (TASS, Kommersant), not on the 25th of the next-day reports", () => {
    expect(event("2025-11-25-ushakov-armenia-not-attending")).toBeUndefined();
    const ushakov = event("2025-11-24-ushakov-armenia-not-attending")!;
    expect(sourcesOf(ushakov).map((s) => s.id)).toContain("tass-2025-11-24-ushakov-armenia");
    expect(noteOf(ushakov)).toContain("25 Nov");
    expect(dataset.participation[0]!.steps).toContain(ushakov.id);
  });
  test("Shevardnadze signalled on 22 Feb 1999; he did not announce", () => {
    expect(event("1999-02-22-georgia-announces-non-extension")?.title).toMatch(/^At a news conference.*signalling/);
  });
  test("Armenia signed the 2018 protocols through its acting Prime Minister, not a president", () => {
    expect(event("2018-11-08-observer-partner-protocols-signed")?.title).toContain("acting Prime Minister");
  });
  test("the last event recorded is not after asOf", () => {
    expect(dataset.events.at(-1)!.date <= dataset.asOf).toBe(true);
  });
});
