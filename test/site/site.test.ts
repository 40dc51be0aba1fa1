// npm run test:site: the docs site (docs/site, built by `npm run docs`) in headless Chromium.
// Each page of test/site/pages.ts at each of its widths: a screenshot in reports/site/, the
// common checks of test/site/harness.ts and the page's own checks.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { commonProblems, DOCS, launch, open, SITE, screenshot, serve } from "./harness";
import { pages } from "./pages";

let server: Awaited<ReturnType<typeof serve>>;
let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;

beforeAll(async () => {
  if (!existsSync(join(SITE, "index.html"))) throw new Error("docs/site is not built: run `npm run docs` first");
  server = await serve(DOCS);
  browser = await launch();
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cases = pages.flatMap((page) => page.widths.map((width) => [page.name, width, page] as const));

describe("the docs site in Chromium", () => {
  test.each(cases)("%s at %i px", async (name, width, sitePage) => {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width, height: 900 });
      expect(await open(page, server.url, sitePage.path), sitePage.path).toBe(200);
      await sitePage.prepare?.(page);
      await screenshot(page, name, width, sitePage.path.endsWith(".svg"));
      const common = sitePage.common === false ? [] : await commonProblems(page, sitePage.column);
      const problems = [...common, ...((await sitePage.check?.(page, width)) ?? [])];
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
