// npm run test:site, the explorer (docs/site/explorer.html) beyond the checks of pages.ts:
// its answers against csto's helpers for every sample day on both bases, the addresses it
// refuses, its controls and the address, the keyboard alone, a source clicked through, the
// timeline, offline use after a first visit, a base path below the host's root, and the
// weight of its first view.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { chairOn, dataset, sourcesOf } from "../../src/index";
import { AS_OF, nextDay } from "../data-facts";
import { DOCS, launch, SCREENSHOTS, SITE, serve, useSite } from "./harness";
import { answerProblems, BASES, EXPLORER, openExplorer, refusal, sampleDays, shown } from "./explorer";

/** One page load per sample day: generous for a busy two-core machine. */
const SAMPLE_TIMEOUT = 240_000;
/** The most the first view may load, gzipped: the page, its styles and pictures, its script and tables. */
const FIRST_VIEW_BUDGET = 60 * 1024;

const site = useSite("explorer.html");

/** A fresh page at a width; closed after `use`. */
async function withPage<T>(width: number, use: (page: Page) => Promise<T>, on = site.context): Promise<T> {
  const page = await on.newPage();
  try {
    await page.setViewportSize({ width, height: 900 });
    return await use(page);
  } finally {
    await page.close();
  }
}

const query = (day: string, basis: string) => `?day=${day}&basis=${basis}`;

describe("the explorer answers as csto does", () => {
  test.each(BASES)(
    "every sample day on the %s basis",
    async (basis) => {
      await withPage(1280, async (page) => {
        const problems: string[] = [];
        for (const day of sampleDays()) {
          await openExplorer(page, site.server.url, query(day, basis));
          problems.push(...(await answerProblems(page, day, basis)));
          expect(new URL(page.url()).search).toBe(query(day, basis));
        }
        expect(problems).toEqual([]);
      });
    },
    SAMPLE_TIMEOUT,
  );

  test("without ?day= it shows asOf on the treaty basis", async () => {
    await withPage(1280, async (page) => {
      await openExplorer(page, site.server.url, "");
      expect(await answerProblems(page, AS_OF, "treaty")).toEqual([]);
    });
  });

  test.each([
    ["2023-02-30", "treaty"],
    ["2010-3-1", "treaty"],
    ["yesterday", "organization"],
    ["", "treaty"],
    ["2010-03-01", "alliance"],
  ])("?day=%s&basis=%s: csto's refusal, and a link back to a day it answers", async (day, basis) => {
    await withPage(390, async (page) => {
      await openExplorer(page, site.server.url, query(day, basis));
      const expected = refusal(day, basis);
      expect(await page.textContent("#refusal .message")).toBe(`${expected.code} ${expected.message}`);
      expect(await page.getAttribute("html", "data-error")).toBe(expected.code);
      expect(await page.textContent("#summary")).toBe(expected.message);
      await page.click("#refusal a");
      expect(await answerProblems(page, AS_OF, "treaty")).toEqual([]);
    });
  });
});

describe("the explorer's controls", () => {
  test("the day field, the steps, the slider and the basis move the answer and the address", async () => {
    await withPage(1280, async (page) => {
      await openExplorer(page, site.server.url, query("2012-12-18", "treaty"));
      await page.click("button[aria-label='One day later']");
      expect(new URL(page.url()).search).toBe(query("2012-12-19", "treaty"));
      expect(await answerProblems(page, "2012-12-19", "treaty")).toEqual([]);

      await page.fill("#day", "1999-04-20");
      await page.press("#day", "Enter");
      expect(new URL(page.url()).search).toBe(query("1999-04-20", "treaty"));
      expect(await answerProblems(page, "1999-04-20", "treaty")).toEqual([]);

      await page.focus("#slider");
      await page.keyboard.press("ArrowRight");
      expect(await answerProblems(page, "1999-04-21", "treaty")).toEqual([]);
      expect(await page.getAttribute("#slider", "aria-valuetext")).toBe("1999-04-21");
      // The address follows once the slider settles.
      await expect.poll(() => new URL(page.url()).search).toBe(query("1999-04-21", "treaty"));

      await page.check("input[value=organization]");
      expect(new URL(page.url()).search).toBe(query("1999-04-21", "organization"));
      expect(await answerProblems(page, "1999-04-21", "organization")).toEqual([]);

      await page.click("button[aria-label='One year later']");
      expect(await answerProblems(page, "2000-04-21", "organization")).toEqual([]);
      // The live region says the answer in a sentence once the day settles.
      await expect.poll(() => page.textContent("#summary")).toContain("On 2000-04-21");
    });
  });

  test("a day typed wrong is refused with csto's message, and the next good one is shown", async () => {
    await withPage(390, async (page) => {
      await openExplorer(page, site.server.url, query("2010-03-01", "treaty"));
      await page.fill("#day", "2010-02-29");
      await page.press("#day", "Enter");
      expect(await page.textContent("#refusal .message")).toContain(refusal("2010-02-29", "treaty").message);
      expect(await page.getAttribute("#day", "aria-invalid")).toBe("true");
      await page.fill("#day", "2010-02-28");
      await page.press("#day", "Enter");
      expect(await answerProblems(page, "2010-02-28", "treaty")).toEqual([]);
    });
  });
});

/** Presses Tab until `selector` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) return presses;
  }
  throw new Error(`${limit} presses of Tab never reached ${selector}`);
}

/** The focused element draws a visible outline (or, in the picture, a stroke). */
const focusVisible = (page: Page) =>
  page.evaluate(
    "(() => { const s = getComputedStyle(document.activeElement); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || parseFloat(s.strokeWidth) >= 2; })()",
  );

describe("the explorer with the keyboard alone", () => {
  test("day field, slider, a record's sources, the timeline", async () => {
    await withPage(1280, async (page) => {
      await openExplorer(page, site.server.url, query("2010-03-01", "treaty"));
      // The skip link comes first and lands on the answer.
      await page.keyboard.press("Tab");
      expect(await page.evaluate("document.activeElement.textContent")).toBe("Skip to the answer");
      expect(await focusVisible(page)).toBe(true);

      await tabTo(page, "#day");
      expect(await focusVisible(page)).toBe(true);
      await page.keyboard.press("Control+A");
      await page.keyboard.type("2022-01-06");
      await page.keyboard.press("Enter");
      expect(await answerProblems(page, "2022-01-06", "treaty")).toEqual([]);

      await tabTo(page, "#slider");
      await page.keyboard.press("ArrowRight");
      expect(await answerProblems(page, "2022-01-07", "treaty")).toEqual([]);

      // A record's sources: Enter on its summary opens them; Tab reaches the source's address.
      await tabTo(page, "#operations summary");
      expect(await focusVisible(page)).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForSelector("#operations details[data-loaded=yes]");
      await tabTo(page, "#operations .source a");
      const [shownOperation] = (await shown(page)).operations;
      const operation = dataset.operations.find((o) => o.id === shownOperation)!;
      expect(await page.evaluate("document.activeElement.href")).toBe(sourcesOf(operation)[0]!.url);

      // The timeline: one Tab stop, arrows between records, Enter goes to the record's day and opens it.
      await tabTo(page, ".picture.wide [data-record]");
      expect(await focusVisible(page)).toBe(true);
      await page.keyboard.press("End");
      await page.keyboard.press("ArrowDown");
      const focused = (await page.evaluate("({ ...document.activeElement.dataset })")) as Record<string, string>;
      await page.keyboard.press("Enter");
      expect((await shown(page)).day).toBe(focused.from);
      expect(await page.evaluate("document.activeElement.closest('details')?.dataset.record")).toBe(focused.record);
      expect(await page.evaluate("document.activeElement.closest('details')?.open")).toBe(true);
    });
  });
});

describe("the explorer's sources and timeline", () => {
  test("a source clicked through opens its own address", async () => {
    await withPage(1280, async (page) => {
      await openExplorer(page, site.server.url, query("2010-03-01", "organization"));
      const chair = chairOn("2010-03-01")!;
      const first = sourcesOf(chair).find((s) => s.url !== null)!;
      // No request leaves the machine: the source's site answers with a stand-in page.
      await page.route(
        (url) => !url.href.startsWith(site.server.url),
        (route) => route.fulfill({ contentType: "text/html", body: "<title>the source</title>" }),
      );
      await page.click("#chair summary");
      const link = page.locator(`#chair .source[data-source="${first.id}"] a`);
      expect(await link.getAttribute("href")).toBe(first.url);
      expect(await page.textContent(`#chair .source[data-source="${first.id}"]`)).toContain(first.publisher);
      if (first.quote)
        expect(await page.textContent(`#chair .source[data-source="${first.id}"] blockquote`)).toBe(first.quote);
      await Promise.all([page.waitForURL(first.url!), link.click()]);
      expect(await page.title()).toBe("the source");
    });
  });

  test("a click on a chair's bar moves the day into its term and opens it; a click on a lane moves the day there", async () => {
    await withPage(1280, async (page) => {
      await openExplorer(page, site.server.url, query("2010-03-01", "treaty"));
      const chair = dataset.chairmanships.find((c) => c.until !== null && c.from > "2015-01-01")!;
      await page.click(`.picture.wide rect.chair[data-record="${chair.id}"]`);
      const day = (await shown(page)).day!;
      expect(day >= chair.from && day < chair.until!).toBe(true);
      expect(await answerProblems(page, day, "treaty")).toEqual([]);
      expect((await shown(page)).chair).toEqual([chair.id]);
      expect(await page.evaluate("document.activeElement.closest('details')?.dataset.record")).toBe(chair.id);

      // Georgia's lane, far right of its bar: a day after it left; its line opens.
      const lane = page.locator('.picture.wide rect.lane[data-state="GE"]');
      await lane.scrollIntoViewIfNeeded();
      const box = (await lane.boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.7, box.y + 3);
      const laneDay = (await shown(page)).day!;
      expect(laneDay > "2010-01-01").toBe(true);
      expect(await answerProblems(page, laneDay, "treaty")).toEqual([]);
      expect(await page.evaluate("document.activeElement.closest('li')?.dataset.state")).toBe("GE");

      // An operation's mark: its first day, on which it is under way.
      const operation = dataset.operations[0]!;
      await page.click(`.picture.wide .mark[data-record="${operation.id}"]`);
      expect((await shown(page)).operations).toContain(operation.id);
    });
  });

  test("on a phone the narrow picture is the one shown, and it answers clicks", async () => {
    await withPage(390, async (page) => {
      await openExplorer(page, site.server.url, query("2010-03-01", "organization"));
      expect(await page.isVisible(".picture.wide svg")).toBe(false);
      const bar = page.locator('.picture.narrow rect[data-record][data-basis="organization"][data-state="UZ"]').first();
      await bar.click();
      expect((await shown(page)).basis).toBe("organization");
      expect((await shown(page)).states.UZ?.status).toBe("member");
    });
  });
});

describe("the explorer offline and under a base path", () => {
  test("after a first visit it works offline, sources it opened included", async () => {
    const fresh = await launch();
    const local = await serve(DOCS);
    try {
      await withPage(
        390,
        async (page) => {
          await openExplorer(page, local.url, query("2010-03-01", "treaty"));
          await page.evaluate("navigator.serviceWorker.ready");
          await page.waitForFunction("navigator.serviceWorker.controller !== null");
          await page.click("#chair summary");
          await page.waitForSelector("#chair details[data-loaded=yes]");
          // The worker keeps the record chunk; give it the moment it takes.
          await page.waitForFunction(
            "caches.keys().then(async (names) => (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).length))).some((n) => n >= 3))",
          );
          local.down();
          await fresh.context.setOffline(true);
          await openExplorer(page, local.url, query("2024-02-22", "organization"));
          expect(await answerProblems(page, "2024-02-22", "organization")).toEqual([]);
          await page.click("#members details summary");
          await page.waitForSelector("#members details[data-loaded=yes] .source");
          await page.screenshot({ path: join(SCREENSHOTS, "explorer-offline-390.png"), fullPage: false });
        },
        fresh.context,
      );
    } finally {
      await fresh.context.setOffline(false);
      await fresh.close();
      await local.close();
    }
  });

  test("under a base path below the host's root, with relative addresses only", async () => {
    const based = await serve(DOCS, "/some/base/path/");
    try {
      await withPage(1280, async (page) => {
        const failed: string[] = [];
        page.on("response", (r) => {
          if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
        });
        await openExplorer(page, based.url, query("2012-12-19", "organization"));
        expect(await answerProblems(page, "2012-12-19", "organization")).toEqual([]);
        await page.click("#suspended summary");
        await page.waitForSelector("#suspended details[data-loaded=yes] .source");
        expect(page.url().startsWith(`${based.url}${EXPLORER}`)).toBe(true);
        // The menu's links lead to pages of the site.
        for (const href of await page.$$eval("header a", (links) =>
          links.map((a) => (a as unknown as { href: string }).href),
        )) {
          expect((await page.request.get(href)).status(), href).toBe(200);
        }
        expect(failed).toEqual([]);
      });
    } finally {
      await based.close();
    }
  });
});

test("the site's menu leads to the explorer, from the index and from pages in folders", async () => {
  const based = await serve(DOCS, "/docs/csto/");
  try {
    await withPage(1280, async (page) => {
      for (const path of [
        "site/index.html",
        "site/functions/csto.isMember.html",
        "site/documents/The_data_model.html",
      ]) {
        await page.goto(new URL(path, based.url).href);
        const links = page.locator("a", { hasText: "Explorer: the CSTO on any day" });
        expect(await links.count(), path).toBeGreaterThan(0);
        await links.first().click();
        await page.waitForSelector("html[data-ready]");
        expect(page.url(), path).toBe(new URL(EXPLORER, based.url).href);
      }
    });
  } finally {
    await based.close();
  }
});

describe("the explorer's weight", () => {
  test(`the first view loads at most ${FIRST_VIEW_BUDGET / 1024} KB gzipped, and the sources only when a record opens`, async () => {
    const fresh = await launch();
    try {
      await withPage(
        1280,
        async (page) => {
          const loaded: { url: string; gz: number }[] = [];
          page.on("response", async (response) => {
            const body = await response.body().catch(() => Buffer.alloc(0));
            loaded.push({ url: response.url(), gz: gzipSync(body).length });
          });
          await openExplorer(page, site.server.url, query(AS_OF, "treaty"));
          await page.waitForLoadState("networkidle");
          const firstView = loaded.filter(
            (r) => r.url.startsWith(site.server.url) && !r.url.endsWith("explorer-sw.js"),
          );
          const total = firstView.reduce((sum, r) => sum + r.gz, 0);
          console.log(
            `explorer first view: ${(total / 1024).toFixed(1)} KB gzipped: ${firstView.map((r) => `${r.url.split("/").pop()} ${(r.gz / 1024).toFixed(1)} KB`).join(", ")}`,
          );
          expect(total).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
          const sources = readFileSync(join(SITE, "explorer-sw.js"), "utf8").match(/explorer\/record-[\w-]+\.js/)![0];
          expect(firstView.map((r) => r.url)).not.toContain(`${site.server.url}site/${sources}`);
          await page.click("#members details summary");
          await page.waitForSelector("#members details[data-loaded=yes]");
          expect(loaded.map((r) => r.url)).toContain(`${site.server.url}site/${sources}`);
        },
        fresh.context,
      );
    } finally {
      await fresh.close();
    }
  });
});

test("the sample of days reaches past asOf and across every boundary", () => {
  const days = sampleDays();
  expect(days).toContain(nextDay(AS_OF));
  expect(days).toContain("2012-12-19");
});
