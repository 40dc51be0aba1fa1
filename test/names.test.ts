// Names people type for the nine participants, as a held-out list would give them: English,
// Russian and German, transliterations, the states' own Latin spellings, historical forms,
// and near misses, which are refused with the one name they are clearly closest to.
import { describe, expect, test } from "vitest";
import { LANGUAGE_LIST } from "./data-facts";
import { LONGEST_NAME_INPUT } from "../src/generated/name-index";
import { type CstoError, dataset, resolveState } from "../src/index";
import { nameKey, nameKeys } from "../src/names";

const refusal = (text: string): string => {
  try {
    resolveState(text);
  } catch (error) {
    expect((error as CstoError).code).toBe("UNKNOWN_STATE");
    return (error as Error).message;
  }
  return expect.unreachable(`resolveState(${JSON.stringify(text)}) should throw`);
};

describe("historical, transliterated and native names of the participants", () => {
  test.each([
    // the spellings issue 14 names
    ["Byelorussia", "BY"],
    ["Belorussia", "BY"],
    ["Kirgizia", "KG"],
    ["Kirghizia", "KG"],
    ["Kazakstan", "KZ"],
    ["Tadzhikistan", "TJ"],
    ["РФ", "RU"],
    ["Kirgistan", "KG"],
    ["Qazaqstan", "KZ"],
    ["O'zbekiston", "UZ"],
    // and the like for all nine
    ["Hayastan", "AM"],
    ["Hayastani Hanrapetutyun", "AM"],
    ["Azərbaycan", "AZ"],
    ["Azerbaycan", "AZ"],
    ["Azerbaidzhan", "AZ"],
    ["Bielorussia", "BY"],
    ["White Russia", "BY"],
    ["Belorussland", "BY"],
    ["Sakartvelo", "GE"],
    ["Kirgizstan", "KG"],
    ["Kirghizstan", "KG"],
    ["Kirgisische Republik", "KG"],
    ["Qazaqstan Respublikasy", "KZ"],
    ["Russische Föderation", "RU"],
    ["Russische Foederation", "RU"],
    ["Weissrussland", "BY"],
    ["Rossiya", "RU"],
    ["рф", "RU"],
    ["Tadžikistan", "TJ"],
    ["Tojikiston", "TJ"],
    ["Тоҷикистон", "TJ"],
    ["Oʻzbekiston", "UZ"],
    ["O‘zbekiston Respublikasi", "UZ"],
    ["O`zbekiston", "UZ"],
    ["Ozbekiston", "UZ"],
    ["Özbekiston", "UZ"],
    ["Ozbekistan", "UZ"],
    ["Rossiyskaya Federatsiya", "RU"],
    ["Republik Belarus", "BY"],
    ["Republik Weissrussland", "BY"],
    // the Union Republics the nine succeeded
    ["Armenian SSR", "AM"],
    ["Azerbaijan SSR", "AZ"],
    ["Byelorussian SSR", "BY"],
    ["Georgian SSR", "GE"],
    ["Kazakh SSR", "KZ"],
    ["Kirghiz SSR", "KG"],
    ["Kirghiz Soviet Socialist Republic", "KG"],
    ["Russian SFSR", "RU"],
    ["Tajik SSR", "TJ"],
    ["Uzbek SSR", "UZ"],
  ])("%s is %s", (name, code) => {
    expect(resolveState(name).code).toBe(code);
  });

  test("every variant in the data resolves to its own state", () => {
    for (const state of [...dataset.states, ...dataset.otherCountries]) {
      for (const variant of state.variants) {
        if (nameKey(variant) !== "congo") expect(resolveState(variant).code, variant).toBe(state.code);
      }
    }
  });

  test("Moldova's English name is its short name; the ISO form still resolves", () => {
    expect(resolveState("MD").names.en).toBe("Moldova");
    expect(resolveState("Moldova, Republic of").code).toBe("MD");
    expect(resolveState("Micronesia").names.en).toBe("Micronesia");
    expect(resolveState("Virgin Islands, British").names.en).toBe("British Virgin Islands");
  });
});

describe("names are compared without case, accents, apostrophes and the letters Unicode does not decompose", () => {
  test.each([
    ["O'zbekiston", "ozbekiston"],
    ["Oʻzbekiston", "ozbekiston"],
    ["Oʼzbekiston", "ozbekiston"],
    ["O’zbekiston", "ozbekiston"],
    ["O`zbekiston", "ozbekiston"],
    ["O´zbekiston", "ozbekiston"],
    ["Azərbaycan", "azerbaycan"],
    ["Qırğızstan", "qirgizstan"],
    ["Białoruś", "bialorus"],
    ["Færøerne", "faeroerne"],
    ["Œsterreich", "oesterreich"],
    ["Đakovo", "dakovo"],
    ["WEIẞRUSSLAND", "weissrussland"],
    ["Côte d’Ivoire", "cote divoire"],
    ["  Kyrgyz   Republic. ", "kyrgyz republic"],
    ["Тоҷикистон", "тоҷикистон"],
  ])("%j → %j", (text, key) => {
    expect(nameKey(text)).toBe(key);
  });
});

describe("names of a state that no longer exists", () => {
  const SUCCESSORS =
    "the Soviet Union (SU) no longer exists; the parties to the treaty were states that succeeded it: " +
    "Armenia (AM), Azerbaijan (AZ), Belarus (BY), Georgia (GE), Kyrgyzstan (KG), Kazakhstan (KZ), Russia (RU), " +
    "Tajikistan (TJ), Uzbekistan (UZ). Pass one of them.";
  test.each(["USSR", "ussr", "СССР", "Soviet Union", "Советский Союз", "Sowjetunion", "UdSSR", "SU", "su"])(
    "%j is refused, naming the successors that took part",
    (text) => {
      expect(refusal(text)).toBe(`Unknown state ${JSON.stringify(text)}: ${SUCCESSORS}`);
    },
  );
  test("every name of every dissolved state in the data is refused so", () => {
    for (const dissolved of dataset.dissolvedStates) {
      for (const name of [dissolved.code, ...Object.values(dissolved.names), ...dissolved.variants]) {
        expect(refusal(name)).toContain(`the ${dissolved.names.en} (${dissolved.code}) no longer exists`);
      }
    }
  });
  test("a dissolved state is never suggested for a near miss", () => {
    expect(refusal("USRR")).not.toContain("Did you mean");
  });
});

describe("near misses: refused with the one name they are clearly closest to", () => {
  const NOT_KNOWN = `not an ISO 3166-1 code, nor a name csto knows in ${LANGUAGE_LIST}`;
  test.each([
    ["Kazakstn", "Kazakhstan (KZ)"],
    ["Kazahstan", "Kazakhstan (KZ)"],
    ["Tadjikistan", "Tajikistan (TJ)"],
    ["Tadzhikstan", "Tajikistan (TJ)"],
    ["Uzbekistn", "Uzbekistan (UZ)"],
    ["Usbekistn", "Uzbekistan (UZ)"],
    ["Kyrgystan", "Kyrgyzstan (KG)"],
    ["Kirgizya", "Kyrgyzstan (KG)"],
    ["Byelorusia", "Belarus (BY)"],
    ["Weissrusland", "Belarus (BY)"],
    ["Белорусия", "Belarus (BY)"],
    ["Казахстн", "Kazakhstan (KZ)"],
    ["Armenija", "Armenia (AM)"],
    ["Azerbajan", "Azerbaijan (AZ)"],
    ["Gerogia", "Georgia (GE)"],
    ["Rossia", "Russia (RU)"],
    ["Ukriane", "Ukraine (UA)"],
  ])("%j: did you mean %s?", (text, suggestion) => {
    expect(refusal(text)).toBe(`Unknown state ${JSON.stringify(text)}: ${NOT_KNOWN}. Did you mean ${suggestion}?`);
  });
  test.each([
    // as close to Iran as to Iraq: no guess between two
    "Iram",
    // too short for a suggestion
    "Qx",
    "Xy",
    // nothing within reach
    "Atlantis",
    "Kazakhstanistanland",
  ])("%j: no suggestion", (text) => {
    expect(refusal(text)).toBe(`Unknown state ${JSON.stringify(text)}: ${NOT_KNOWN}.`);
  });
});

describe("work stays bounded for any input", () => {
  const TOO_LONG = `longer than any name csto knows (it compares at most ${LONGEST_NAME_INPUT} characters)`;
  test("a text longer than any name is refused before it is normalised", () => {
    const huge = "é".repeat(10_000_000);
    const started = performance.now();
    expect(refusal(huge)).toBe(`Unknown state ${JSON.stringify(`${"é".repeat(60)}…`)}: ${TOO_LONG}.`);
    expect(performance.now() - started).toBeLessThan(200);
  });
  test("the bound: a text of exactly the longest length is compared, one more character is not", () => {
    const longest = "x".repeat(LONGEST_NAME_INPUT);
    expect(refusal(longest)).not.toContain("longer than any name");
    expect(refusal(`${longest}x`)).toContain(TOO_LONG);
  });
  test("the bound leaves room for every name, with its accents typed as separate marks", () => {
    for (const state of [...dataset.states, ...dataset.otherCountries]) {
      for (const name of [...Object.values(state.names), ...state.variants]) {
        if (nameKey(name) !== "congo") expect(resolveState(name.normalize("NFD")).code, name).toBe(state.code);
      }
    }
  });
});

describe("German umlauts may be spelled out", () => {
  test.each([
    ["Russische Foederation", "RU"],
    ["Oesterreich", "AT"],
    ["Tuerkei", "TR"],
    ["Daenemark", "DK"],
    ["Österreich", "AT"],
    ["Osterreich", "AT"],
  ])("%s is %s", (name, code) => {
    expect(resolveState(name).code).toBe(code);
  });
});

describe("the forms under which the build files a name", () => {
  test.each<[string, string[]]>([
    ["Russische Föderation", ["russische foderation", "russische foederation"]],
    ["ÖSTERREICH", ["osterreich", "oesterreich"]],
    ["Türkei", ["turkei", "tuerkei"]],
    ["Dänemark", ["danemark", "daenemark"]],
    // a decomposed umlaut too
    ["Tu\u0308rkei", ["turkei", "tuerkei"]],
    ["Russia", ["russia"]],
    ["Côte d'Ivoire", ["cote divoire"]],
  ])("%j → %j", (name, keys) => {
    expect(nameKeys(name)).toEqual(keys);
  });
});
