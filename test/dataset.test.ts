import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { readTable } from "../scripts/tables";
import { dataset, noteOf, sourcesOf } from "../src/index";
import { tables } from "../src/schema";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
const { asOf } = readTable("meta") as { asOf: string };

/** dataset's tables by their property names (the registry names them). */
const tablesOf = dataset as unknown as Record<string, readonly unknown[]>;

/** Every record of every table whose rows cite sources, as dataset holds it. */
const records = () =>
  Object.values(tables)
    .filter((spec) => spec.sourced)
    .flatMap((spec) =>
      (tablesOf[spec.property] as readonly ({ id: string } | { code: string })[]).map(
        (r) => [spec.property, r] as const,
      ),
    );

describe("dataset", () => {
  test("carries the package version and the asOf day", () => {
    expect(dataset.version).toBe(pkg.version);
    expect(dataset.asOf).toBe(asOf);
  });
  test("has the nine states that ever took part, and every other ISO country", () => {
    expect(dataset.states.map((s) => s.code)).toEqual(["AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ"]);
    expect(dataset.states.length + dataset.otherCountries.length).toBe(249);
  });
  test("lists every table of the registry, then the notes and the citations", () => {
    expect(Object.keys(dataset)).toEqual([
      "version",
      "asOf",
      ...Object.values(tables).map((spec) => spec.property),
      "notes",
      "citations",
    ]);
    for (const [name, spec] of Object.entries(tables)) {
      expect(tablesOf[spec.property]!.length, name).toBe((readTable(name) as unknown[]).length);
    }
  });
  test("every record cites at least one source that exists, and says how sure it is", () => {
    for (const [table, record] of records()) {
      expect(sourcesOf(record).length, table).toBeGreaterThan(0);
      expect(["confirmed", "single", "disputed"]).toContain((record as unknown as { confidence: string }).confidence);
    }
  });
  test("a disputed record always explains itself in its note", () => {
    for (const [table, record] of records()) {
      if ((record as unknown as { confidence: string }).confidence === "disputed") {
        expect(noteOf(record as never), table).toBeTruthy();
      }
    }
  });
});

describe("dataset is deep-frozen", () => {
  const unfrozen: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value !== "object" || value === null) return;
    if (!Object.isFrozen(value)) unfrozen.push(path);
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
  };
  test("every table, record and nested object", () => {
    walk(dataset, "dataset");
    expect(unfrozen).toEqual([]);
  });
  test("changing a record throws in strict mode and changes nothing", () => {
    const chair = dataset.chairmanships[0]!;
    expect(() => {
      (chair as { state: string }).state = "GE";
    }).toThrow(TypeError);
    expect(() => {
      (dataset.states as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (dataset.states[0]!.names as { en: string }).en = "X";
    }).toThrow(TypeError);
    expect(() => {
      (dataset as { asOf: string }).asOf = "2099-01-01";
    }).toThrow(TypeError);
    expect(chair.state).toBe("KZ");
    expect(dataset.states.length).toBe(9);
    expect(dataset.asOf).toBe(asOf);
  });
});

describe("what the helpers return is frozen too", () => {
  test("a change throws in strict mode and nobody else sees it", async () => {
    const { chairOf, formerMembers, membersOn, membershipOn, resolveState, sourcesOf, summitsIn, observersOn } =
      await import("../src/index");
    const { appealsBy, eventsIn, eventsOf, exercisesIn, forcesOn, operationsOn } = await import("../src/index");
    const attempts: [string, () => void][] = [
      ["chairOf", () => ((chairOf(2023) as { state: string }).state = "KZ")],
      ["formerMembers", () => ((formerMembers()[0] as { status: string }).status = "member")],
      ["formerMembers list", () => (formerMembers() as unknown[]).pop()],
      ["membersOn", () => (membersOn("2020-01-01") as unknown[]).push(resolveState("FR"))],
      ["membershipOn", () => ((membershipOn("UZ", "2020-01-01") as { status: string }).status = "member")],
      [
        "membershipOn period",
        () => ((membershipOn("UZ", "2020-01-01").period as { until: string }).until = "2030-01-01"),
      ],
      ["resolveState", () => ((resolveState("FR").names as { en: string }).en = "X")],
      ["sourcesOf", () => ((sourcesOf(chairOf(2024)!)[0] as { quote: string }).quote = "X")],
      ["summitsIn", () => ((summitsIn(2023) as unknown[]).length = 0)],
      ["observersOn", () => (observersOn("2020-01-01") as unknown[]).splice(0)],
      ["operationsOn", () => (operationsOn("2022-01-10") as unknown[]).pop()],
      ["operationsOn record", () => ((operationsOn("2022-01-10")[0]!.arrived as { day: string }).day = "2022-01-01")],
      ["forcesOn", () => (forcesOn("2020-01-01") as unknown[]).pop()],
      ["appealsBy", () => ((appealsBy("AM")[0] as { article: string }).article = "4")],
      ["exercisesIn", () => (exercisesIn(2023) as unknown[]).push({})],
      ["exercisesIn participants", () => (exercisesIn(2023)[0]!.participants as unknown[]).push("AM")],
      ["eventsIn", () => (eventsIn(2024) as unknown[]).pop()],
      ["eventsOf", () => (eventsOf("AM") as unknown[]).pop()],
    ];
    for (const [name, attempt] of attempts) expect(attempt, name).toThrow(TypeError);
    expect(chairOf(2023)?.state).toBe("BY");
    expect(formerMembers().map((f) => `${f.code} ${f.status}`)).toEqual(["AZ former", "GE former", "UZ suspended"]);
    expect(membersOn("2020-01-01")).toHaveLength(6);
    expect(membershipOn("UZ", "2020-01-01").period?.until).toBe("2012-12-19");
    expect(resolveState("FR").names.en).toBe("France");
    expect(summitsIn(2023)).toHaveLength(1);
    expect(observersOn("2020-01-01")).toHaveLength(3);
    expect(operationsOn("2022-01-10")[0]!.arrived.day).toBe("2022-01-06");
    expect(appealsBy("AM")[0]!.article).toBe("2");
  });
});
