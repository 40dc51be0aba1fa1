// npm run test:site: the docs site (docs/site, built by `npm run docs`) in headless Chromium.
// Each page of test/site/pages.ts at each of its widths: a screenshot in reports/site/, the
// common checks of test/site/harness.ts and the page's own checks.
import { describe, expect, test } from "vitest";
import { commonProblems, open, screenshot, useSite } from "./harness";
import { pages } from "./pages";

const site = useSite("index.html");

const cases = pages.flatMap((page) => page.widths.map((width) => [page.name, width, page] as const));

describe("the docs site in Chromium", () => {
  test.each(cases)("%s at %i px", async (name, width, sitePage) => {
    const page = await site.context.newPage();
    try {
      await page.setViewportSize({ width, height: 900 });
      expect(await open(page, site.server.url, sitePage.path), sitePage.path).toBe(200);
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
