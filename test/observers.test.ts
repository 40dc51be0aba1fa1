// Statuses beyond membership, hand-written from their sources (data/sources.json).
import { describe, expect, test } from "vitest";
import { CstoError, dataset, noteOf, observersOn, sourcesOf } from "../src/index";

describe("observersOn", () => {
  test("the CSTO observes the UN General Assembly from 2004-12-02", () => {
    expect(observersOn("2004-12-01", { at: "un-general-assembly" })).toEqual([]);
    expect(observersOn("2004-12-02", { at: "un-general-assembly" })).toMatchObject([
      { holder: "CSTO", status: "observer" },
    ]);
    expect(observersOn("2026-02-03", { at: "un-general-assembly" })).toHaveLength(1);
  });
  test("Serbia's parliament observes the CSTO Parliamentary Assembly from 2013 (day unknown)", () => {
    const serbia = observersOn("2013-06-01", { at: "csto-parliamentary-assembly" }).find((s) => s.holder === "RS");
    expect(serbia).toMatchObject({ from: "2013-01-01", fromPrecision: "year", until: null });
    expect(observersOn("2012-12-31", { at: "csto-parliamentary-assembly" }).some((s) => s.holder === "RS")).toBe(false);
  });
  test("Afghanistan's lower house observed the Parliamentary Assembly from 2013 until the fall of Kabul (no formal end)", () => {
    const pa = { at: "csto-parliamentary-assembly" } as const;
    const afghanistan = observersOn("2021-08-14", pa).find((s) => s.holder === "AF");
    expect(afghanistan).toMatchObject({
      from: "2013-01-01",
      fromPrecision: "year",
      until: "2021-08-15",
      untilPrecision: "day",
    });
    expect(noteOf(afghanistan!)).toContain("NOT a formal act");
    expect(observersOn("2021-08-15", pa).some((s) => s.holder === "AF")).toBe(false);
    expect(observersOn("2012-12-31", pa).some((s) => s.holder === "AF")).toBe(false);
  });
  test("no state holds observer or partner status at the CSTO itself", () => {
    expect(observersOn("2026-02-03", { at: "csto" })).toEqual([]);
  });
  test("without a body, every status in force", () => {
    expect(observersOn("2020-01-01").map((s) => s.at)).toEqual(
      expect.arrayContaining(["un-general-assembly", "csto-parliamentary-assembly"]),
    );
    expect(Object.isFrozen(observersOn("2020-01-01"))).toBe(true);
  });
  test("every status cites sources", () => {
    for (const s of dataset.observerStatuses) expect(sourcesOf(s).length).toBeGreaterThan(0);
  });
  test.each([
    [{ at: "nato" }, 'Invalid at "nato"'],
    [{ body: "csto" }, 'Invalid option "body"'],
    ["csto", 'Invalid options "csto"'],
  ])("refuses %j", (options, message) => {
    expect(() => observersOn("2020-01-01", options as never)).toThrow(CstoError);
    expect(() => observersOn("2020-01-01", options as never)).toThrow(message);
  });
});
