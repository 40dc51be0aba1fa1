// Reads the JSON tables in data/. Build- and test-time only.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const DATA_DIR = fileURLToPath(new URL("../data/", import.meta.url));

/** The table files in data/, without ".json", in the order the dataset lists them. */
export const TABLES = [
  "meta",
  "states",
  "other-countries",
  "memberships",
  "participation",
  "chairmanships",
  "summits",
  "secretaries-general",
  "events",
  "observer-statuses",
  "sources",
] as const;

export type TableName = (typeof TABLES)[number];

export function readTable(name: TableName): unknown {
  return JSON.parse(readFileSync(`${DATA_DIR}${name}.json`, "utf8"));
}
