// Hand-written from the terms' sources (data/sources.json), not recomputed from data/.
import { describe, expect, test } from "vitest";
import { secretaryGeneralOn } from "../src/index";

const terms = [
  ["Nikolai Bordyuzha", "RU", false, "2003-04-28", "2016-12-31"],
  ["Valery Semerikov", "RU", true, "2017-01-01", "2017-05-01"],
  ["Yuri Khachaturov", "AM", false, "2017-05-02", "2018-11-01"],
  ["Valery Semerikov", "RU", true, "2018-11-02", "2019-12-31"],
  ["Stanislav Zas", "BY", false, "2020-01-01", "2022-12-31"],
  ["Imangali Tasmagambetov", "KZ", false, "2023-01-01", "2025-12-31"],
  ["Taalatbek Masadykov", "KG", false, "2026-01-01", "2026-02-03"],
] as const;

describe("secretaryGeneralOn", () => {
  test.each(terms)("%s (%s, acting %s) from %s to %s", (name, state, acting, first, last) => {
    for (const day of [first, last]) {
      expect(secretaryGeneralOn(day)).toMatchObject({ name: { en: name }, state, acting });
    }
  });
  test("nobody before the first appointment on 2003-04-28", () => {
    expect(secretaryGeneralOn("2003-04-27")).toBeUndefined();
  });
  test("Masadykov is in office with no end recorded yet", () => {
    expect(secretaryGeneralOn("2026-06-01")).toMatchObject({ name: { en: "Taalatbek Masadykov" }, until: null });
  });
  test("names are given in Russian too", () => {
    expect(secretaryGeneralOn("2010-01-01")?.name.ru).toBe("Николай Бордюжа");
  });
});
