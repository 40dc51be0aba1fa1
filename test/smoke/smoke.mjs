// The smoke test of the installed package, with no dependency: run from a project that has
// installed the packed tarball, under Node 18, 20, 22 or 24, Bun or Deno
// (test/smoke/run.sh installs each and runs this file with it). It imports csto as ESM and
// as CommonJS, runs the README's quick start, and reads a table through the data files.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import {
  appealsBy,
  chairOf,
  dataset,
  exercisesIn,
  forcesOn,
  formerMembers,
  isMember,
  membershipOn,
  noteOf,
  operationsOn,
  resolveState,
  sourcesOf,
} from "csto";

const runtime =
  typeof Deno !== "undefined"
    ? `Deno ${Deno.version.deno}`
    : typeof Bun !== "undefined"
      ? `Bun ${Bun.version}`
      : `Node ${process.version}`;

// The README's quick start.
assert.equal(isMember("UZ", "2010-03-01"), true);
assert.equal(chairOf(2023)?.state, "BY");
assert.deepEqual(
  formerMembers().map((s) => s.code),
  ["AZ", "GE", "UZ"],
);
assert.equal(isMember("GE", "1999-04-20"), true);
assert.equal(isMember("GE", "1999-04-21"), false);
assert.equal(isMember("GE", "1998-01-01", { basis: "organization" }), false);
assert.equal(membershipOn("UZ", "2015-01-01").status, "suspended");
assert.equal(membershipOn("AM", "2025-01-01").participation, "frozen");
assert.equal(isMember(resolveState("Белоруссия"), "2024-01-01"), true);

// Tables, notes and sources read on first use, deep-frozen.
assert.ok(sourcesOf(chairOf(2024)).length > 0);
assert.ok(noteOf(chairOf(2023))?.includes("2023-01-01"));
assert.equal(dataset.states.length, 9);
assert.ok(Object.isFrozen(dataset.chairmanships[0]));
assert.throws(
  () => isMember("XX", "2020-01-01"),
  (error) => error.code === "UNKNOWN_STATE",
);

// What the CSTO did, read from the new tables.
assert.equal(operationsOn("2022-01-19")[0]?.host, "KZ");
assert.deepEqual(operationsOn("2022-01-20"), []);
assert.deepEqual(
  appealsBy("AM").map((a) => a.article),
  ["2", "4"],
);
assert.equal(forcesOn("2009-06-14").length, 3);
assert.ok(exercisesIn(2021).some((e) => e.umbrella));

// CommonJS: the same answers.
const require = createRequire(import.meta.url);
const cjs = require("csto");
assert.equal(cjs.isMember("uzb", "2010-03-01"), true);
assert.equal(cjs.chairOf(2023).state, "BY");
assert.equal(require("csto/data/states.json").length, 9);

console.log(`smoke ok: ${runtime}, csto ${dataset.version} (data as of ${dataset.asOf})`);
