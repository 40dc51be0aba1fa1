// The zod schemas of csto/schema, on hand-written rows: a good row of each table parses, and
// each planted mistake is refused with the message and the path a data author reads.
import { z } from "zod";
import { describe, expect, test } from "vitest";
import {
  Alpha2CodeSchema,
  Alpha3CodeSchema,
  AppealSchema,
  CollectiveForceSchema,
  ExerciseSchema,
  OperationSchema,
  PhaseSchema,
  ChairmanshipSchema,
  DaySchema,
  EventSchema,
  IdSchema,
  MembershipPeriodSchema,
  NoteSchema,
  ObserverStatusSchema,
  ParticipantCodeSchema,
  ParticipationSchema,
  PartialDaySchema,
  PrecisionSchema,
  SecretaryGeneralTermSchema,
  SourceSchema,
  StateSchema,
  SummitSchema,
} from "../src/schema";

/** The issues of a failed parse as [path, message] pairs; [] when the value parses. */
function issues(schema: z.ZodType, value: unknown): [string, string][] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

const DAY_FORM = "must be written YYYY-MM-DD";
const REAL_DAY = "must be a real calendar day written YYYY-MM-DD";
const PARTIAL = "must be YYYY, YYYY-MM or YYYY-MM-DD";
const ID = "must be lower-case words joined by hyphens";
const HALF_OPEN = "until must be a later day than from (periods are half-open)";
const DISPUTED = "a disputed or unverified record must say in note what the other reading is or what was searched";
const END_DATE = "endDate must be a later day than date";

describe("DaySchema", () => {
  test.each(["2012-12-19", "2024-02-29", "0000-01-01", "9999-12-31"])("accepts %s", (day) => {
    expect(issues(DaySchema, day)).toEqual([]);
  });
  test.each<[string, [string, string][]]>([
    ["2021-02-29", [["", REAL_DAY]]],
    ["2023-13-01", [["", REAL_DAY]]],
    [
      "x2023-01-01",
      [
        ["", DAY_FORM],
        ["", REAL_DAY],
      ],
    ],
    [
      "2023-01-01x",
      [
        ["", DAY_FORM],
        ["", REAL_DAY],
      ],
    ],
    [
      "2023-1-01",
      [
        ["", DAY_FORM],
        ["", REAL_DAY],
      ],
    ],
  ])("refuses %s", (day, expected) => {
    expect(issues(DaySchema, day)).toEqual(expected);
  });
  test("its JSON Schema says it is a date", () => {
    expect(z.toJSONSchema(DaySchema)).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "string",
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
      format: "date",
      description: "A calendar day, YYYY-MM-DD, no time and no zone.",
    });
  });
});

describe("PartialDaySchema", () => {
  test.each(["2009", "2009-06", "2009-06-30", "2024-02-29"])("accepts %s", (text) => {
    expect(issues(PartialDaySchema, text)).toEqual([]);
  });
  test.each<[string, [string, string][]]>([
    ["2009-13", [["", PARTIAL]]],
    ["2009-00", [["", PARTIAL]]],
    ["2009-06-31", [["", PARTIAL]]],
    [
      "x2009",
      [
        ["", PARTIAL],
        ["", PARTIAL],
      ],
    ],
    [
      "2009x",
      [
        ["", PARTIAL],
        ["", PARTIAL],
      ],
    ],
    [
      "20090",
      [
        ["", PARTIAL],
        ["", PARTIAL],
      ],
    ],
  ])("refuses %s", (text, expected) => {
    expect(issues(PartialDaySchema, text)).toEqual(expected);
  });
});

describe("IdSchema", () => {
  test.each(["tass-2012-12-19-uzbekistan", "csto", "a1-b2"])("accepts %s", (id) => {
    expect(issues(IdSchema, id)).toEqual([]);
  });
  test.each(["-csto", "csto-", "csto--2022", "Csto", "csto 2022", ""])("refuses %j", (id) => {
    expect(issues(IdSchema, id)).toEqual([["", ID]]);
  });
});

describe("the code lists", () => {
  test("the nine participants", () => {
    expect(ParticipantCodeSchema.options).toEqual(["AM", "AZ", "BY", "GE", "KG", "KZ", "RU", "TJ", "UZ"]);
    expect(issues(ParticipantCodeSchema, "FR")).not.toEqual([]);
  });
  test("every ISO 3166-1 country, and nothing else", () => {
    expect(Alpha2CodeSchema.options).toHaveLength(249);
    expect(Alpha3CodeSchema.options).toHaveLength(249);
    expect(issues(Alpha2CodeSchema, "FR")).toEqual([]);
    expect(issues(Alpha3CodeSchema, "FRA")).toEqual([]);
    expect(issues(Alpha2CodeSchema, "XX")).not.toEqual([]);
    expect(issues(Alpha2CodeSchema, "fr")).not.toEqual([]);
  });
  test("how precisely a bound is known", () => {
    expect(PrecisionSchema.options).toEqual(["day", "month", "year"]);
  });
});

const state = {
  code: "UZ",
  alpha3: "UZB",
  numeric: "860",
  names: { en: "Uzbekistan", ru: "Узбекистан", de: "Usbekistan" },
  variants: [],
  sources: ["iso-3166"],
  confidence: "confirmed",
};

describe("StateSchema", () => {
  test("a good row", () => {
    expect(issues(StateSchema, state)).toEqual([]);
  });
  test.each(["0860", "86", "8600", "086a"])("a numeric code of three digits only, not %j", (numeric) => {
    expect(issues(StateSchema, { ...state, numeric }).map(([path]) => path)).toEqual(["numeric"]);
  });
  test("a disputed state needs a note", () => {
    expect(issues(StateSchema, { ...state, confidence: "disputed" })).toEqual([["note", DISPUTED]]);
    expect(issues(StateSchema, { ...state, confidence: "disputed", note: "Another reading." })).toEqual([]);
    expect(issues(StateSchema, { ...state, confidence: "single" })).toEqual([]);
  });
});

const period = {
  id: "uz-organization-2006",
  state: "UZ",
  basis: "organization",
  from: "2006-06-23",
  until: "2012-12-19",
  end: "suspended",
  sources: ["tass-2012-12-19-uzbekistan"],
  confidence: "confirmed",
};

describe("MembershipPeriodSchema", () => {
  test("a good row, and an open one", () => {
    expect(issues(MembershipPeriodSchema, period)).toEqual([]);
    expect(issues(MembershipPeriodSchema, { ...period, until: null, end: null })).toEqual([]);
  });
  test("until is a later day than from", () => {
    expect(issues(MembershipPeriodSchema, { ...period, until: "2006-06-23" })).toEqual([["until", HALF_OPEN]]);
    expect(issues(MembershipPeriodSchema, { ...period, until: "2006-06-22" })).toEqual([["until", HALF_OPEN]]);
    expect(issues(MembershipPeriodSchema, { ...period, until: "2006-06-24" })).toEqual([]);
  });
  test("end is null exactly when until is", () => {
    const message = "end must be null exactly when until is null";
    expect(issues(MembershipPeriodSchema, { ...period, end: null })).toEqual([["end", message]]);
    expect(issues(MembershipPeriodSchema, { ...period, until: null })).toEqual([["end", message]]);
  });
  test("a disputed period needs a note", () => {
    expect(issues(MembershipPeriodSchema, { ...period, confidence: "disputed" })).toEqual([["note", DISPUTED]]);
    expect(issues(MembershipPeriodSchema, { ...period, confidence: "disputed", note: "Another reading." })).toEqual([]);
  });
  test("a bad day and a bad id are named by field", () => {
    expect(issues(MembershipPeriodSchema, { ...period, from: "2006-06-31" })).toEqual([["from", REAL_DAY]]);
    expect(issues(MembershipPeriodSchema, { ...period, id: "UZ 2006" })).toEqual([["id", ID]]);
    expect(issues(MembershipPeriodSchema, { ...period, sources: ["Not An Id"] })).toEqual([["sources.0", ID]]);
  });
});

describe("the other periods are half-open too", () => {
  const participation = {
    id: "am-frozen-2024",
    state: "AM",
    participation: "frozen",
    from: "2024-02-22",
    until: null,
    legalAct: false,
    steps: ["2024-02-22-armenia-freezes-participation"],
    sources: ["armenpress-2024-02-22"],
    confidence: "confirmed",
  };
  const chair = {
    id: "chair-kz-2024",
    state: "KZ",
    from: "2024-01-01",
    until: "2025-01-01",
    approximateFrom: false,
    approximateUntil: false,
    term: "calendar-year",
    temporary: false,
    sources: ["csto-2024"],
    confidence: "confirmed",
  };
  const term = {
    id: "sg-zas-2020",
    name: { en: "Stanislav Zas", ru: "Станислав Зась" },
    state: "BY",
    from: "2020-01-01",
    until: "2023-01-01",
    acting: false,
    sources: ["csto-2020"],
    confidence: "confirmed",
  };
  test.each<[string, z.ZodType, Record<string, unknown>]>([
    ["ParticipationSchema", ParticipationSchema, participation],
    ["ChairmanshipSchema", ChairmanshipSchema, chair],
    ["SecretaryGeneralTermSchema", SecretaryGeneralTermSchema, term],
  ])("%s", (_name, schema, row) => {
    expect(issues(schema, row)).toEqual([]);
    expect(issues(schema, { ...row, until: "2030-01-01" })).toEqual([]);
    expect(issues(schema, { ...row, until: row.from })).toEqual([["until", HALF_OPEN]]);
    expect(issues(schema, { ...row, confidence: "disputed" })).toEqual([["note", DISPUTED]]);
  });
});

const summit = {
  id: "summit-2023-11-23-minsk",
  date: "2023-11-23",
  city: { en: "Minsk", ru: "Минск", de: "Minsk" },
  host: "BY",
  nonMemberVenue: false,
  kind: "regular",
  format: "in-person",
  status: "held",
  presidedBy: "BY",
  session: null,
  sources: ["kremlin-2023-11-23"],
  confidence: "confirmed",
};

describe("SummitSchema", () => {
  test("a good row", () => {
    expect(issues(SummitSchema, summit)).toEqual([]);
    expect(issues(SummitSchema, { ...summit, endDate: "2023-11-24" })).toEqual([]);
    expect(issues(SummitSchema, { ...summit, session: 10 })).toEqual([]);
  });
  test("a session number is a whole number from 1, or null; the field is not left out", () => {
    for (const session of [0, -1, 1.5, "10"]) {
      expect(issues(SummitSchema, { ...summit, session }).map(([path]) => path)).toEqual(["session"]);
    }
    const { session: _, ...unnumbered } = summit;
    expect(issues(SummitSchema, unnumbered).map(([path]) => path)).toEqual(["session"]);
  });
  test("endDate is a later day than date", () => {
    expect(issues(SummitSchema, { ...summit, endDate: "2023-11-23" })).toEqual([["endDate", END_DATE]]);
    expect(issues(SummitSchema, { ...summit, endDate: "2023-11-22" })).toEqual([["endDate", END_DATE]]);
  });
  test("a video session has no city, and an in-person one has one", () => {
    const message = "a video session has no city, and an in-person one has one";
    expect(issues(SummitSchema, { ...summit, format: "video" })).toEqual([["city", message]]);
    expect(issues(SummitSchema, { ...summit, city: null })).toEqual([["city", message]]);
    expect(issues(SummitSchema, { ...summit, format: "video", city: null, host: null })).toEqual([]);
  });
  test("a disputed or unverified session needs a note", () => {
    expect(issues(SummitSchema, { ...summit, confidence: "disputed" })).toEqual([["note", DISPUTED]]);
    expect(issues(SummitSchema, { ...summit, confidence: "unverified" })).toEqual([["note", DISPUTED]]);
    expect(issues(SummitSchema, { ...summit, confidence: "unverified", note: "Searched TASS." })).toEqual([]);
  });
});

describe("EventSchema", () => {
  const event = {
    id: "2024-02-22-armenia-freezes-participation",
    date: "2024-02-22",
    kind: "political",
    title: "Armenia froze its participation in the CSTO.",
    states: ["AM"],
    sources: ["armenpress-2024-02-22"],
    confidence: "single",
  };
  test("a good row", () => {
    expect(issues(EventSchema, event)).toEqual([]);
    expect(issues(EventSchema, { ...event, endDate: "2024-02-23" })).toEqual([]);
  });
  test("endDate is a later day than date", () => {
    expect(issues(EventSchema, { ...event, endDate: "2024-02-22" })).toEqual([["endDate", END_DATE]]);
    expect(issues(EventSchema, { ...event, endDate: "2024-02-21" })).toEqual([["endDate", END_DATE]]);
  });
  test("a disputed event needs a note", () => {
    expect(issues(EventSchema, { ...event, confidence: "disputed" })).toEqual([["note", DISPUTED]]);
  });
});

describe("ObserverStatusSchema", () => {
  const status = {
    id: "rs-pa-observer-2013",
    holder: "RS",
    holderBody: "National Assembly of the Republic of Serbia",
    status: "observer",
    at: "csto-parliamentary-assembly",
    from: "2013-04-11",
    fromPrecision: "day",
    until: null,
    untilPrecision: null,
    sources: ["csto-pa-2013"],
    confidence: "confirmed",
  };
  test("good rows: a state's parliament, the CSTO itself, a partner, a closed status", () => {
    expect(issues(ObserverStatusSchema, status)).toEqual([]);
    expect(issues(ObserverStatusSchema, { ...status, holder: "CSTO", at: "un-general-assembly" })).toEqual([]);
    expect(issues(ObserverStatusSchema, { ...status, status: "partner", at: "csto" })).toEqual([]);
    expect(issues(ObserverStatusSchema, { ...status, until: "2020-01-01", untilPrecision: "year" })).toEqual([]);
  });
  test("untilPrecision is null exactly when until is", () => {
    const message = "untilPrecision must be null exactly when until is null";
    expect(issues(ObserverStatusSchema, { ...status, untilPrecision: "day" })).toEqual([["untilPrecision", message]]);
    expect(issues(ObserverStatusSchema, { ...status, until: "2020-01-01" })).toEqual([["untilPrecision", message]]);
  });
  test("a from known only to the month or year needs a note", () => {
    const message = "a bound known only to the month or year needs a note saying what the sources give";
    expect(issues(ObserverStatusSchema, { ...status, fromPrecision: "month" })).toEqual([["note", message]]);
    expect(issues(ObserverStatusSchema, { ...status, fromPrecision: "year" })).toEqual([["note", message]]);
    expect(issues(ObserverStatusSchema, { ...status, fromPrecision: "month", note: "April 2013." })).toEqual([]);
  });
  test("half-open, and a disputed status needs a note", () => {
    expect(issues(ObserverStatusSchema, { ...status, until: "2013-04-11", untilPrecision: "day" })).toEqual([
      ["until", HALF_OPEN],
    ]);
    expect(issues(ObserverStatusSchema, { ...status, confidence: "disputed" })).toEqual([["note", DISPUTED]]);
  });
  test("unknown statuses and bodies are refused", () => {
    expect(issues(ObserverStatusSchema, { ...status, status: "member" }).map(([path]) => path)).toEqual(["status"]);
    expect(issues(ObserverStatusSchema, { ...status, at: "nato" }).map(([path]) => path)).toEqual(["at"]);
  });
});

describe("SourceSchema", () => {
  const source = {
    id: "tass-2012-12-19-uzbekistan",
    url: "https://tass.ru/politika/123",
    title: "Uzbekistan's membership suspended",
    publisher: "TASS",
    published: "2012-12-19",
    language: "ru",
    accessed: "2026-11-30",
    quote: "приостановлено",
    quoteEnglish: "suspended",
    verified: true,
  };
  const book = {
    authors: ["Gibler, Douglas M."],
    title: "International Military Alliances",
    container: "CQ Press",
    year: 2009,
  };
  test("good rows: a page, a print work, a source not found again", () => {
    expect(issues(SourceSchema, source)).toEqual([]);
    expect(issues(SourceSchema, { ...source, url: "http://example.org/a%20b", published: "2012-12" })).toEqual([]);
    expect(
      issues(SourceSchema, { ...source, url: null, citation: { ...book, pages: "211", isbn: "9781604264685" } }),
    ).toEqual([]);
    expect(
      issues(SourceSchema, {
        ...source,
        url: null,
        accessed: null,
        quote: null,
        verified: false,
        searched: "TASS archive",
        citation: { title: "Uzbekistan's membership suspended", container: "TASS", year: 2012 },
      }),
    ).toEqual([]);
  });
  test("every source has an address or a bibliographic reference, verified or not", () => {
    const message = "a source needs an address or a bibliographic citation";
    expect(issues(SourceSchema, { ...source, url: null })).toEqual([["url", message]]);
    const notFound = { ...source, accessed: null, quote: null, verified: false, searched: "TASS archive" };
    expect(issues(SourceSchema, notFound)).toEqual([]);
    expect(issues(SourceSchema, { ...notFound, url: null })).toEqual([["url", message]]);
  });
  test("an unsigned report is cited by title and outlet, with the year where it is known", () => {
    const report = { title: "Report on the Astana summit", container: "izkp.ru" };
    expect(issues(SourceSchema, { ...source, url: null, citation: report })).toEqual([]);
    expect(issues(SourceSchema, { ...source, url: null, citation: { ...report, year: 2024 } })).toEqual([]);
    const { container: _, ...noOutlet } = report;
    expect(issues(SourceSchema, { ...source, url: null, citation: noOutlet }).map(([path]) => path)).toEqual([
      "citation.container",
    ]);
  });
  test("a verified source has the day it was read, a quote and its translation", () => {
    expect(issues(SourceSchema, { ...source, accessed: null })).toEqual([
      ["accessed", "a verified source says the day it was read and quotes it"],
    ]);
    expect(issues(SourceSchema, { ...source, quote: null })).toEqual([
      ["accessed", "a verified source says the day it was read and quotes it"],
    ]);
    const { quoteEnglish: _, ...untranslated } = source;
    expect(issues(SourceSchema, untranslated)).toEqual([
      ["quoteEnglish", "a quote that is not in English needs quoteEnglish"],
    ]);
    expect(issues(SourceSchema, { ...untranslated, language: "en" })).toEqual([]);
  });
  test("an unverified source says what was searched", () => {
    expect(issues(SourceSchema, { ...source, verified: false })).toEqual([
      ["searched", "an unverified source says in searched what was looked for"],
    ]);
  });
  test("a bibliographic reference is complete and well-formed", () => {
    const withCitation = (citation: object) => issues(SourceSchema, { ...source, url: null, citation });
    expect(withCitation({ ...book, isbn: "978-1-60426-468-5" }).map(([path]) => path)).toEqual(["citation.isbn"]);
    expect(withCitation({ ...book, doi: "doi:10.1/x" }).map(([path]) => path)).toEqual(["citation.doi"]);
    expect(withCitation({ ...book, authors: [] }).map(([path]) => path)).toEqual(["citation.authors"]);
    expect(withCitation({ ...book, year: 209 }).map(([path]) => path)).toEqual(["citation.year"]);
  });
  test.each(["ftp://example.org/a", "xhttp://example.org/a", "httpx://example.org/a", "mailto:a@example.org"])(
    "only http and https addresses, not %s",
    (url) => {
      expect(issues(SourceSchema, { ...source, url })).toEqual([["url", "Invalid URL"]]);
    },
  );
  test.each(["https://example.org/Москва", "https://example.org/Москва/1", "https://example.org/a b"])(
    "an address is ASCII only, not %s",
    (url) => {
      expect(issues(SourceSchema, { ...source, url })).toEqual([
        ["url", "must be ASCII: percent-encode other characters"],
      ]);
    },
  );
  test.each(["english", "EN", "r", "rus1"])("a language is an ISO 639-1 code, not %j", (language) => {
    expect(issues(SourceSchema, { ...source, language }).map(([path]) => path)).toEqual(["language"]);
  });
  test("a publication day that is no day", () => {
    expect(issues(SourceSchema, { ...source, published: "2012-13" })).toEqual([["published", PARTIAL]]);
  });
});

describe("NoteSchema", () => {
  test("a note of any length, under the id of its record", () => {
    expect(NoteSchema.parse({ id: "chair-by-2022", note: "Some sources give 2023-01-01." })).toEqual({
      id: "chair-by-2022",
      note: "Some sources give 2023-01-01.",
    });
    expect(issues(NoteSchema, { id: "BY", note: "Белоруссия is the older name." })).toEqual([]);
  });
  test("refuses an empty id or note, and any other key", () => {
    expect(issues(NoteSchema, { id: "", note: "x" }).map(([path]) => path)).toEqual(["id"]);
    expect(issues(NoteSchema, { id: "x", note: "" }).map(([path]) => path)).toEqual(["note"]);
    expect(issues(NoteSchema, { id: "x", note: "y", extra: 1 })).not.toEqual([]);
  });
});

const LATEST = "latest is only for an approximate phase, and must be a later day than day";

describe("PhaseSchema", () => {
  test("a day, approximate or not, with the last day it may have been", () => {
    expect(issues(PhaseSchema, { day: "2022-01-06", approximate: false })).toEqual([]);
    expect(issues(PhaseSchema, { day: "2015-08-24", approximate: true, latest: "2018-03-06" })).toEqual([]);
  });
  test("latest is for an approximate phase only, and later than day", () => {
    expect(issues(PhaseSchema, { day: "2022-01-06", approximate: false, latest: "2022-01-09" })).toEqual([
      ["latest", LATEST],
    ]);
    expect(issues(PhaseSchema, { day: "2022-01-06", approximate: true, latest: "2022-01-06" })).toEqual([
      ["latest", LATEST],
    ]);
    expect(issues(PhaseSchema, { day: "2022-01-06" }).map(([path]) => path)).toEqual(["approximate"]);
  });
});

describe("OperationSchema", () => {
  const day = (d: string) => ({ day: d, approximate: false });
  const operation = {
    id: "op-kz-2022-peacekeeping",
    name: { en: "Collective Peacekeeping Forces in Kazakhstan", ru: "КМС ОДКБ в Казахстане" },
    kind: "peacekeeping",
    host: "KZ",
    requested: { ...day("2022-01-05"), by: "KZ", byWhom: "President Tokayev", to: "the heads of state" },
    decided: { ...day("2022-01-06"), body: "Collective Security Council", format: "written" },
    arrived: day("2022-01-06"),
    missionEnded: day("2022-01-13"),
    withdrawn: day("2022-01-19"),
    contributors: [{ state: "AM", role: "contingent", personnel: 100 }],
    appeal: "appeal-kz-2022-01",
    sources: ["tass-2022-01-05"],
    confidence: "confirmed",
  };
  test("a good row, and one without request, decision or end", () => {
    expect(issues(OperationSchema, operation)).toEqual([]);
    const bare = { ...operation, requested: null, decided: null, missionEnded: null, withdrawn: null, appeal: null };
    expect(issues(OperationSchema, { ...bare, contributors: [] })).toEqual([]);
  });
  test("an operation has arrived; a decision's format and a contingent's size are checked", () => {
    expect(issues(OperationSchema, { ...operation, arrived: null }).map(([path]) => path)).toEqual(["arrived"]);
    expect(
      issues(OperationSchema, { ...operation, decided: { ...operation.decided, format: "phone" } }).map(([p]) => p),
    ).toEqual(["decided.format"]);
    const tooFew = { ...operation, contributors: [{ state: "AM", role: "contingent", personnel: 0 }] };
    expect(issues(OperationSchema, tooFew).map(([path]) => path)).toEqual(["contributors.0.personnel"]);
    const stranger = { ...operation, requested: { ...operation.requested, by: "FR" } };
    expect(issues(OperationSchema, stranger).map(([path]) => path)).toEqual(["requested.by"]);
  });
  test("an approximate step's latest, and a disputed operation's note", () => {
    const late = { ...operation, decided: { ...operation.decided, latest: "2022-01-07" } };
    expect(issues(OperationSchema, late)).toEqual([["decided.latest", LATEST]]);
    expect(issues(OperationSchema, { ...operation, confidence: "disputed" })).toEqual([["note", DISPUTED]]);
  });
});

describe("AppealSchema", () => {
  const appeal = {
    id: "appeal-am-2022-09",
    state: "AM",
    day: { day: "2022-09-13", approximate: false },
    byWhom: "Government of Armenia",
    to: "the Collective Security Council",
    about: "attacks on the border",
    article: "4",
    articleReadings: [
      { article: "4", sources: ["rt-2022-09-14"] },
      { article: "2", sources: ["ru24-2022-09"] },
    ],
    decisionArticle: null,
    response: "mission",
    responseDay: { day: "2022-09-13", approximate: false },
    operation: "op-am-2022-mission",
    sources: ["rt-2022-09-14"],
    confidence: "disputed",
    note: "ru24 gives point 2.",
  };
  const { articleReadings: _, ...plain } = { ...appeal, article: "none-cited", confidence: "single", note: undefined };
  test("good rows: readings of a disputed article, or none", () => {
    expect(issues(AppealSchema, appeal)).toEqual([]);
    expect(issues(AppealSchema, { ...appeal, article: "disputed" })).toEqual([]);
    expect(issues(AppealSchema, plain)).toEqual([]);
  });
  test("an article in dispute has readings of at least two articles, one of them its own", () => {
    expect(issues(AppealSchema, { ...plain, article: "disputed", confidence: "disputed", note: "x" })).toEqual([
      ["articleReadings", 'an article "disputed" needs articleReadings'],
    ]);
    const oneArticle = { ...appeal, articleReadings: [appeal.articleReadings[0], appeal.articleReadings[0]] };
    expect(issues(AppealSchema, oneArticle)).toEqual([
      ["articleReadings", "articleReadings records a disagreement: at least two different articles"],
    ]);
    const message = "with articleReadings the record is disputed and its article is one of the readings (or disputed)";
    expect(issues(AppealSchema, { ...appeal, confidence: "confirmed" })).toEqual([["article", message]]);
    expect(issues(AppealSchema, { ...appeal, article: "none-cited" })).toEqual([["article", message]]);
  });
  test("the response and its operation agree", () => {
    expect(issues(AppealSchema, { ...plain, operation: null })).toEqual([
      ["operation", "a deployment or a mission names its operation"],
    ]);
    expect(issues(AppealSchema, { ...plain, response: "deployment", operation: null })).toEqual([
      ["operation", "a deployment or a mission names its operation"],
    ]);
    expect(issues(AppealSchema, { ...plain, response: "refused" })).toEqual([
      ["operation", "a refused or unanswered appeal has no operation"],
    ]);
    expect(issues(AppealSchema, { ...plain, response: "no-answer", responseDay: null })).toEqual([
      ["operation", "a refused or unanswered appeal has no operation"],
    ]);
    expect(issues(AppealSchema, { ...plain, response: "no-answer", operation: null })).toEqual([
      ["responseDay", "an unanswered appeal has no responseDay"],
    ]);
    expect(issues(AppealSchema, { ...plain, response: "no-answer", operation: null, responseDay: null })).toEqual([]);
    expect(issues(AppealSchema, { ...plain, response: "statement", operation: null })).toEqual([]);
    expect(issues(AppealSchema, { ...plain, response: "consultations" })).toEqual([]);
  });
});

describe("CollectiveForceSchema", () => {
  const force = {
    id: "force-ksor-2009",
    name: { en: "Collective Rapid Reaction Forces", ru: "КСОР" },
    abbreviation: { en: "CRRF", ru: "КСОР" },
    kind: "rapid-reaction",
    decided: { day: "2009-02-04", approximate: false, body: "Collective Security Council", format: "in-person" },
    agreementSigned: { day: "2009-06-14", approximate: false },
    agreementInForce: null,
    dissolved: null,
    parties: [
      { state: "RU", status: "party" },
      { state: "BY", status: "signed-later", day: { day: "2009-10-02", approximate: true, latest: "2009-10-20" } },
    ],
    sources: ["kremlin-2009-06-14"],
    confidence: "confirmed",
  };
  test("good rows, with or without a decision, parties or abbreviation", () => {
    expect(issues(CollectiveForceSchema, force)).toEqual([]);
    expect(issues(CollectiveForceSchema, { ...force, decided: null, parties: null, abbreviation: null })).toEqual([]);
    expect(issues(CollectiveForceSchema, { ...force, agreementSigned: null })).toEqual([]);
  });
  test("a force needs a decision or an agreement", () => {
    expect(issues(CollectiveForceSchema, { ...force, decided: null, agreementSigned: null })).toEqual([
      ["decided", "a force needs the day it was created: a decision or an agreement"],
    ]);
  });
  test("a later signature or a withdrawal comes with its day, other statuses without", () => {
    const message = "signed-later and withdrew need the day; the other statuses have none";
    const parties = (party: object) => issues(CollectiveForceSchema, { ...force, parties: [party] });
    expect(parties({ state: "UZ", status: "withdrew" })).toEqual([["parties.0.day", message]]);
    expect(parties({ state: "RU", status: "party", day: { day: "2009-06-14", approximate: false } })).toEqual([
      ["parties.0.day", message],
    ]);
    expect(parties({ state: "UZ", status: "not-signed" })).toEqual([]);
    expect(issues(CollectiveForceSchema, { ...force, parties: [] }).map(([path]) => path)).toEqual(["parties"]);
  });
});

describe("ExerciseSchema", () => {
  const exercise = {
    id: "exercise-2023-nerushimoe-bratstvo",
    name: { en: "Indestructible Brotherhood 2023", ru: "Нерушимое братство-2023" },
    series: "nerushimoe-bratstvo",
    umbrella: false,
    partOf: "exercise-2023-boevoe-bratstvo",
    year: 2023,
    start: { day: "2023-10-09", approximate: false },
    end: { day: "2023-10-13", approximate: false },
    host: "KG",
    participants: ["BY", "KZ", "KG", "RU", "TJ"],
    refused: [{ state: "AM", what: "host" }],
    status: "held",
    sources: ["tass-2023-09-27"],
    confidence: "confirmed",
  };
  test("good rows, with or without days, host and participants", () => {
    expect(issues(ExerciseSchema, exercise)).toEqual([]);
    const bare = { ...exercise, start: null, end: null, host: null, participants: null, refused: [] };
    expect(issues(ExerciseSchema, { ...bare, partOf: null, umbrella: true, status: "planned" })).toEqual([]);
    expect(issues(ExerciseSchema, { ...exercise, end: { day: "2023-10-09", approximate: false } })).toEqual([]);
    expect(issues(ExerciseSchema, { ...exercise, end: null })).toEqual([]);
    expect(issues(ExerciseSchema, { ...exercise, start: null })).toEqual([]);
  });
  test("its days fall in its year, the last not before the first", () => {
    const message = "start and end must fall in the exercise's year";
    expect(issues(ExerciseSchema, { ...exercise, year: 2022 })).toEqual([["year", message]]);
    expect(issues(ExerciseSchema, { ...exercise, start: null, year: 2024 })).toEqual([["year", message]]);
    expect(issues(ExerciseSchema, { ...exercise, end: { day: "2023-10-08", approximate: false } })).toEqual([
      ["end", "end is the last day: not earlier than start"],
    ]);
  });
  test("an umbrella is part of no other; participants are named or null", () => {
    expect(issues(ExerciseSchema, { ...exercise, umbrella: true })).toEqual([
      ["partOf", "an umbrella exercise is part of no other"],
    ]);
    expect(issues(ExerciseSchema, { ...exercise, participants: [] }).map(([path]) => path)).toEqual(["participants"]);
    expect(issues(ExerciseSchema, { ...exercise, status: "postponed" }).map(([path]) => path)).toEqual(["status"]);
  });
});
