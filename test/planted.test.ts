// The rules of operationsOn, forcesOn and eventsIn for cases today's data does not have: an
// approximate arrival, an operation still under way, a dissolved force, an event over the
// turn of a year. The generated tables are replaced by planted rows.
import { describe, expect, test, vi } from "vitest";
import type { CollectiveForce, CstoEvent, Operation } from "../src/types";

const phase = (day: string, latest?: string) =>
  latest === undefined ? { day, approximate: false } : { day, approximate: true, latest };

const operation = (id: string, fields: Partial<Operation>): Operation => ({
  id,
  name: { en: id, ru: id },
  kind: "monitoring",
  host: "TJ",
  requested: null,
  decided: null,
  arrived: phase("2030-03-10"),
  missionEnded: null,
  withdrawn: null,
  contributors: [],
  appeal: null,
  confidence: "single",
  ...fields,
});

const force = (id: string, fields: Partial<CollectiveForce>): CollectiveForce => ({
  id,
  name: { en: id, ru: id },
  abbreviation: null,
  kind: "other",
  decided: null,
  agreementSigned: phase("2030-01-01"),
  agreementInForce: null,
  dissolved: null,
  parties: null,
  confidence: "single",
  ...fields,
});

const event: CstoEvent = {
  id: "2030-12-30-planted",
  date: "2030-12-30",
  endDate: "2031-01-02",
  kind: "meeting",
  title: "A planted meeting over the turn of the year.",
  states: ["TJ"],
  confidence: "single",
};

vi.mock("../src/generated/tables", async (importOriginal) => {
  const original = await importOriginal<typeof import("../src/generated/tables")>();
  return {
    ...original,
    operations: () => [
      operation("approximate-arrival", {
        arrived: phase("2030-03-01", "2030-03-05"),
        missionEnded: phase("2030-03-08"),
      }),
      operation("still-under-way", { arrived: phase("2030-03-10") }),
    ],
    forces: () => [
      force("dissolved", { dissolved: phase("2030-06-01") }),
      force("decided-late", { decided: { ...phase("2030-02-01", "2030-04-01"), body: "Council", format: null } }),
    ],
    events: () => [event],
  };
});

const { eventsIn, forcesOn, operationsOn } = await import("../src/index");
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe("planted rows", () => {
  test("an approximate arrival counts from the last day it may have been", () => {
    expect(ids(operationsOn("2030-03-04"))).toEqual([]);
    expect(ids(operationsOn("2030-03-05"))).toEqual(["approximate-arrival"]);
    expect(ids(operationsOn("2030-03-08"))).toEqual(["approximate-arrival"]);
    expect(ids(operationsOn("2030-03-09"))).toEqual([]);
  });
  test("an operation with no recorded end is under way on every day from its arrival", () => {
    expect(ids(operationsOn("2030-03-10"))).toEqual(["still-under-way"]);
    expect(ids(operationsOn("2999-12-31"))).toEqual(["still-under-way"]);
  });
  test("a force exists until the day it was dissolved, and from the latest day of an approximate decision", () => {
    expect(ids(forcesOn("2029-12-31"))).toEqual([]);
    expect(ids(forcesOn("2030-01-01"))).toEqual(["dissolved"]);
    expect(ids(forcesOn("2030-03-31"))).toEqual(["dissolved"]);
    expect(ids(forcesOn("2030-04-01"))).toEqual(["dissolved", "decided-late"]);
    expect(ids(forcesOn("2030-05-31"))).toEqual(["dissolved", "decided-late"]);
    expect(ids(forcesOn("2030-06-01"))).toEqual(["decided-late"]);
  });
  test("an event over the turn of a year is in both years", () => {
    expect(ids(eventsIn(2030))).toEqual([event.id]);
    expect(ids(eventsIn(2031))).toEqual([event.id]);
    expect(eventsIn(2029)).toEqual([]);
    expect(eventsIn(2032)).toEqual([]);
  });
});
