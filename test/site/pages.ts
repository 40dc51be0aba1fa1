// The pages `npm run test:site` opens, the widths it opens them at, and each page's own checks.
// To check a new page (the explorer, say): add an entry here. Every page also gets the common
// checks of test/site/harness.ts (no horizontal overflow of the main column or the page, code
// blocks that scroll instead of wrapping, one title) and a full-page screenshot in reports/site/.
import type { Page } from "playwright-core";
import { tablesThatScroll } from "./harness";

/** Desktop, narrow desktop (the TypeDoc layout changes at 1200 px), phone. */
export const DESKTOP = 1280;
export const PHONE = 390;

export interface SitePage {
  /** File name of the screenshots: reports/site/<name>-<width>.png */
  name: string;
  /** Path under docs/site/ */
  path: string;
  widths: readonly number[];
  /** Problems beyond the common ones; empty when the page is right. */
  check?: (page: Page, width: number) => Promise<string[]>;
}

const helperPage = (name: string): SitePage => ({
  name: `function-${name}`,
  path: `functions/csto.${name}.html`,
  widths: [DESKTOP, PHONE],
});

const guide = (name: string): SitePage => ({
  name: `guide-${name}`,
  path: `documents/${name}.html`,
  widths: [DESKTOP, PHONE],
});

export const pages: readonly SitePage[] = [
  {
    name: "index",
    path: "index.html",
    widths: [1440, DESKTOP, 1024, PHONE],
    // From 1024 px up the Helpers table fits the column whole, wrapping; a phone may scroll it.
    check: async (page, width) => (width >= 1024 ? tablesThatScroll(page) : []),
  },
  { name: "schema", path: "modules/csto_schema.html", widths: [DESKTOP, PHONE] },
  ...["The_data_model", "What_common_summaries_get_wrong", "The_command_line", "Performance"].map(guide),
  ...["isMember", "membershipOn", "membersOn", "formerMembers", "chairOf", "chairOn"].map(helperPage),
  ...["secretaryGeneralOn", "summitsIn", "observersOn", "resolveState", "sourcesOf", "noteOf"].map(helperPage),
];
