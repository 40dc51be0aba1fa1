// What researchers rely on in data/csv/ and data/datapackage.json: every CSV reads back into
// the same records as the JSON, the Data Package is valid against the standard's own JSON
// Schema profiles, and the state-year panel says what the helpers say.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { PANEL_COLUMNS, tableColumns } from "../scripts/interop";
import { isMember, membersOn } from "../src/index";
import { type CsvColumn, LIST_SEPARATOR, quoteCell, toCsv } from "../src/csv";
import { tables } from "../src/schema";
import { AS_OF } from "./data-facts";
import { parseCsv, recordsOf } from "./csv-read";

const NAMES = Object.keys(tables) as (keyof typeof tables)[];
const data = (file: string) => readFileSync(new URL(`../data/${file}`, import.meta.url), "utf8");
const descriptor = JSON.parse(data("datapackage.json")) as {
  resources: { name: string; path: string; schema: { fields: { name: string }[]; primaryKey: string | string[] } }[];
};

describe("tidy CSV", () => {
  test.each(NAMES)("data/csv/%s.csv reads back into the records of data/%s.json", (name) => {
    const schema = z.toJSONSchema(tables[name].row, { unrepresentable: "any" });
    expect(recordsOf(schema as never, data(`csv/${name}.csv`))).toEqual(JSON.parse(data(`${name}.json`)));
  });
  test("is UTF-8 with CRLF line ends, and keeps non-Latin names as they are", () => {
    const states = data("csv/states.csv");
    expect(states).toContain("Беларусь");
    expect(states.split("\r\n").at(-1)).toBe("");
    expect(states.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });
  test("flattens names into dotted columns and lists into one column", async () => {
    const columns = await tableColumns();
    expect(columns.states.map((c) => c.name)).toEqual(
      expect.arrayContaining(["code", "names.en", "names.ru", "names.de", "officialNames.en", "variants", "sources"]),
    );
    expect(columns.states.find((c) => c.name === "variants")?.type).toBe("list");
    expect(columns["external-ids"].find((c) => c.name === "phases")?.type).toBe("json");
    expect(columns.memberships.find((c) => c.name === "from")?.type).toBe("date");
  });
});

describe("toCsv and quoteCell", () => {
  const columns: CsvColumn[] = [
    { name: "id", path: ["id"], type: "string", optional: false, nullable: false },
    { name: "name.en", path: ["name", "en"], type: "string", optional: false, nullable: true },
    { name: "tags", path: ["tags"], type: "list", optional: true, nullable: false },
    { name: "phases", path: ["phases"], type: "json", optional: true, nullable: false },
    { name: "n", path: ["n"], type: "integer", optional: false, nullable: false },
  ];
  test("writes a header, then one CRLF-ended line per record", () => {
    const text = toCsv(
      [
        { id: "a", name: { en: 'Say "hi", then go' }, tags: ["x", "y"], phases: [{ p: 1 }], n: 0 },
        { id: "b", name: null, n: 12 },
      ],
      columns,
    );
    expect(text).toBe('id,name.en,tags,phases,n\r\na,"Say ""hi"", then go",x|y,"[{""p"":1}]",0\r\nb,,,,12\r\n');
  });
  test("quotes a cell only when it must", () => {
    expect(quoteCell("plain")).toBe("plain");
    expect(quoteCell("a,b")).toBe('"a,b"');
    expect(quoteCell("line\nbreak")).toBe('"line\nbreak"');
    expect(quoteCell("carriage\rreturn")).toBe('"carriage\rreturn"');
    expect(quoteCell('"')).toBe('""""');
    expect(quoteCell("")).toBe("");
  });
  test("refuses a list item that holds the separator", () => {
    expect(() => toCsv([{ id: "a", n: 1, tags: [`x${LIST_SEPARATOR}y`] }], columns)).toThrow(
      'tags: the list item "x|y" holds "|"',
    );
  });
  test("reads a field under a missing parent as empty", () => {
    expect(toCsv([{ id: "a", name: "flat", n: 1 }], columns)).toBe("id,name.en,tags,phases,n\r\na,,,,1\r\n");
  });
});

describe("the Data Package", () => {
  const require = createRequire(import.meta.url);
  const profile = require("datapackage/lib/profiles/tabular-data-package.json") as object;
  /** The profile's validator, formats checked ("textarea" is an editor hint, not a format). */
  const validator = () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    ajv.addFormat("textarea", true);
    return ajv.compile(profile);
  };
  test("is valid against the Tabular Data Package profile", () => {
    const validate = validator();
    validate(descriptor);
    expect(validate.errors ?? []).toEqual([]);
  });
  test("a broken descriptor is refused by the same check", () => {
    const validate = validator();
    const badType = JSON.parse(JSON.stringify(descriptor)) as typeof descriptor;
    (badType.resources[0]!.schema.fields[0] as unknown as { type: string }).type = "text";
    expect(validate(badType)).toBe(false);
    expect(validate({ ...descriptor, resources: [] })).toBe(false);
    expect(validate({ ...descriptor, profile: undefined })).toBe(false);
    expect(validate({ ...descriptor, resources: [{ ...descriptor.resources[0], path: undefined }] })).toBe(false);
  });
  test("has a resource for every table and the panel, each with the CSV's header as its fields", () => {
    expect(descriptor.resources.map((r) => r.name)).toEqual([...NAMES, "state-year"]);
    for (const resource of descriptor.resources) {
      const [header] = parseCsv(data(resource.path));
      expect(header).toEqual(resource.schema.fields.map((f) => f.name));
    }
  });
  test("keys a table by its registry key, and names its foreign keys", () => {
    const memberships = descriptor.resources.find((r) => r.name === "memberships")!;
    expect(memberships.schema.primaryKey).toBe("id");
    expect(memberships.schema).toMatchObject({
      foreignKeys: [{ fields: "state", reference: { resource: "states", fields: "code" } }],
    });
  });
});

describe("the state-year panel", () => {
  const [header, ...rows] = parseCsv(data("csv/state-year.csv"));
  const panel = rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
  const row = (state: string, year: number, basis: string) =>
    panel.find((r) => r.state === state && r.year === String(year) && r.basis === basis)!;
  test("has the panel's columns", () => expect(header).toEqual(PANEL_COLUMNS.map((c) => c.name)));
  test("has every participant, every year from 1992 to asOf's year, on both bases", () => {
    const years = Number(AS_OF.slice(0, 4)) - 1992 + 1;
    expect(panel).toHaveLength((JSON.parse(data("states.json")) as unknown[]).length * years * 2);
  });
  test("Uzbekistan 2012: member on 1 January and 353 days, not on 31 December", () => {
    expect(row("UZ", 2012, "organization")).toMatchObject({
      memberJan1: "1",
      memberDec31: "0",
      memberAnyDay: "1",
      daysMember: "353",
      daysCounted: "366",
    });
  });
  test("Belarus 1993 on the treaty basis: one day, 31 December", () => {
    expect(row("BY", 1993, "treaty")).toMatchObject({ memberJan1: "0", memberDec31: "1", daysMember: "1" });
  });
  test("asOf's year counts the days up to asOf, and leaves 31 December empty", () => {
    const last = row("RU", Number(AS_OF.slice(0, 4)), "treaty");
    const days = (Date.parse(AS_OF) - Date.UTC(Number(AS_OF.slice(0, 4)), 0, 1)) / 86_400_000 + 1;
    expect(last).toMatchObject({ memberDec31: "", daysCounted: String(days), daysMember: String(days) });
  });
  test("agrees with isMember and membersOn on every 1 January", () => {
    for (const r of panel) {
      expect(r.memberJan1 === "1").toBe(isMember(r.state as "RU", `${r.year}-01-01`, { basis: r.basis as "treaty" }));
      expect(Number(r.daysMember)).toBeLessThanOrEqual(Number(r.daysCounted));
      expect(r.memberAnyDay === "1").toBe(Number(r.daysMember) > 0);
    }
    const jan2010 = panel.filter((r) => r.year === "2010" && r.basis === "organization" && r.memberJan1 === "1");
    expect(jan2010.map((r) => r.state).sort()).toEqual(
      membersOn("2010-01-01", { basis: "organization" })
        .map((s) => s.code)
        .sort(),
    );
  });
});
