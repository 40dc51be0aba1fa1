// The pages `npm run test:site` opens, the widths it opens them at, and each page's own checks.
// To check a new page (the explorer, say): add an entry here. Every page gets a full-page
// screenshot in reports/site/ and, unless `common` is false, the common checks of
// test/site/harness.ts (no horizontal overflow of the main column or the page, code blocks that
// scroll instead of wrapping, one title).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DESKTOP_TEXT, PHONE_TEXT } from "./thresholds";
import { pictureTextSizes, SITE, svgProblems, tablesThatScroll } from "./harness";

/** Desktop, narrow desktop (the TypeDoc layout changes at 1200 px), phone. */
export const DESKTOP = 1280;
export const PHONE = 390;

export interface SitePage {
  /** File name of the screenshots: reports/site/<name>-<width>.png */
  name: string;
  /** Path under docs/ (the site is docs/site/) */
  path: string;
  widths: readonly number[];
  /** False for a page that is not a TypeDoc page (a picture): only its own checks run. */
  common?: boolean;
  /** Problems beyond the common ones; empty when the page is right. */
  check?: (page: Page, width: number) => Promise<string[]>;
}

const helperPage = (name: string): SitePage => ({
  name: `function-${name}`,
  path: `site/functions/csto.${name}.html`,
  widths: [DESKTOP, PHONE],
});

/** Every guide of docs/ (a TypeDoc document page): on a desktop its tables fit the column whole. */
const guide = (file: string): SitePage => ({
  name: `guide-${file.replace(/\.html$/, "")}`,
  path: `site/documents/${file}`,
  widths: [DESKTOP, PHONE],
  check: async (page, width) => (width >= 1024 ? tablesThatScroll(page) : []),
});
const DOCUMENTS = join(SITE, "documents");
const guides = existsSync(DOCUMENTS) ? readdirSync(DOCUMENTS).filter((f) => f.endsWith(".html")) : [];

export const pages: readonly SitePage[] = [
  {
    name: "index",
    path: "site/index.html",
    widths: [1440, DESKTOP, 1024, PHONE],
    check: async (page, width) => [
      // From 1024 px up the Helpers table fits the column whole, wrapping; a phone may scroll it.
      ...(width >= 1024 ? await tablesThatScroll(page) : []),
      // The timeline's smallest text stays legible: the narrow picture on a phone.
      ...(await pictureTextSizes(page))
        .filter(({ smallest }) => smallest < (width <= PHONE ? PHONE_TEXT : DESKTOP_TEXT))
        .map(({ src, smallest }) => `${src} shows its smallest text at ${smallest} px`),
    ],
  },
  { name: "schema", path: "site/modules/csto_schema.html", widths: [DESKTOP, PHONE] },
  // The timeline pictures at their own width: no line through a label, no label over another.
  { name: "timeline", path: "timeline.svg", widths: [800], common: false, check: svgProblems },
  { name: "timeline-narrow", path: "timeline-narrow.svg", widths: [400], common: false, check: svgProblems },
  ...guides.map(guide),
  ...["isMember", "membershipOn", "membersOn", "formerMembers", "chairOf", "chairOn"].map(helperPage),
  ...["secretaryGeneralOn", "summitsIn", "observersOn", "resolveState", "sourcesOf", "noteOf"].map(helperPage),
];
