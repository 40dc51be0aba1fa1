// Laws that must hold for any day and any state (fast-check): the helpers agree with each
// other, the layers nest, every real day is accepted and every Date maps to its UTC day.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  chairOf,
  chairOn,
  CstoError,
  dataset,
  isMember,
  membershipOn,
  membersOn,
  secretaryGeneralOn,
  type ParticipantCode,
} from "../src/index";

const PARTICIPANTS = dataset.states.map((s) => s.code) as ParticipantCode[];
const OTHERS = dataset.otherCountries.map((s) => s.code);

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const lastDay = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Any real calendar day from 0000-01-01 to 9999-12-31, as YYYY-MM-DD. */
const anyDay = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, lastDay(y, m)), 2)}`);
/** Days where the data has something to say, 1990–2030, to find boundaries more often. */
const recentDay = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T23:59:59Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const day = fc.oneof(anyDay, recentDay, recentDay);
const participant = fc.constantFrom(...PARTICIPANTS);
const basis = fc.constantFrom("treaty" as const, "organization" as const);

describe("properties", () => {
  test.prop([participant, day, basis])("isMember agrees with membersOn and with membershipOn", (state, d, b) => {
    const member = isMember(state, d, { basis: b });
    expect(membersOn(d, { basis: b }).some((s) => s.code === state)).toBe(member);
    expect(membershipOn(state, d, { basis: b }).status === "member").toBe(member);
  });

  test.prop([participant, day])("the organization basis implies the treaty basis", (state, d) => {
    if (isMember(state, d, { basis: "organization" })) expect(isMember(state, d)).toBe(true);
  });

  test.prop([fc.constantFrom(...OTHERS), day, basis])(
    "a state that never took part is never a member",
    (state, d, b) => {
      expect(isMember(state as "FR", d, { basis: b })).toBe(false);
      expect(membershipOn(state as "FR", d, { basis: b }).status).toBe("never");
    },
  );

  test.prop([anyDay])("every real YYYY-MM-DD is accepted and read back unchanged", (d) => {
    expect(membershipOn("RU", d).day).toBe(d);
    expect(typeof isMember("UZ", d)).toBe("boolean");
  });

  test.prop([fc.date({ min: new Date(-62_167_219_200_000), max: new Date(253_402_300_799_999), noInvalidDate: true })])(
    "any Date maps to its UTC day",
    (date) => {
      expect(membershipOn("KZ", date).day).toBe(date.toISOString().slice(0, 10));
      expect(isMember("KZ", date)).toBe(isMember("KZ", date.toISOString().slice(0, 10)));
    },
  );

  test.prop([day])("every chair returned by chairOn was a CSTO member that day", (d) => {
    const chair = chairOn(d);
    if (chair) expect(isMember(chair.state, d, { basis: "organization" })).toBe(true);
  });

  test.prop([day])("chairOn(day) is the one chairmanship whose half-open period holds the day", (d) => {
    // A plain scan of the table: what chairOn's per-year index must agree with.
    const holding = dataset.chairmanships.filter((c) => c.from <= d && (c.until === null || d < c.until));
    expect(holding.length).toBeLessThanOrEqual(1);
    expect(chairOn(d)).toBe(holding[0]);
  });

  test.prop([fc.integer({ min: 0, max: 9999 })])(
    "chairOf(year) is a chairmanship in force during that year",
    (year) => {
      const chair = chairOf(year);
      if (chair === undefined) return;
      const start = `${pad(year, 4)}-01-01`;
      const end = `${pad(year + 1, 4)}-01-01`;
      expect(chair.from < end && (chair.until === null || chair.until > start)).toBe(true);
    },
  );

  test.prop([participant, day, basis, fc.integer({ min: 0, max: 9999 })])(
    "answers never change between two calls",
    (state, d, b, year) => {
      expect(isMember(state, d, { basis: b })).toBe(isMember(state, d, { basis: b }));
      expect(membershipOn(state, d, { basis: b })).toEqual(membershipOn(state, d, { basis: b }));
      expect(membersOn(d, { basis: b })).toBe(membersOn(d, { basis: b }));
      expect(chairOn(d)).toBe(chairOn(d));
      expect(chairOf(year)).toBe(chairOf(year));
      expect(secretaryGeneralOn(d)).toBe(secretaryGeneralOn(d));
    },
  );

  test.prop([fc.string({ maxLength: 12 })])(
    "any other string is a day or an INVALID_DATE, never anything else",
    (text) => {
      try {
        expect(typeof isMember("UZ", text)).toBe("boolean");
        expect(/^\d{4}-\d{2}-\d{2}$/.test(text)).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(CstoError);
        expect((error as CstoError).code).toBe("INVALID_DATE");
      }
    },
  );

  test.prop([fc.anything()])("any value as a state is a code or an UNKNOWN_STATE, never anything else", (value) => {
    try {
      expect(typeof isMember(value as "UZ", "2010-03-01")).toBe("boolean");
    } catch (error) {
      expect(error).toBeInstanceOf(CstoError);
      expect((error as CstoError).code).toBe("UNKNOWN_STATE");
    }
  });
});
