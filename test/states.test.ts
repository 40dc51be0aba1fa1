import { describe, expect, test } from "vitest";
import { CstoError, dataset, resolveState } from "../src/index";

describe("resolveState: codes", () => {
  test.each([
    ["BY", "BY"], ["by", "BY"], ["BLR", "BY"], ["blr", "BY"], ["  KG ", "KG"], ["Kgz", "KG"],
    ["FR", "FR"], ["fra", "FR"],
  ])("%j is %s", (text, code) => {
    expect(resolveState(text).code).toBe(code);
  });
  test("returns the participant records of dataset.states", () => {
    expect(resolveState("UZ")).toBe(dataset.states.find((s) => s.code === "UZ"));
  });
});

describe("resolveState: names in three languages and the variants people type", () => {
  test.each([
    // English, Russian and German short names
    ["Armenia", "AM"], ["Армения", "AM"], ["Armenien", "AM"],
    ["Azerbaijan", "AZ"], ["Азербайджан", "AZ"], ["Aserbaidschan", "AZ"],
    ["Belarus", "BY"], ["Беларусь", "BY"],
    ["Georgia", "GE"], ["Грузия", "GE"], ["Georgien", "GE"],
    ["Kyrgyzstan", "KG"], ["Киргизия", "KG"], ["Kirgisistan", "KG"],
    ["Kazakhstan", "KZ"], ["Казахстан", "KZ"], ["Kasachstan", "KZ"],
    ["Russia", "RU"], ["Россия", "RU"], ["Russland", "RU"],
    ["Tajikistan", "TJ"], ["Таджикистан", "TJ"], ["Tadschikistan", "TJ"],
    ["Uzbekistan", "UZ"], ["Узбекистан", "UZ"], ["Usbekistan", "UZ"],
    // variants and official forms
    ["Белоруссия", "BY"], ["Weißrussland", "BY"], ["Weissrussland", "BY"], ["WEISSRUSSLAND", "BY"],
    ["Kirgisien", "KG"], ["Kyrgyz Republic", "KG"], ["Кыргызстан", "KG"], ["Кыргызская Республика", "KG"],
    ["Russian Federation", "RU"], ["Российская Федерация", "RU"], ["Republic of Armenia", "AM"],
    // other countries, so that a non-participant resolves too
    ["Frankreich", "FR"], ["Франция", "FR"], ["Serbia", "RS"], ["Moldawien", "MD"],
  ])("%s is %s", (name, code) => {
    expect(resolveState(name).code).toBe(code);
  });
  test("ignores case, accents and punctuation", () => {
    expect(resolveState("kyrgyz   republic").code).toBe("KG");
    expect(resolveState("Cote d'Ivoire").code).toBe("CI");
    expect(resolveState("côte d’ivoire").code).toBe("CI");
  });
  test("each record has names in English, Russian and German", () => {
    expect(resolveState("KG").names).toEqual({ en: "Kyrgyzstan", ru: "Киргизия", de: "Kirgisistan" });
  });
});

describe("resolveState: what it refuses", () => {
  const refuses = (value: unknown, fragment: string) => {
    try {
      resolveState(value as string);
    } catch (error) {
      expect(error).toBeInstanceOf(CstoError);
      expect((error as CstoError).code).toBe("UNKNOWN_STATE");
      expect((error as CstoError).message).toContain(fragment);
      return;
    }
    expect.unreachable(`resolveState(${String(value)}) should throw`);
  };
  test.each([
    ["Atlantis", '"Atlantis"'],
    ["XX", '"XX"'],
    ["", '""'],
    ["   ", '"   "'],
    ["__proto__", '"__proto__"'],
    ["constructor", '"constructor"'],
    ["toString", '"toString"'],
  ])("%j", (text, fragment) => refuses(text, fragment));
  test("a name two countries share, naming both", () => refuses("Congo", "CD, CG"));
  test.each([[null, "null"], [undefined, "undefined"], [42, "42"], [{}, "an object"], [["BY"], "an array"]])(
    "%j",
    (value, fragment) => refuses(value, fragment),
  );
});
