// The cross-table audit of scripts/audit.ts, on the real data and on planted mistakes:
// a check that cannot fail proves nothing.
import { beforeAll, describe, expect, test } from "vitest";
import { audit, publisherKey } from "../scripts/audit";
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

describe("confidence agrees with the sources", () => {
  /** A copy with one extra source row, and the first chairmanship citing only the given rows. */
  const citing = (rows: Partial<Tables["sources"][number]>[], confidence: string) => {
    const t = copy();
    const base = t.sources.find((s) => s.verified)!;
    const ids = rows.map((row, i) => {
      const id = `planted-source-${i}`;
      (t.sources as unknown[]).push({ ...base, ...row, id });
      return id;
    });
    const chair = t.chairmanships[0] as unknown as { sources: string[]; confidence: string; note?: string };
    chair.sources = ids;
    chair.confidence = confidence;
    chair.note = "A planted note.";
    return audit(t).filter((p) => p.startsWith(`chairmanships ${t.chairmanships[0]!.id}: confidence`));
  };
  const read = (publisher: string) => ({ verified: true, publisher });
  const notRead = { verified: false, searched: "TASS archive", accessed: null, quote: null };

  test("confirmed needs two verified sources from different publishers", () => {
    expect(citing([read("TASS"), read("BelTA")], "confirmed")).toEqual([]);
    expect(citing([read("TASS")], "confirmed")).toEqual([
      expect.stringContaining("confidence confirmed needs at least two verified sources from different publishers"),
    ]);
    expect(citing([read("TASS"), read("TASS (via oananews.org)")], "confirmed")).toEqual([
      expect.stringContaining("it has 2 verified from 1 publisher(s)"),
    ]);
    expect(citing([read("TASS"), { ...read("BelTA"), ...notRead }], "confirmed")).toHaveLength(1);
  });
  test("single and disputed need at least one verified source", () => {
    for (const confidence of ["single", "disputed"]) {
      expect(citing([read("TASS")], confidence)).toEqual([]);
      expect(citing([{ ...read("TASS"), ...notRead }], confidence)).toEqual([
        expect.stringContaining(`confidence ${confidence} needs at least one verified source; it has 0 verified`),
      ]);
    }
  });
  test("unverified means no verified source", () => {
    expect(citing([{ ...read("TASS"), ...notRead }], "unverified")).toEqual([]);
    expect(citing([read("TASS")], "unverified")).toEqual([
      expect.stringContaining("confidence unverified needs no verified source; it has 1 verified"),
    ]);
  });
  test("the check covers every sourced table, states too", () => {
    const t = copy();
    (t.states[0] as unknown as { sources: string[] }).sources = [t.sources.find((s) => s.verified)!.id];
    expect(audit(t)).toContainEqual(expect.stringMatching(/^states AM: confidence confirmed needs/));
  });
  test("publishers are compared by the name before any parenthesis or comma", () => {
    expect(publisherKey("TASS (via oananews.org)")).toBe("tass");
    expect(publisherKey("Argumenty i Fakty (aif.ru), citing RIA Novosti")).toBe("argumenty i fakty");
    expect(publisherKey("Kazinform, citing BelTA")).toBe("kazinform");
    expect(publisherKey("  BelTA  ")).toBe("belta");
    expect(publisherKey("RIA Novosti")).not.toBe(publisherKey("TASS"));
  });
});

// biome-ignore lint/suspicious/noExplicitAny: a planted copy is edited freely, nested fields included
type Planted = Record<string, any>;

/** A deep, writable row of a table of a planted copy, by id. */
function rowOf(t: Tables, table: "operations" | "appeals" | "forces" | "exercises", id: string): Planted {
  return (t[table] as unknown as Planted[]).find((row) => row.id === id)!;
}

describe("the audit of what the CSTO did catches planted mistakes", () => {
  test("nested days after asOf, and operations out of order of arrival", () => {
    const t = copy();
    rowOf(t, "appeals", "appeal-am-2022-09").day.day = "2099-01-01";
    (t.operations as unknown[]).reverse();
    expect(audit(t)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("appeals appeal-am-2022-09: day.day 2099-01-01 is after asOf"),
        expect.stringContaining(
          "operations: op-kz-2022-peacekeeping is listed after op-am-2022-mission but is earlier",
        ),
      ]),
    );
  });
  test("an operation's steps out of order, and a contributor that was not a member", () => {
    const t = copy();
    const op = rowOf(t, "operations", "op-kz-2022-peacekeeping");
    op.withdrawn.day = "2022-01-12";
    op.contributors.push({ state: "UZ", role: "contingent", personnel: null });
    expect(audit(t)).toEqual(
      expect.arrayContaining([
        "operations op-kz-2022-peacekeeping: withdrawn 2022-01-12 is before missionEnded 2022-01-13",
        "operations op-kz-2022-peacekeeping: UZ was not a member on 2022-01-06",
      ]),
    );
  });
  test("an approximate arrival without the last day it may have been", () => {
    const t = copy();
    rowOf(t, "operations", "op-kz-2022-peacekeeping").arrived.approximate = true;
    expect(audit(t)).toContain(
      "operations op-kz-2022-peacekeeping: arrived is approximate and needs latest, the last day it may have been",
    );
  });
  test("an appeal and its operation that disagree", () => {
    const t = copy();
    const appeal = rowOf(t, "appeals", "appeal-kz-2022-01");
    appeal.day.day = "2022-01-07";
    appeal.responseDay.day = "2022-01-06";
    rowOf(t, "appeals", "appeal-kg-2010-06").operation = "op-kz-2022-peacekeeping";
    rowOf(t, "operations", "op-am-2022-mission").appeal = "appeal-am-2021-05";
    expect(audit(t)).toEqual(
      expect.arrayContaining([
        "appeals appeal-kz-2022-01: responseDay 2022-01-06 is before day 2022-01-07",
        "appeals appeal-kz-2022-01: day 2022-01-07 is not its operation's requested day 2022-01-05",
        "appeals appeal-kz-2022-01: its operation op-kz-2022-peacekeeping arrived before it was asked for",
        "appeals appeal-kg-2010-06: its operation op-kz-2022-peacekeeping was in KZ, not KG",
        "appeals appeal-kg-2010-06: its operation op-kz-2022-peacekeeping does not name it in appeal",
        "operations op-kg-2010-working-group: its appeal appeal-kg-2010-06 does not name it in operation",
        "operations op-am-2022-mission: its appeal appeal-am-2021-05 does not name it in operation",
      ]),
    );
  });
  test("an appeal from a state that was not a member, and an operation that does not exist", () => {
    const t = copy();
    rowOf(t, "appeals", "appeal-am-2021-05").state = "GE";
    rowOf(t, "appeals", "appeal-am-2022-09").operation = "op-nowhere";
    expect(audit(t)).toEqual(
      expect.arrayContaining([
        "appeals appeal-am-2021-05: GE was not a member on 2021-05-14",
        "appeals appeal-am-2022-09: operation op-nowhere is not in operations",
      ]),
    );
  });
  test("a force whose parties leave out a member, name a non-member or sign before the agreement", () => {
    const t = copy();
    const crrf = rowOf(t, "forces", "force-ksor-2009");
    crrf.parties = crrf.parties.filter((party: { state: string }) => party.state !== "UZ");
    crrf.parties.push({ state: "GE", status: "not-signed" });
    crrf.parties.find((party: { state: string }) => party.state === "BY").day.day = "2009-06-01";
    expect(audit(t)).toEqual(
      expect.arrayContaining([
        "forces force-ksor-2009: UZ was a member on 2009-06-14 but is not in parties (list it with its status)",
        "forces force-ksor-2009: GE was not a member on 2009-06-14",
        "forces force-ksor-2009: BY is signed-later on 2009-06-01, before the signing on 2009-06-14",
      ]),
    );
  });
  test("a force's steps out of order, out of the order of creation, dissolved before it was created", () => {
    const t = copy();
    const crrf = rowOf(t, "forces", "force-ksor-2009");
    crrf.agreementInForce.day = "2009-01-01";
    crrf.dissolved = { day: "2009-01-01", approximate: false };
    (t.forces as unknown[]).reverse();
    expect(audit(t)).toEqual(
      expect.arrayContaining([
        "forces force-ksor-2009: agreementInForce 2009-01-01 is before agreementSigned 2009-06-14",
        "forces force-ksor-2009: dissolved 2009-01-01 is not after its creation 2009-02-04",
        expect.stringContaining("but was created earlier"),
      ]),
    );
  });
  test("a force created on an approximate day needs the last day it may have been", () => {
    const t = copy();
    delete rowOf(t, "forces", "force-kas").decided.latest;
    expect(audit(t)).toContain(
      "forces force-kas: its creation is approximate and needs latest, the last day it may have been",
    );
  });
  test("an exercise whose status disagrees with asOf", () => {
    const t = copy();
    const asOf = t.meta.asOf;
    // Chosen from the data: the first exercise still planned on asOf, and the last held one.
    const plannedId = t.exercises.find((e) => e.status === "planned")!.id;
    const heldId = t.exercises.filter((e) => e.status === "held").at(-1)!.id;
    rowOf(t, "exercises", plannedId).status = "held";
    rowOf(t, "exercises", heldId).status = "planned";
    expect(audit(t)).toEqual(
      expect.arrayContaining([
        `exercises ${plannedId}: held, but it ends after asOf ${asOf}`,
        `exercises ${heldId}: planned, but it was due by asOf ${asOf}: held, cancelled or unconfirmed?`,
      ]),
    );
    rowOf(t, "exercises", plannedId).status = "unconfirmed";
    expect(audit(t)).toContainEqual(`exercises ${plannedId}: unconfirmed, but it is due after asOf ${asOf}: planned`);
  });
  test("an exercise part of a non-umbrella or of another year's umbrella", () => {
    const t = copy();
    rowOf(t, "exercises", "exercise-2021-poisk").partOf = "exercise-2021-rubezh";
    rowOf(t, "exercises", "exercise-2021-eshelon").partOf = "exercise-2023-boevoe-bratstvo";
    rowOf(t, "exercises", "exercise-2021-vzaimodeistvie").partOf = "exercise-nowhere";
    expect(audit(t)).toEqual(
      expect.arrayContaining([
        "exercises exercise-2021-poisk: partOf exercise-2021-rubezh is not an umbrella exercise of 2021",
        "exercises exercise-2021-eshelon: partOf exercise-2023-boevoe-bratstvo is not an umbrella exercise of 2021",
        "exercises exercise-2021-vzaimodeistvie: partOf exercise-nowhere is not in exercises",
      ]),
    );
  });
  test("an exercise with a non-member, a refuser listed as taking part or hosting, out of order", () => {
    const t = copy();
    const brotherhood = rowOf(t, "exercises", "exercise-2023-nerushimoe-bratstvo");
    brotherhood.participants = [...brotherhood.participants, "UZ", "AM"];
    brotherhood.host = "AM";
    rowOf(t, "exercises", "exercise-2025-kobalt").participants = ["GE"];
    const year2024 = t.exercises.filter((e) => e.year === 2024) as unknown[];
    const first = t.exercises.indexOf(year2024[0] as never);
    (t.exercises as unknown[]).splice(first, year2024.length, ...[...year2024].reverse());
    expect(audit(t)).toEqual(
      expect.arrayContaining([
        "exercises exercise-2023-nerushimoe-bratstvo: UZ was not a member on 2023-10-09",
        "exercises exercise-2023-nerushimoe-bratstvo: AM refused to participate but is listed as a participant",
        "exercises exercise-2023-nerushimoe-bratstvo: AM refused to host but is listed as host",
        "exercises exercise-2025-kobalt: GE was not a member on 2025-01-01",
        expect.stringMatching(/^exercises: exercise-2024-\S+ is listed after exercise-2024-\S+ but begins earlier$/),
      ]),
    );
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

describe("languages", () => {
  test("every participant has a name in every language, complete or not", () => {
    const t = copy();
    (t.languages as unknown[]).push({ code: "planted", name: "Planted", complete: false });
    const problems = audit(t);
    expect(problems).toContain("states AM: no name in Planted (planted); every language names every participant");
    expect(problems).toHaveLength(t.states.length);
  });
});
