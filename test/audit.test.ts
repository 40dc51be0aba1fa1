// The cross-table audit of scripts/audit.ts, on the real data and on planted mistakes:
// a check that cannot fail proves nothing.
import { beforeAll, describe, expect, test } from "vitest";
import { audit } from "../scripts/audit";
import { nameIndex } from "../scripts/indexes";
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
  test("a name variant without its source, and a source for a name that is no variant", () => {
    const t = copy();
    const by = t.states.find((s) => s.code === "BY")!;
    (by.variants as string[]).push("Bielarus");
    expect(audit(t)).toContainEqual("states BY: variant Bielarus has no source");
    const sources = by.variantSources as Record<string, string[]>;
    sources.Bielarus = ["collins-belarus"];
    expect(audit(t)).toEqual([]);
    sources.Belorusija = ["collins-belarus"];
    expect(audit(t)).toContainEqual("states BY: Belorusija is not a variant");
  });
  test("a participant or dissolved state with variants needs variantSources; another country may rest on its sources", () => {
    const t = copy();
    delete (t.states.find((s) => s.code === "KG") as { variantSources?: unknown }).variantSources;
    delete (t["dissolved-states"][0] as { variantSources?: unknown }).variantSources;
    expect(audit(t)).toEqual(
      expect.arrayContaining([
        "states KG: variantSources is missing",
        "dissolved-states SU: variantSources is missing",
      ]),
    );
    const t2 = copy();
    const md = t2["other-countries"].find((s) => s.code === "MD")!;
    expect(md.variantSources).toBeUndefined();
    (md as unknown as { variantSources: Record<string, string[]> }).variantSources = { Moldova: ["collins-belarus"] };
    expect(audit(t2)).toContainEqual(expect.stringContaining("other-countries MD: variant"));
  });
  test("a participant without variants needs no variantSources", () => {
    const t = copy();
    const am = t.states.find((s) => s.code === "AM") as unknown as { variants: string[]; variantSources?: unknown };
    am.variants = [];
    delete am.variantSources;
    expect(audit(t)).not.toContainEqual(expect.stringContaining("states AM"));
  });
  test("a variant's source must exist, and counts as cited", () => {
    const t = copy();
    const sources = t.states.find((s) => s.code === "KZ")!.variantSources as Record<string, string[]>;
    sources.Kazakstan = ["no-such-atlas"];
    expect(audit(t)).toEqual(
      expect.arrayContaining([
        "states KZ: variantSources.* no-such-atlas is not in sources",
        "sources merriam-webster-kazakhstan: no record cites it",
      ]),
    );
  });
  test("a dissolved state may not share a name with a country (the build stops)", () => {
    const t = copy();
    (t["dissolved-states"][0]!.variants as string[]).push("Russia");
    expect(() => nameIndex(t)).toThrow('data/: SU shares the name "russia" with RU');
    expect(nameIndex(load())).toContain("ussr=!SU");
  });
  test("a successor of a dissolved state is a country", () => {
    const t = copy();
    (t["dissolved-states"][0]!.successors as string[]).push("XX");
    expect(audit(t)).toContainEqual("dissolved-states SU: successors XX is not in states or other-countries");
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
