import { describe, expect, test } from "vitest";
import { LANGUAGE_LIST } from "./data-facts";
import { CstoError, dataset, isMember, membershipOn, resolveState } from "../src/index";

describe("resolveState: codes", () => {
  test.each([
    ["BY", "BY"],
    ["by", "BY"],
    ["BLR", "BY"],
    ["blr", "BY"],
    ["  KG ", "KG"],
    ["Kgz", "KG"],
    ["FR", "FR"],
    ["fra", "FR"],
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
    ["Armenia", "AM"],
    ["Армения", "AM"],
    ["Armenien", "AM"],
    ["Azerbaijan", "AZ"],
    ["Азербайджан", "AZ"],
    ["Aserbaidschan", "AZ"],
    ["Belarus", "BY"],
    ["Беларусь", "BY"],
    ["Georgia", "GE"],
    ["Грузия", "GE"],
    ["Georgien", "GE"],
    ["Kyrgyzstan", "KG"],
    ["Киргизия", "KG"],
    ["Kirgisistan", "KG"],
    ["Kazakhstan", "KZ"],
    ["Казахстан", "KZ"],
    ["Kasachstan", "KZ"],
    ["Russia", "RU"],
    ["Россия", "RU"],
    ["Russland", "RU"],
    ["Tajikistan", "TJ"],
    ["Таджикистан", "TJ"],
    ["Tadschikistan", "TJ"],
    ["Uzbekistan", "UZ"],
    ["Узбекистан", "UZ"],
    ["Usbekistan", "UZ"],
    // variants and official forms
    ["Белоруссия", "BY"],
    ["Weißrussland", "BY"],
    ["Weissrussland", "BY"],
    ["WEISSRUSSLAND", "BY"],
    ["Kirgisien", "KG"],
    ["Kyrgyz Republic", "KG"],
    ["Кыргызстан", "KG"],
    ["Кыргызская Республика", "KG"],
    ["Russian Federation", "RU"],
    ["Российская Федерация", "RU"],
    ["Republic of Armenia", "AM"],
    // other countries, so that a non-participant resolves too
    ["Frankreich", "FR"],
    ["Франция", "FR"],
    ["Serbia", "RS"],
    ["Moldawien", "MD"],
  ])("%s is %s", (name, code) => {
    expect(resolveState(name).code).toBe(code);
  });
  test("ignores case, accents and punctuation", () => {
    expect(resolveState("kyrgyz   republic").code).toBe("KG");
    expect(resolveState("Cote d'Ivoire").code).toBe("CI");
    expect(resolveState("côte d’ivoire").code).toBe("CI");
  });
  test("each record has its names: English, Russian and German, and every complete language", () => {
    expect(resolveState("KG").names).toMatchObject({ en: "Kyrgyzstan", ru: "Киргизия", de: "Kirgisistan" });
    for (const language of dataset.languages.filter((l) => l.complete)) {
      for (const state of [...dataset.states, ...dataset.otherCountries]) {
        expect(state.names[language.code], `${state.code} ${language.code}`).toBeTruthy();
      }
    }
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
  test.each([
    [null, "null"],
    [undefined, "undefined"],
    [42, "42"],
    [{}, "an object"],
    [["BY"], "an array"],
  ])("%j", (value, fragment) => refuses(value, fragment));
});

describe("resolveState: the whole message of each refusal", () => {
  test.each<[unknown, string]>([
    [42, "Unknown state 42: expected a code or a name as a string."],
    [null, "Unknown state null: expected a code or a name as a string."],
    ["", 'Unknown state "": expected a code or a name, got no letters.'],
    ["!?", 'Unknown state "!?": expected a code or a name, got no letters.'],
    ["Atlantis", `Unknown state "Atlantis": not an ISO 3166-1 code, nor a name csto knows in ${LANGUAGE_LIST}.`],
    ["Congo", 'Unknown state "Congo": the name fits more than one country (CD, CG); pass a code.'],
  ])("%j", (value, message) => {
    expect(() => resolveState(value as string)).toThrow(message);
  });
  test("punctuation around a name is no part of it", () => {
    expect(resolveState("«Беларусь»").code).toBe("BY");
    expect(resolveState("Belarus.").code).toBe("BY");
    expect(resolveState("(Kyrgyz Republic)").code).toBe("KG");
  });
});

describe("the dated helpers take a code or a record with one, and nothing else", () => {
  const NOT_A_CODE = 'not an ISO 3166-1 code such as "UZ" or "UZB" (names go through resolveState).';
  test.each<[unknown, string]>([
    ["XX", `Unknown state "XX": ${NOT_A_CODE}`],
    ["Uzbekistan", `Unknown state "Uzbekistan": ${NOT_A_CODE}`],
    [{ code: "XX" }, `Unknown state an object {"code":"XX"}: ${NOT_A_CODE}`],
    [null, `Unknown state null: ${NOT_A_CODE}`],
  ])("%j", (value, message) => {
    expect(() => membershipOn(value as "UZ", "2010-03-01")).toThrow(message);
    expect(() => isMember(value as "UZ", "2010-03-01")).toThrow(message);
  });

  // Two characters that are not both letters: no code, whatever a table lookup by arithmetic
  // would find next to them.
  test.each(["{a", "a{", "[A", "A[", "`a", "a`", "@A", "A@", "1a", "a1", "U{", "  ", "é1"])("%j is no code", (text) => {
    expect(() => isMember(text as "UZ", "2010-03-01")).toThrow(CstoError);
    expect(() => isMember(text as "UZ", "2010-03-01")).toThrow(`Unknown state ${JSON.stringify(text)}`);
    expect(() => membershipOn(text as "UZ", "2010-03-01")).toThrow(`Unknown state ${JSON.stringify(text)}`);
  });

  // Letters are checked before upper-casing: "ſ" (long s) upper-cases to "S", "ı" to "I".
  test.each(["ruſ", "ſvk", "ıta", "Ru ", " rus", "rus1", "uzbe"])(
    "%j is no code, though it may upper-case to one",
    (text) => {
      expect(() => membershipOn(text as "UZ", "2010-03-01")).toThrow(`Unknown state ${JSON.stringify(text)}`);
      expect(() => isMember(text as "UZ", "2010-03-01")).toThrow(`Unknown state ${JSON.stringify(text)}`);
    },
  );

  test("a code in any case, two or three letters, or a record", () => {
    expect(isMember("uz", "2010-03-01")).toBe(true);
    expect(isMember("Uz" as "UZ", "2010-03-01")).toBe(true);
    expect(isMember("uZb" as "UZB", "2010-03-01")).toBe(true);
    expect(isMember("fr", "2010-03-01")).toBe(false);
    expect(isMember("FRA", "2010-03-01")).toBe(false);
    expect(membershipOn("fr", "2010-03-01").status).toBe("never");
    expect(isMember({ code: "UZ" }, "2010-03-01")).toBe(true);
    expect(membershipOn({ code: "uzb" } as never, "2010-03-01").state).toBe("UZ");
  });
});

describe("isMember and membershipOn read a two-character state alike", () => {
  test("every pair of letters and of the characters next to them: the same answer or the same refusal", () => {
    const outcome = (fn: () => unknown) => {
      try {
        return fn();
      } catch (error) {
        return `${(error as CstoError).code}: ${(error as Error).message}`;
      }
    };
    const characters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ", ..."@[`{ 09é"];
    const disagreements: string[] = [];
    let codes = 0;
    for (const a of characters) {
      for (const b of characters) {
        for (const text of [a + b, (a + b).toLowerCase(), a + b.toLowerCase()] as "UZ"[]) {
          const member = outcome(() => isMember(text, "2010-03-01"));
          const status = outcome(() => membershipOn(text, "2010-03-01").status);
          if (typeof member === "boolean") {
            if (text === a + b) codes++;
            if (member !== (status === "member")) disagreements.push(text);
          } else if (
            member !== status ||
            !String(member).startsWith(`UNKNOWN_STATE: Unknown state ${JSON.stringify(text)}: not an ISO`)
          ) {
            disagreements.push(text);
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(codes).toBe(249);
  });
});
