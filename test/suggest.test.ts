// "Did you mean": the edit distance and the rule for the one candidate clearly closest.
import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { closestMatch, editDistance, editsAllowed } from "../src/suggest";

/** The distance with no early stop, by brute force on the same recurrence (a reference). */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

describe("editDistance", () => {
  test.each([
    ["", "", 0],
    ["abc", "abc", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["kazakstan", "kazakhstan", 1],
    ["kazakhstan", "kazakstan", 1],
    ["tajikistan", "tadjikistan", 1],
    ["iran", "iraq", 1],
    ["ab", "ba", 1],
    ["abcd", "acbd", 1],
    ["abc", "ca", 3],
    ["gerogia", "georgia", 1],
    ["kitten", "sitting", 3],
    ["белорусия", "белоруссия", 1],
  ])("%j → %j: %d", (a, b, distance) => {
    expect(editDistance(a, b, 10)).toBe(distance);
    expect(editDistance(b, a, 10)).toBe(distance);
  });
  test("stops past the limit and then answers limit + 1", () => {
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("kitten", "sitting", 0)).toBe(1);
    expect(editDistance("abc", "abcdefgh", 2)).toBe(3);
    expect(editDistance("abcdefgh", "abc", 5)).toBe(5);
    expect(editDistance("abcdefgh", "abc", 4)).toBe(5);
    expect(editDistance("zzzzzz", "aaaaaa", 2)).toBe(3);
  });
  property.prop([fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 9 })])(
    "agrees with the full table, up to the limit",
    (a, b, limit) => {
      expect(editDistance(a, b, limit)).toBe(Math.min(reference(a, b), limit + 1));
    },
  );
  property.prop([
    fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 7 }),
    fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 7 }),
  ])("on small alphabets too, where swaps and repeats are common", (a, b) => {
    expect(editDistance(a, b, 20)).toBe(reference(a, b));
  });
});

describe("editsAllowed", () => {
  test.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [5, 1],
    [6, 2],
    [9, 2],
    [10, 3],
    [40, 3],
  ])("%d characters: %d edits", (length, edits) => {
    expect(editsAllowed(length)).toBe(edits);
  });
});

describe("closestMatch", () => {
  const candidates: [string, string][] = [
    ["kazakhstan", "KZ"],
    ["kazakstan", "KZ"],
    ["qazaqstan", "KZ"],
    ["iran", "IR"],
    ["iraq", "IQ"],
    ["oman", "OM"],
    ["georgia", "GE"],
  ];
  test("the one candidate closest", () => {
    expect(closestMatch("kazakhstn", candidates)).toBe("KZ");
    expect(closestMatch("gerogia", candidates)).toBe("GE");
  });
  test("keys of one value may tie", () => {
    expect(closestMatch("qazakstan", candidates)).toBe("KZ");
  });
  test("two values equally close: no suggestion", () => {
    expect(closestMatch("iram", candidates)).toBeUndefined();
  });
  test("a closer candidate after a tie wins", () => {
    expect(
      closestMatch("irax", [
        ["iran", "IR"],
        ["iraq", "IQ"],
        ["irax", "XX"],
      ]),
    ).toBe("XX");
    expect(
      closestMatch("irax", [
        ["irbx", "IR"],
        ["irbx", "IQ"],
        ["irax", "XX"],
      ]),
    ).toBe("XX");
  });
  test("a tie is between equally close candidates only", () => {
    expect(
      closestMatch("georgix", [
        ["georgia", "GE"],
        ["georgio", "XX"],
      ]),
    ).toBeUndefined();
    expect(
      closestMatch("georgix", [
        ["georgia", "GE"],
        ["georgioxx", "XX"],
      ]),
    ).toBe("GE");
  });
  test("nothing within the edits allowed: no suggestion", () => {
    expect(closestMatch("atlantis", candidates)).toBeUndefined();
    // 5 characters allow one edit: "omann" is one away, "ommmn" two.
    expect(closestMatch("omann", candidates)).toBe("OM");
    expect(closestMatch("ommmn", candidates)).toBeUndefined();
  });
  test("too short for any suggestion", () => {
    expect(closestMatch("ir", [["ir", "IR"]])).toBeUndefined();
    expect(closestMatch("", [["", "XX"]])).toBeUndefined();
  });
  test("an exact key is the closest", () => {
    expect(closestMatch("iran", candidates)).toBe("IR");
  });
  test("no candidates: no suggestion", () => {
    expect(closestMatch("iran", [])).toBeUndefined();
  });
});
