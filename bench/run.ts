// npm run bench: the speed of the built package (dist/, what users install) side by side
// with two baselines, in one process: a bare Set.has on six codes (the floor for any
// membership test) and the npm package is-eu-member (answers only "member now?").
// These machines are noisy, so every figure is the median of several rounds, and only
// ratios from the same run are compared. Then the import cost (separate processes,
// alternating with is-eu-member) and the bundle size of the main helpers.
//
//   npm run bench                 measure and check the targets (exit 1 if one is missed)
//   npm run bench -- --rounds 9   more rounds
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { arch, cpus, platform } from "node:os";
import { fileURLToPath } from "node:url";
import { do_not_optimize, measure } from "mitata";
import { chairOf, chairOn, isMember, membershipOn, membersOn } from "../dist/index.js";
import { bundleSize } from "../scripts/size";

const require = createRequire(import.meta.url);
const { isEuMember } = require("is-eu-member") as { isEuMember: (code: string) => boolean };

const roundsFlag = process.argv.indexOf("--rounds");
const ROUNDS = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 5;

// Inputs cycle through 16 values so that no call can be folded into a constant.
const STATES = [
  "UZ",
  "AM",
  "RU",
  "GE",
  "KZ",
  "BY",
  "TJ",
  "KG",
  "AZ",
  "FR",
  "uz",
  "UZB",
  "am",
  "DE",
  "RU",
  "KG",
] as const;
const EU = ["DE", "FR", "IT", "US", "PL", "RU", "ES", "UA", "NL", "AT", "TR", "SE", "GB", "FI", "CZ", "CN"];
const DAYS = [
  "2010-03-01",
  "1999-04-20",
  "1999-04-21",
  "2012-12-19",
  "2024-02-22",
  "1993-12-31",
  "2003-09-18",
  "2026-02-03",
  "1992-05-15",
  "2006-06-23",
  "2015-09-15",
  "2022-11-23",
  "1995-01-01",
  "2019-07-04",
  "2008-08-08",
  "2001-01-01",
];
const YEARS = [2004, 2009, 2023, 2026, 2003, 2027, 2015, 2010, 2018, 2012, 2007, 2021, 2024, 2005, 1999, 2016];
const SIX = new Set(["AM", "BY", "KG", "KZ", "RU", "TJ"]);

let i = 0;
const candidates: Record<string, () => unknown> = {
  "Set.has (6 codes)": () => do_not_optimize(SIX.has(STATES[i++ & 15]!)),
  "isEuMember (is-eu-member)": () => do_not_optimize(isEuMember(EU[i++ & 15]!)),
  isMember: () => do_not_optimize(isMember(STATES[i & 15]!, DAYS[i++ & 15]!)),
  membershipOn: () => do_not_optimize(membershipOn(STATES[i & 15]!, DAYS[i++ & 15]!)),
  membersOn: () => do_not_optimize(membersOn(DAYS[i++ & 15]!)),
  chairOf: () => do_not_optimize(chairOf(YEARS[i++ & 15]!)),
  chairOn: () => do_not_optimize(chairOn(DAYS[i++ & 15]!)),
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

console.log(
  `csto bench: Node ${process.version}, ${platform()} ${arch()}, ${cpus()[0]?.model ?? "unknown CPU"} (${cpus().length} cores)`,
);
console.log(`${ROUNDS} rounds; each figure is the median over rounds of each round's median time per call.\n`);

const samples: Record<string, number[]> = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  // A different order each round, so that no candidate always runs first or last.
  const names = Object.keys(candidates);
  const order = names.map((_, k) => names[(k + round) % names.length]!);
  for (const name of order) {
    const stats = await measure(candidates[name]!, { min_cpu_time: 150e6 });
    samples[name]!.push(stats.p50);
  }
}
const ns = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
const floor = ns["Set.has (6 codes)"]!;
const peer = ns["isEuMember (is-eu-member)"]!;
console.log("call                        ns/call   × Set.has   × isEuMember");
for (const [name, value] of Object.entries(ns)) {
  console.log(
    `${name.padEnd(26)}${value.toFixed(1).padStart(9)}${(value / floor).toFixed(2).padStart(12)}${(value / peer).toFixed(2).padStart(14)}`,
  );
}

// Import cost: a fresh process per import, csto and is-eu-member alternating.
const probe = fileURLToPath(new URL("./import-time.mjs", import.meta.url));
const distIndex = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const euIndex = require.resolve("is-eu-member");
const importTimes: Record<string, number[]> = { csto: [], "is-eu-member": [] };
for (let run = 0; run < 15; run++) {
  for (const [name, target] of run % 2
    ? [
        ["is-eu-member", euIndex],
        ["csto", distIndex],
      ]
    : [
        ["csto", distIndex],
        ["is-eu-member", euIndex],
      ]) {
    const out = spawnSync(process.execPath, [probe, target!], { encoding: "utf8" });
    importTimes[name!]!.push(Number(out.stdout.trim()));
  }
}
const importCsto = median(importTimes.csto!);
const importEu = median(importTimes["is-eu-member"]!);
console.log(
  `\nimport (median of 15 fresh processes each, alternating): csto ${importCsto.toFixed(2)} ms, is-eu-member ${importEu.toFixed(2)} ms, difference ${(importCsto - importEu).toFixed(2)} ms`,
);

const main = await bundleSize(["isMember", "chairOf", "formerMembers"]);
const lone = await bundleSize(["isMember"]);
console.log(`bundle, min+gz: isMember + chairOf + formerMembers ${main} B; isMember alone ${lone} B`);

const targets: [string, boolean][] = [
  [`isMember ≤ 3 × Set.has (${(ns.isMember! / floor).toFixed(2)}×)`, ns.isMember! <= 3 * floor],
  [`isMember faster than isEuMember (${(ns.isMember! / peer).toFixed(2)}×)`, ns.isMember! < peer],
  [`chairOf ≤ 3 × Set.has (${(ns.chairOf! / floor).toFixed(2)}×)`, ns.chairOf! <= 3 * floor],
  [`chairOn ≤ 3 × Set.has (${(ns.chairOn! / floor).toFixed(2)}×)`, ns.chairOn! <= 3 * floor],
  [`import ≤ is-eu-member + 3 ms (+${(importCsto - importEu).toFixed(2)} ms)`, importCsto - importEu <= 3],
  [`main helpers' bundle ≤ 2048 B min+gz (${main} B)`, main <= 2048],
];
console.log("\ntargets:");
for (const [label, ok] of targets) console.log(`  ${ok ? "met   " : "MISSED"} ${label}`);
if (targets.some(([, ok]) => !ok)) process.exitCode = 1;
