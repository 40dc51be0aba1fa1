// The JSON Schemas shipped beside the tables (data/<table>.schema.json) validate the
// tables with a validator other languages' users would use, and refuse a bad record.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { tableSchemas } from "../src/schema";

const FILES = Object.keys(tableSchemas);

const read = (file: string) => JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), "utf8")) as unknown;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);

describe("JSON Schemas beside the data", () => {
  test.each(FILES)("data/%s.json is valid against its schema file", (name) => {
    const validate = ajv.compile(read(`${name}.schema.json`) as object);
    const ok = validate(read(`${name}.json`));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  test("a bad record is refused", () => {
    const validate = ajv.getSchema("https://unpkg.com/csto/data/chairmanships.schema.json")!;
    const rows = read("chairmanships.json") as Record<string, unknown>[];
    expect(validate([{ ...rows[0], state: "XX" }])).toBe(false);
    expect(validate([{ ...rows[0], from: "2004/06/18" }])).toBe(false);
    expect(validate([{ ...rows[0], extra: 1 }])).toBe(false);
    expect(validate([{ ...rows[0], sources: [] }])).toBe(false);
  });
});

describe("the JSON Schemas say what csto/schema says", () => {
  // Imported inside the test: a csto/schema that fails to load fails this test, not only
  // the collection of a file.
  test.each(FILES)("data/%s.schema.json is csto/schema's schema of the table", async (name) => {
    const { tableSchemas } = await import("../src/schema");
    const { $schema, ...expected } = z.toJSONSchema(tableSchemas[name as keyof typeof tableSchemas], {
      unrepresentable: "any",
      target: "draft-7",
    });
    const { $id, title, description, ...shipped } = read(`${name}.schema.json`) as Record<string, unknown>;
    expect(shipped).toEqual({ $schema, ...expected });
    expect($id).toBe(`https://unpkg.com/csto/data/${name}.schema.json`);
  });
});
