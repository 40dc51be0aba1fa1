// The cross-table audit of scripts/audit.ts, on the real data and on planted mistakes:
// a check that cannot fail proves nothing.
import { beforeAll, describe, expect, test } from "vitest";
import { audit } from "../scripts/audit";
import { type Tables, validateTables } from "../scripts/tables";

let tables: Tables;
beforeAll(async () => {
  const validated = await validateTables();
  expect(validated.problems).toEqual([]);
  tables = validated.tables!;
});
const load = (): Tables => tables;
/** A deep, writable copy to plant a mistake in. */
const copy = (): Tables => JSON.parse(JSON.stringify(load())) as Tables;

describe("the data passes the audit", () => {
  test("no problems", () => {
    expect(audit(load())).toEqual([]);
  });
});

describe("the audit catches planted mistakes", () => {
  test("a cited source that does not exist", () => {
    const t = copy();
    (t.chairmanships[0]!.sources as string[]).push("no-such-source");
    expect(audit(t)).toContainEqual(expect.stringContaining("no-such-source is not in sources"));
  });
  test("a source nobody cites", () => {
    const t = copy();
    (t.sources as unknown[]).push({ ...t.sources[0], id: "orphan" });
    expect(audit(t)).toContainEqual(expect.stringContaining("orphan: no record cites it"));
  });
  test("a source named only in a note counts as cited (the other reading of a disputed record)", () => {
    const t = copy();
    (t.sources as unknown[]).push({ ...t.sources[0], id: "other-reading-2020" });
    expect(audit(t)).toContainEqual(expect.stringContaining("other-reading-2020: no record cites it"));
    const chair = t.chairmanships[0] as { note?: string };
    chair.note = `${chair.note ?? ""} Other reading: other-reading-2020.`;
    expect(audit(t)).toEqual([]);
  });
  test("overlapping periods of one state and basis", () => {
    const t = copy();
    (t.memberships as unknown[]).push({ ...t.memberships.find((p) => p.state === "GE")!, id: "ge-again" });
    expect(audit(t)).toContainEqual(expect.stringContaining("overlaps"));
  });
  test("an organization period outside the treaty", () => {
    const t = copy();
    const ge = t.memberships.find((p) => p.state === "GE")!;
    (t.memberships as unknown[]).push({
      ...ge,
      id: "ge-org",
      basis: "organization",
      from: "2005-01-01",
      until: null,
      end: null,
    });
    expect(audit(t)).toContainEqual(expect.stringContaining("is not inside a treaty period of GE"));
  });
  test("a chair that was not a member", () => {
    const t = copy();
    (t.chairmanships[0] as { state: string }).state = "GE";
    expect(audit(t)).toContainEqual(expect.stringContaining("was not a CSTO member for the whole chairmanship"));
  });
  test("two chairs at once", () => {
    const t = copy();
    (t.chairmanships[1] as { from: string }).from = "2005-01-01";
    expect(audit(t)).toContainEqual(expect.stringContaining("overlaps"));
  });
  test("a summit host that is neither a member nor a marked venue", () => {
    const t = copy();
    const summit = t.summits.find((s) => s.host === "MD")! as { nonMemberVenue: boolean };
    summit.nonMemberVenue = false;
    expect(audit(t)).toContainEqual(expect.stringContaining("host MD is not a participant"));
  });
  test("a summit held after asOf", () => {
    const t = copy();
    (t.summits.at(-1) as { status: string }).status = "held";
    expect(audit(t)).toContainEqual(expect.stringContaining("held after asOf"));
  });
  test("an event after asOf", () => {
    const t = copy();
    (t.events.at(-1) as { date: string }).date = "2099-01-01";
    expect(audit(t)).toContainEqual(expect.stringContaining("date 2099-01-01 is after asOf"));
  });
  test("a participation step that is not an event", () => {
    const t = copy();
    (t.participation[0]!.steps as string[]).push("no-such-event");
    expect(audit(t)).toContainEqual(expect.stringContaining("steps no-such-event is not in events"));
  });
  test("a code used twice", () => {
    const t = copy();
    (t["other-countries"] as unknown[]).push({ ...t.states[0] });
    expect(audit(t)).toContainEqual(expect.stringContaining("code AM is used by two records"));
    expect(audit(t)).toContainEqual(expect.stringContaining("alpha3 ARM appears twice"));
  });
  test("a reference to a row that does not exist, in a nested column too", () => {
    const t = copy();
    (t.summits[0] as { presidedBy: string }).presidedBy = "FR";
    (t.events[0]!.states as string[]).push("XK");
    const withCorrection = t.events.find((e) => e.corrects !== undefined)!;
    (withCorrection.corrects as { source: string }).source = "no-such-source";
    expect(audit(t)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("presidedBy FR is not in states"),
        expect.stringContaining("states XK is not in states or other-countries"),
        expect.stringContaining("corrects.source no-such-source is not in sources"),
      ]),
    );
  });
  test("rows out of order, and a key used twice in one table", () => {
    const t = copy();
    (t.events as unknown[]).reverse();
    (t.sources as unknown[]).push({ ...t.sources[0] });
    expect(audit(t)).toContainEqual(expect.stringContaining("is listed after"));
    expect(audit(t)).toContainEqual(expect.stringContaining(`sources: id ${t.sources[0]!.id} is used twice`));
  });
  test("two Secretaries-General at once", () => {
    const t = copy();
    (t["secretaries-general"][1] as { from: string }).from = t["secretaries-general"][0]!.from;
    expect(audit(t)).toContainEqual(expect.stringContaining("secretaries-general: "));
  });
});

describe("the audit checks the join keys", () => {
  type IdRow = {
    code: string;
    cowCode: number | null;
    cowLetters: string | null;
    gwCode: number | null;
    wikidata: string | null;
  };
  const rows = (t: Tables) => t["country-ids"] as unknown as IdRow[];
  test("a country without a row", () => {
    const t = copy();
    rows(t).splice(
      rows(t).findIndex((r) => r.code === "FR"),
      1,
    );
    expect(audit(t)).toEqual(["country-ids: FR has no row"]);
  });
  test("a participant without a COW, Gleditsch–Ward or Wikidata id", () => {
    for (const column of ["cowCode", "gwCode", "wikidata"] as const) {
      const t = copy();
      rows(t).find((r) => r.code === "UZ")![column] = null;
      expect(audit(t)).toEqual(["country-ids UZ: a participant needs its COW, Gleditsch–Ward and Wikidata ids"]);
    }
  });
  test("an id given to two countries", () => {
    const t = copy();
    const fr = rows(t).find((r) => r.code === "FR")!;
    fr.cowCode = 365;
    fr.cowLetters = "RUS";
    fr.wikidata = "Q159";
    expect(audit(t)).toEqual([
      "country-ids: cowCode 365 appears twice",
      "country-ids: cowLetters RUS appears twice",
      "country-ids: wikidata Q159 appears twice",
    ]);
  });
  test("countries without ids are no duplicates of each other", () => {
    expect(rows(copy()).filter((r) => r.cowCode === null).length).toBeGreaterThan(1);
  });
});
