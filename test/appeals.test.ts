// Appeals, hand-written from their sources (data/sources.json): the day, the article invoked
// and, where sources disagree, every reading; what the organization did.
import { fc, test as prop } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { appealsBy, CstoError, dataset, noteOf, resolveState, sourcesOf } from "../src/index";

describe("appealsBy", () => {
  test("Armenia, May 2021: Article 2, consultations; the later Article 4 reading is kept", () => {
    const [may2021] = appealsBy("AM");
    expect(may2021).toMatchObject({
      day: { day: "2021-05-14", approximate: false },
      article: "2",
      response: "consultations",
      operation: null,
      confidence: "disputed",
    });
    expect(may2021!.articleReadings?.map((reading) => reading.article)).toEqual(["2", "4"]);
    expect(may2021!.to).toContain("Rahmon");
    expect(noteOf(may2021!)).toContain("Article 4");
  });
  test("Armenia, September 2022: Article 4 preferred over one report of Article 2, answered by the mission", () => {
    const september2022 = appealsBy("AM")[1]!;
    expect(september2022).toMatchObject({
      day: { day: "2022-09-13", approximate: false },
      article: "4",
      decisionArticle: null,
      response: "mission",
      responseDay: { day: "2022-09-13", approximate: false },
      operation: "op-am-2022-mission",
      confidence: "disputed",
    });
    expect(september2022.articleReadings).toEqual([
      { article: "4", sources: expect.arrayContaining(["rt-2022-09-14-article-4"]) },
      { article: "2", sources: ["ru24-2022-09-article-2"] },
    ]);
  });
  test("Kazakhstan, January 2022: no article in the appeal, Article 4 in the Council's decision, a deployment", () => {
    expect(appealsBy("KZ")).toEqual([
      expect.objectContaining({
        day: { day: "2022-01-05", approximate: false },
        article: "none-cited",
        decisionArticle: "4",
        response: "deployment",
        responseDay: { day: "2022-01-06", approximate: false },
        operation: "op-kz-2022-peacekeeping",
      }),
    ]);
  });
  test("Kyrgyzstan, June 2010: a letter to Russia's leadership, consultations, no peacekeepers", () => {
    expect(appealsBy("KG")).toEqual([
      expect.objectContaining({
        day: { day: "2010-06-12", approximate: false },
        article: "none-cited",
        response: "consultations",
        operation: "op-kg-2010-working-group",
      }),
    ]);
    expect(appealsBy("KG")[0]!.to).toContain("Russia");
  });
  test("Tajikistan, July 2021: a request to the Permanent Council, answered by a statement", () => {
    expect(appealsBy("TJ")).toEqual([
      expect.objectContaining({
        day: { day: "2021-07-07", approximate: false },
        response: "statement",
        operation: null,
      }),
    ]);
  });
  test("a state in any form, and states that made none", () => {
    expect(appealsBy("arm")).toEqual(appealsBy("AM"));
    expect(appealsBy(resolveState("Армения"))).toEqual(appealsBy("AM"));
    expect(appealsBy("BY")).toEqual([]);
    expect(appealsBy("FR")).toEqual([]);
  });
  test("returns a frozen list; every appeal cites sources", () => {
    expect(Object.isFrozen(appealsBy("AM"))).toBe(true);
    expect(Object.isFrozen(appealsBy("FR"))).toBe(true);
    for (const appeal of dataset.appeals) expect(sourcesOf(appeal).length).toBeGreaterThan(0);
  });
  test("refuses what is no state", () => {
    expect(() => appealsBy("Armenia" as never)).toThrow(CstoError);
    expect(() => appealsBy("Armenia" as never)).toThrow('Unknown state "Armenia"');
  });

  prop.prop([fc.constantFrom(...dataset.states.map((s) => s.code))])(
    "each appeal is listed under its state, in date order, and under no other",
    (code) => {
      const own = appealsBy(code);
      expect(own).toEqual(dataset.appeals.filter((appeal) => appeal.state === code));
      expect(own.map((appeal) => appeal.day.day)).toEqual(own.map((appeal) => appeal.day.day).sort());
    },
  );
});
