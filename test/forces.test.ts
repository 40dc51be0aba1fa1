// Collective forces, hand-written from their sources (data/sources.json): the decision that
// created each, its agreement's signing and entry into force, and the members' parts.
import { fc, test as prop } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { CstoError, dataset, forcesOn, noteOf } from "../src/index";

const byAbbreviation = (en: string) => dataset.forces.find((force) => force.abbreviation?.en === en)!;
const names = (day: string | Date) => forcesOn(day).map((force) => force.abbreviation?.en ?? force.id);

describe("the forces", () => {
  test("Collective Rapid Deployment Forces of Central Asia: decided and signed at Yerevan, 25 May 2001", () => {
    const crdf = byAbbreviation("CRDF");
    expect(crdf.decided).toMatchObject({ day: "2001-05-25", approximate: false, format: "in-person" });
    expect(crdf.agreementSigned).toEqual({ day: "2001-05-25", approximate: false });
    expect(crdf.parties?.filter((p) => p.status === "party").map((p) => p.state)).toEqual(["KZ", "KG", "RU", "TJ"]);
    expect(crdf.parties?.filter((p) => p.status === "not-included").map((p) => p.state)).toEqual(["AM", "BY"]);
  });
  test("Collective Rapid Reaction Forces: decided 4 February 2009, signed 14 June 2009, in force 10 September 2010", () => {
    const crrf = byAbbreviation("CRRF");
    expect(crrf.decided?.day).toBe("2009-02-04");
    expect(crrf.agreementSigned?.day).toBe("2009-06-14");
    expect(crrf.agreementInForce?.day).toBe("2010-09-10");
    expect(crrf.parties).toEqual(
      expect.arrayContaining([
        { state: "BY", status: "signed-later", day: { day: "2009-10-02", approximate: true, latest: "2009-10-20" } },
        { state: "UZ", status: "not-signed" },
      ]),
    );
  });
  test("Collective Peacekeeping Forces: from the agreement of 6 October 2007, entry into force not found", () => {
    const cpf = byAbbreviation("CPF");
    expect(cpf.decided).toBeNull();
    expect(cpf.agreementSigned?.day).toBe("2007-10-06");
    expect(cpf.agreementInForce).toBeNull();
    expect(noteOf(cpf)).toContain("not found");
  });
  test("Collective Aviation Forces: decided at a day no source fixes, between August 2015 and March 2018", () => {
    expect(byAbbreviation("CAF").decided).toMatchObject({ day: "2015-08-24", approximate: true, latest: "2018-03-06" });
    expect(byAbbreviation("CAF").parties).toBeNull();
  });
});

describe("forcesOn", () => {
  test("a force exists from the day it was created", () => {
    expect(names("2001-05-24")).toEqual([]);
    expect(names("2001-05-25")).toEqual(["CRDF"]);
    expect(names("2007-10-05")).toEqual(["CRDF"]);
    expect(names("2007-10-06")).toEqual(["CRDF", "CPF"]);
    expect(names("2009-02-03")).toEqual(["CRDF", "CPF"]);
    expect(names("2009-02-04")).toEqual(["CRDF", "CPF", "CRRF"]);
    expect(names("2010-12-10")).toEqual(["CRDF", "CPF", "CRRF", "force-forces-and-resources-2010"]);
  });
  test("a creation day no source fixes counts from the last day it may have been", () => {
    expect(names("2018-03-05")).not.toContain("CAF");
    expect(names("2018-03-06")).toContain("CAF");
    expect(names("2016-01-01")).not.toContain("CAF");
  });
  test("a Date stands for its UTC day; the list is frozen", () => {
    expect(names(new Date("2001-05-25T00:00:00Z"))).toEqual(["CRDF"]);
    expect(names(new Date("2001-05-25T00:30:00+02:00"))).toEqual([]);
    expect(Object.isFrozen(forcesOn("2020-01-01"))).toBe(true);
  });
  test("refuses a day that is no day", () => {
    expect(() => forcesOn("2009-06-31")).toThrow(CstoError);
    expect(() => forcesOn("2009-06-31")).toThrow('Invalid day "2009-06-31"');
  });

  const day = fc
    .date({ min: new Date("1995-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  prop.prop([day, day])("no force is dissolved yet: what exists on a day exists on every later day", (a, b) => {
    const [earlier, later] = a <= b ? [a, b] : [b, a];
    const after = forcesOn(later);
    for (const force of forcesOn(earlier)) expect(after).toContain(force);
  });
});
