// data/changes.json: what changed in the data since the previous release, generated from the
// difference between data/ and data/ at the release's commit (release.config.json).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  CHANGES_FILE,
  changesFile,
  type DataChange,
  diffData,
  expectedChangesFile,
  previousReleaseAvailable,
  readConfig,
  type Snapshot,
  sourceRowCounts,
} from "../scripts/data-changes";

const chair = {
  id: "chair-x",
  state: "KZ",
  from: "2004-06-18",
  until: "2005-06-22",
  sources: ["a"],
  confidence: "single",
};
const before: Snapshot = {
  tables: {
    chairmanships: [chair, { ...chair, id: "chair-gone" }],
    sources: [{ id: "a", verified: false }],
  },
  meta: { asOf: "2026-02-03" },
};
const after: Snapshot = {
  tables: {
    chairmanships: [
      { ...chair, until: "2005-06-23", sources: ["a", "b"] },
      { ...chair, id: "chair-new" },
    ],
    sources: [
      { id: "a", verified: true },
      { id: "b", verified: true },
    ],
    events: [{ id: "2026-02-12-new", sources: ["b"] }],
  },
  meta: { asOf: "2026-02-15" },
};

describe("diffData", () => {
  const changes = diffData(before, after);
  const of = (id: string) => changes.filter((c) => c.id === id);
  test("a changed record gives one row per field, with its sources now", () => {
    expect(of("chair-x")).toEqual([
      {
        table: "chairmanships",
        id: "chair-x",
        change: "changed",
        field: "until",
        old: "2005-06-22",
        new: "2005-06-23",
        sources: ["a", "b"],
      },
      {
        table: "chairmanships",
        id: "chair-x",
        change: "changed",
        field: "sources",
        old: ["a"],
        new: ["a", "b"],
        sources: ["a", "b"],
      },
    ] satisfies DataChange[]);
  });
  test("added and removed records, and a table that did not exist before", () => {
    expect(of("chair-new")).toMatchObject([{ change: "added", field: null, old: null, new: { id: "chair-new" } }]);
    expect(of("chair-gone")).toMatchObject([
      { change: "removed", old: { id: "chair-gone" }, new: null, sources: ["a"] },
    ]);
    expect(of("2026-02-12-new")).toMatchObject([{ table: "events", change: "added", sources: ["b"] }]);
  });
  test("meta is compared as one record; the sources table is only counted", () => {
    expect(of("meta")).toEqual([
      {
        table: "meta",
        id: "meta",
        change: "changed",
        field: "asOf",
        old: "2026-02-03",
        new: "2026-02-15",
        sources: null,
      },
    ]);
    expect(changes.filter((c) => c.table === "sources")).toEqual([]);
    expect(sourceRowCounts(before, after)).toEqual({ added: 1, removed: 0, changed: 1 });
  });
  test("nothing changed, nothing listed; an absent field counts as null", () => {
    expect(diffData(after, after)).toEqual([]);
    const withNull = {
      ...after,
      tables: { ...after.tables, events: [{ id: "2026-02-12-new", sources: ["b"], endDate: null }] },
    };
    expect(diffData(after, withNull)).toEqual([]);
  });
  test("the file is JSON with one change per line", () => {
    const text = changesFile(readConfig(), "2026-02-15", diffData(before, after), sourceRowCounts(before, after));
    expect(JSON.parse(text)).toMatchObject({ asOf: "2026-02-15", sourceRows: { added: 1 } });
    expect(text.split("\n").filter((line) => line.startsWith('    {"table"'))).toHaveLength(
      diffData(before, after).length,
    );
  });
});

describe("data/changes.json", () => {
  // A shallow clone lacks the previous release's commit; .ci/run fetches it and checks too.
  test.skipIf(!previousReleaseAvailable())(
    "is what data/ gives against the previous release (npm run data-changes)",
    () => {
      expect(readFileSync(CHANGES_FILE, "utf8")).toBe(expectedChangesFile());
    },
  );
  test("lists the corrected boundary days of this release with their sources", () => {
    const { changes } = JSON.parse(readFileSync(CHANGES_FILE, "utf8")) as { changes: DataChange[] };
    expect(changes).toContainEqual(
      expect.objectContaining({ id: "chair-tj-2014", field: "from", old: "2014-12-22", new: "2014-12-23" }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ id: "summit-2006-08-16-sochi", change: "removed" }));
  });
});
