// Operations and appeals, hand-written from their sources (data/sources.json): the days a
// reader asks about (request, decision, arrival, end of mission, withdrawal) and the day
// before and after each span.
import { fc, test as prop } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { CstoError, dataset, noteOf, operationsOn, sourcesOf } from "../src/index";

const hosts = (day: string | Date) => operationsOn(day).map((operation) => operation.host);
const byId = (id: string) => dataset.operations.find((operation) => operation.id === id)!;

describe("the CSTO Collective Peacekeeping Forces in Kazakhstan, January 2022", () => {
  const kazakhstan = byId("op-kz-2022-peacekeeping");
  test("request, decision, arrival, end of mission and completed withdrawal", () => {
    expect(kazakhstan.requested).toMatchObject({ day: "2022-01-05", approximate: false, by: "KZ" });
    expect(kazakhstan.decided).toMatchObject({
      day: "2022-01-06",
      approximate: false,
      body: "Collective Security Council",
      format: "written",
    });
    expect(kazakhstan.arrived).toEqual({ day: "2022-01-06", approximate: false });
    expect(kazakhstan.missionEnded).toEqual({ day: "2022-01-13", approximate: false });
    expect(kazakhstan.withdrawn).toEqual({ day: "2022-01-19", approximate: false });
    expect(kazakhstan).toMatchObject({ kind: "peacekeeping", host: "KZ", appeal: "appeal-kz-2022-01" });
  });
  test("the contingents, with their sizes where sources give them, and Russia's command", () => {
    expect(kazakhstan.contributors).toEqual(
      expect.arrayContaining([
        { state: "RU", role: "command", personnel: null },
        { state: "AM", role: "contingent", personnel: 100 },
        { state: "TJ", role: "contingent", personnel: 200 },
        { state: "KG", role: "contingent", personnel: 150 },
        { state: "BY", role: "contingent", personnel: null },
      ]),
    );
    expect(noteOf(kazakhstan)).toContain("2,030");
  });
  test("under way from the first arrival to the completed withdrawal, both days included", () => {
    expect(hosts("2022-01-05")).toEqual([]);
    expect(hosts("2022-01-06")).toEqual(["KZ"]);
    expect(hosts("2022-01-13")).toEqual(["KZ"]);
    expect(hosts("2022-01-19")).toEqual(["KZ"]);
    expect(hosts("2022-01-20")).toEqual([]);
  });
});

describe("the fact-finding mission to Armenia, September 2022", () => {
  const armenia = byId("op-am-2022-mission");
  test("decided at the extraordinary video session of 13 September, in Armenia from 15 September", () => {
    expect(armenia.decided).toMatchObject({ day: "2022-09-13", format: "video" });
    expect(armenia).toMatchObject({ kind: "fact-finding", host: "AM", appeal: "appeal-am-2022-09" });
    expect(armenia.arrived).toEqual({ day: "2022-09-15", approximate: false });
    expect(armenia.missionEnded).toEqual({ day: "2022-09-23", approximate: true });
    expect(armenia.withdrawn).toBeNull();
  });
  test("disputed on the arrival day, with the other reading and its source in the note", () => {
    expect(armenia.confidence).toBe("disputed");
    expect(noteOf(armenia)).toContain("newsam-2022-12-19-zas");
  });
  test("under way up to the end of the mission when no withdrawal is recorded", () => {
    expect(hosts("2022-09-14")).toEqual([]);
    expect(hosts("2022-09-15")).toEqual(["AM"]);
    expect(hosts("2022-09-23")).toEqual(["AM"]);
    expect(hosts("2022-09-24")).toEqual([]);
  });
});

describe("the earlier missions", () => {
  test("the working group to Kyrgyzstan, June 2010: decided between 17 and 25 June, no peacekeepers", () => {
    const kyrgyzstan = byId("op-kg-2010-working-group");
    expect(kyrgyzstan.decided).toMatchObject({ day: "2010-06-17", approximate: true, latest: "2010-06-25" });
    expect(kyrgyzstan.kind).toBe("assistance");
    expect(hosts("2010-06-24")).toEqual([]);
    expect(hosts("2010-06-25")).toEqual(["KG"]);
    expect(hosts("2010-06-26")).toEqual(["KG"]);
    expect(hosts("2010-06-27")).toEqual([]);
  });
  test("the Joint Staff group on the Tajik–Afghan border, July 2021: attested on 7 and 8 July", () => {
    const tajikistan = byId("op-tj-2021-monitoring-group");
    expect(tajikistan).toMatchObject({ kind: "monitoring", requested: null, decided: null, appeal: null });
    expect(hosts("2021-07-06")).toEqual([]);
    expect(hosts("2021-07-07")).toEqual(["TJ"]);
    expect(hosts("2021-07-08")).toEqual(["TJ"]);
    expect(hosts("2021-07-09")).toEqual([]);
  });
});

describe("operationsOn", () => {
  test("a Date stands for its UTC day", () => {
    expect(hosts(new Date("2022-01-19T23:59:59Z"))).toEqual(["KZ"]);
    expect(hosts(new Date("2022-01-19T23:30:00-02:00"))).toEqual([]);
  });
  test("returns a frozen list, and every operation cites sources", () => {
    expect(Object.isFrozen(operationsOn("2022-01-10"))).toBe(true);
    expect(Object.isFrozen(operationsOn("2000-01-01"))).toBe(true);
    for (const operation of dataset.operations) expect(sourcesOf(operation).length).toBeGreaterThan(0);
  });
  test("refuses a day that is no day", () => {
    expect(() => operationsOn("2022-02-30")).toThrow(CstoError);
    expect(() => operationsOn("2022-02-30")).toThrow('Invalid day "2022-02-30"');
  });

  const recentDay = fc
    .date({ min: new Date("2009-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  prop.prop([recentDay])("an operation is under way exactly between its arrival and its last recorded day", (day) => {
    const found = operationsOn(day);
    for (const operation of dataset.operations) {
      const last = (operation.withdrawn ?? operation.missionEnded)!.day;
      expect(found.includes(operation)).toBe(operation.arrived.day <= day && day <= last);
    }
  });
});
