// The pages `npm run test:site` opens, the widths it opens them at, and each page's own checks.
// To check a new page (the explorer, say): add an entry here. Every page gets a full-page
// screenshot in reports/site/ and, unless `common` is false, the common checks of
// test/site/harness.ts (no horizontal overflow of the main column or the page, code blocks that
// scroll instead of wrapping, one title).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DESKTOP_TEXT, PHONE_TEXT } from "./thresholds";
import { accessibilityProblems, pictureTextSizes, SITE, svgProblems, tablesThatScroll } from "./harness";
import { answerProblems, EXPLORER, refusal } from "./explorer";

/** Desktop, narrow desktop (the TypeDoc layout changes at 1200 px), phone. */
export const DESKTOP = 1280;
export const PHONE = 390;

export interface SitePage {
  /** File name of the screenshots: reports/site/<name>-<width>.png */
  name: string;
  /** Path under docs/ (the site is docs/site/) */
  path: string;
  widths: readonly number[];
  /** False for a picture: only its own checks run. */
  common?: boolean;
  /** The page's main column, for the overflow check, when it is not a TypeDoc page. */
  column?: string;
  /** What to do before the screenshot and the checks (open a record, say). */
  prepare?: (page: Page) => Promise<void>;
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

/** Opens the first record of a section of the explorer's answer and waits for its sources. */
const openRecord = (section: string) => async (page: Page) => {
  await page.waitForSelector("html[data-ready]");
  await page.click(`#${section} details summary`);
  await page.waitForSelector(`#${section} details[data-loaded="yes"] .source a`);
};

/**
 * The explorer at an address: its answer is csto's for that day and basis, and axe-core finds
 * no serious or critical violation. With a record open, so the screenshots show sources.
 */
const explorer = (name: string, day: string, basis: "treaty" | "organization", section: string): SitePage => ({
  name,
  path: `${EXPLORER}?day=${day}&basis=${basis}`,
  widths: [DESKTOP, PHONE],
  column: "main",
  prepare: openRecord(section),
  check: async (page) => [...(await answerProblems(page, day, basis)), ...(await accessibilityProblems(page))],
});

/** The explorer at an address with a day csto refuses: csto's message and a way back, accessibly. */
const explorerRefusal = (name: string, day: string): SitePage => ({
  name,
  path: `${EXPLORER}?day=${day}`,
  widths: [DESKTOP, PHONE],
  column: "main",
  check: async (page) => {
    const message = (await page.textContent("#refusal .message")) ?? "";
    const expected = refusal(day, "treaty").message;
    const back = await page.locator("#refusal a").count();
    return [
      ...(message.includes(expected)
        ? []
        : [`the refusal says ${JSON.stringify(message)}, csto ${JSON.stringify(expected)}`]),
      ...(back === 1 ? [] : ["the refusal has no link back to a day"]),
      ...(await accessibilityProblems(page)),
    ];
  },
});

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
  // The explorer: a day with a temporary chair (organization basis), the day Armenia froze its
  // participation (treaty basis, an appeal's year), and a day that does not exist.
  explorer("explorer", "2010-03-01", "organization", "chair"),
  explorer("explorer-frozen", "2024-02-22", "treaty", "members"),
  explorerRefusal("explorer-refusal", "2023-02-30"),
];
