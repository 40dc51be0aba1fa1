/**
 * The zod schemas every table in `data/` is validated with, and the record
 * types inferred from them. Import this module as `csto/schema` to check the
 * JSON files yourself; the main `csto` entry never loads zod at run time (its
 * data is validated when the package is built and tested, and ships checked).
 *
 * @example
 * ```ts
 * import { SummitSchema } from "csto/schema";
 * import { dataset } from "csto";
 * SummitSchema.parse(dataset.summits[0]).status; // => "held"
 * ```
 *
 * @module csto/schema
 */
import { z } from "zod";
import { isDay } from "./days";
import { isoCodes } from "./codes";
import {
  PARTICIPANTS,
  type Alpha2Code as Alpha2,
  type Alpha3Code as Alpha3,
  type ParticipantCode as Participant,
} from "./generated/codes";

const [ALPHA2_CODES, ALPHA3_CODES] = isoCodes();
const PARTICIPANT_CODES = Array.from({ length: PARTICIPANTS.length / 2 }, (_, i) =>
  PARTICIPANTS.slice(2 * i, 2 * i + 2),
);
/** A code list as the tuple type z.enum infers its union from. */
const asTuple = <Code extends string>(codes: string[]) => codes as unknown as readonly [Code, ...Code[]];

/**
 * A real calendar day written `YYYY-MM-DD`, read by the same parser as the helpers.
 *
 * @example
 * ```ts
 * import { DaySchema } from "csto/schema";
 * DaySchema.safeParse("2021-02-29").success; // => false
 * ```
 */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be written YYYY-MM-DD")
  .refine(isDay, { message: "must be a real calendar day written YYYY-MM-DD" })
  .meta({ format: "date", description: "A calendar day, YYYY-MM-DD, no time and no zone." });

/**
 * A year, a month or a day (`2009`, `2009-06`, `2009-06-14`): how precisely a source's
 * publication date is known.
 *
 * @example
 * ```ts
 * import { PartialDaySchema } from "csto/schema";
 * PartialDaySchema.safeParse("2009-06").success; // => true
 * ```
 */
export const PartialDaySchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}){0,2}$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((text) => /^\d{4}$/.test(text) || isDay(`${text}-01`) || isDay(text), {
    message: "must be YYYY, YYYY-MM or YYYY-MM-DD",
  });

/**
 * The id of a record or a source: lower-case words joined by hyphens (`tass-2012-12-19-uzbekistan`).
 *
 * @example
 * ```ts
 * import { IdSchema } from "csto/schema";
 * IdSchema.safeParse("Not An Id").success; // => false
 * ```
 */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");

/**
 * How sure a record is: `confirmed` (two or more independent sources agree), `single`
 * (one source) or `disputed` (sources conflict; the other reading and its sources are in
 * the record's note, which is then required; read it with `noteOf(record)`).
 *
 * @example
 * ```ts
 * import { ConfidenceSchema } from "csto/schema";
 * ConfidenceSchema.options; // => ["confirmed", "single", "disputed"]
 * ```
 */
export const ConfidenceSchema = z.enum(["confirmed", "single", "disputed"]);

/**
 * Any ISO 3166-1 alpha-2 code, upper case (`"FR"`).
 *
 * @example
 * ```ts
 * import { Alpha2CodeSchema } from "csto/schema";
 * Alpha2CodeSchema.safeParse("XX").success; // => false
 * ```
 */
export const Alpha2CodeSchema = z.enum(asTuple<Alpha2>(ALPHA2_CODES));

/**
 * Any ISO 3166-1 alpha-3 code, upper case (`"FRA"`).
 *
 * @example
 * ```ts
 * import { Alpha3CodeSchema } from "csto/schema";
 * Alpha3CodeSchema.safeParse("UZB").success; // => true
 * ```
 */
export const Alpha3CodeSchema = z.enum(asTuple<Alpha3>(ALPHA3_CODES));

/**
 * The alpha-2 code of one of the nine states that ever took part in the treaty or the CSTO.
 *
 * @example
 * ```ts
 * import { ParticipantCodeSchema } from "csto/schema";
 * ParticipantCodeSchema.options.length; // => 9
 * ```
 */
export const ParticipantCodeSchema = z.enum(asTuple<Participant>(PARTICIPANT_CODES));

/**
 * The legal layer a membership belongs to: the 1992 `treaty`, or the `organization` built on
 * it (CSTO, Charter in force 2003-09-18). The two are never merged.
 *
 * @example
 * ```ts
 * import { BasisSchema } from "csto/schema";
 * BasisSchema.options; // => ["treaty", "organization"]
 * ```
 */
export const BasisSchema = z.enum(["treaty", "organization"]);

/** The fields every sourced record carries. */
const sourced = {
  /** Ids of rows in `sources` that support the record. */
  sources: z.array(IdSchema).min(1).readonly(),
  /** How sure the record is: `confirmed`, `single` or `disputed`, see {@link ConfidenceSchema}. */
  confidence: ConfidenceSchema,
  /**
   * Conflicts, caveats and what was searched; required when `confidence` is `disputed`.
   * In `data/` only: the package ships notes in a table of their own (see {@link NoteSchema}).
   */
  note: z.string().min(1).optional(),
};

const disputedHasNote = (record: { confidence: string; note?: string | undefined }) =>
  record.confidence !== "disputed" || record.note !== undefined;
const disputedHasNoteMessage = {
  message: "a disputed record must say in note what the other reading is",
  path: ["note"],
};

const endsAfterStart = (record: { from: string; until: string | null }) =>
  record.until === null || record.from < record.until;
const endsAfterStartMessage = {
  message: "until must be a later day than from (periods are half-open)",
  path: ["until"],
};

/**
 * A name in English, Russian and German.
 *
 * @example
 * ```ts
 * import { NamesSchema } from "csto/schema";
 * NamesSchema.parse({ en: "Minsk", ru: "Минск", de: "Minsk" }).ru; // => "Минск"
 * ```
 */
export const NamesSchema = z
  .strictObject({
    /** English. */
    en: z.string().min(1),
    /** Russian, in Cyrillic. */
    ru: z.string().min(1),
    /** German. */
    de: z.string().min(1),
  })
  .readonly();

/**
 * A state: its ISO 3166-1 codes, its names in three languages and the variants people type.
 * The nine participants are in `states`; every other ISO 3166-1 country is in
 * `otherCountries`, so that `resolveState("Frankreich")` works too.
 *
 * @example
 * ```ts
 * import { StateSchema } from "csto/schema";
 * import { dataset } from "csto";
 * StateSchema.parse(dataset.states.find((s) => s.code === "BY")).names.de; // => "Belarus"
 * ```
 */
export const StateSchema = z
  .strictObject({
    /** ISO 3166-1 alpha-2 code, upper case (`"UZ"`). */
    code: Alpha2CodeSchema,
    /** ISO 3166-1 alpha-3 code, upper case (`"UZB"`). */
    alpha3: Alpha3CodeSchema,
    /** ISO 3166-1 numeric code, three digits with leading zeros (`"051"`). */
    numeric: z.string().regex(/^\d{3}$/),
    /** Short names: English, Russian and German. */
    names: NamesSchema,
    /** The official long form, where a source gives it. */
    officialNames: z
      .strictObject({
        /** The English long form (`"Kyrgyz Republic"`). */
        en: z.string().min(1),
        /** The Russian long form, where a source gives it. */
        ru: z.string().min(1).optional(),
      })
      .readonly()
      .optional(),
    /** Other names people type (older or colloquial forms, official forms, other spellings). */
    variants: z.array(z.string().min(1)).readonly(),
    ...sourced,
  })
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * One period of membership, half-open: `from` is the first day it holds, `until` the first
 * day it no longer holds (`null` while it still holds).
 *
 * - `basis: "treaty"` counts from the day a state signed the 1992 treaty.
 * - `basis: "organization"` counts CSTO membership only (from 2003-09-18).
 * - `end` says why a period ended: `not-extended` (the 1999 departures) or `suspended`
 *   (Uzbekistan 2012, never a withdrawal); `null` while the period is open.
 *
 * @example
 * ```ts
 * import { MembershipPeriodSchema } from "csto/schema";
 * import { dataset } from "csto";
 * const uz = dataset.memberships.filter((p) => p.state === "UZ" && p.basis === "organization");
 * MembershipPeriodSchema.parse(uz[0]).until; // => "2012-12-19"
 * ```
 */
export const MembershipPeriodSchema = z
  .strictObject({
    /** The record's id (`"uz-organization-2006"`). */
    id: IdSchema,
    /** The member's alpha-2 code. */
    state: ParticipantCodeSchema,
    /** The legal layer: `treaty` or `organization`. */
    basis: BasisSchema,
    /** The first day of membership. */
    from: DaySchema,
    /** The first day it no longer holds; `null` while it still holds. */
    until: DaySchema.nullable(),
    /** Why it ended: `not-extended` (1999) or `suspended` (Uzbekistan 2012); `null` while open. */
    end: z.enum(["not-extended", "suspended"]).nullable(),
    ...sourced,
  })
  .refine(endsAfterStart, endsAfterStartMessage)
  .refine((p) => (p.until === null) === (p.end === null), {
    message: "end must be null exactly when until is null",
    path: ["end"],
  })
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * A dated participation fact that is not a change of membership: Armenia's participation
 * `frozen` from 2024-02-22 (a political stance, no legal act). `steps` are ids of the
 * `events` that make it up.
 *
 * @example
 * ```ts
 * import { ParticipationSchema } from "csto/schema";
 * import { dataset } from "csto";
 * ParticipationSchema.parse(dataset.participation[0]).legalAct; // => false
 * ```
 */
export const ParticipationSchema = z
  .strictObject({
    /** The record's id (`"am-frozen-2024"`). */
    id: IdSchema,
    /** The member's alpha-2 code. */
    state: ParticipantCodeSchema,
    /** The kind of participation: `frozen`, the only one recorded so far. */
    participation: z.literal("frozen"),
    /** The first day it holds. */
    from: DaySchema,
    /** The first day it no longer holds; `null` while it still holds. */
    until: DaySchema.nullable(),
    /** False when the stance rests on statements, not on an act under the Charter. */
    legalAct: z.boolean(),
    /** Ids of the `events` that make up the stance (statements, boycotts, refusals to pay). */
    steps: z.array(IdSchema).min(1).readonly(),
    ...sourced,
  })
  .refine(endsAfterStart, endsAfterStartMessage)
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * A chairmanship of the CSTO, half-open like every period. Until 2022 the chair changed at
 * the Council's regular session (`term: "intersessional"`); from 2023 it runs from
 * 1 January to 31 December (`term: "calendar-year"`). A bound that no source fixes to the
 * day is marked `approximateFrom` / `approximateUntil` and explained in `note`.
 *
 * @example
 * ```ts
 * import { ChairmanshipSchema } from "csto/schema";
 * import { chairOf } from "csto";
 * ChairmanshipSchema.parse(chairOf(2024)).term; // => "calendar-year"
 * ```
 */
export const ChairmanshipSchema = z
  .strictObject({
    /** The record's id (`"chair-by-2022"`). */
    id: IdSchema,
    /** The chairing state's alpha-2 code. */
    state: ParticipantCodeSchema,
    /** The first day of the chairmanship (the hand-over day). */
    from: DaySchema,
    /** The first day of the next chairmanship; `null` while it still holds. */
    until: DaySchema.nullable(),
    /** True when no source fixes `from` to the day; `note` says what the sources give. */
    approximateFrom: z.boolean(),
    /** True when no source fixes `until` to the day; `note` says what the sources give. */
    approximateUntil: z.boolean(),
    /** `intersessional` (session to session, until 2022) or `calendar-year` (from 2023). */
    term: z.enum(["intersessional", "calendar-year"]),
    /** True for Russia's 2009–2010 stand-in chairmanship after Belarus declined. */
    temporary: z.boolean(),
    ...sourced,
  })
  .refine(endsAfterStart, endsAfterStartMessage)
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * A term of a Secretary-General of the CSTO; acting terms are marked.
 *
 * @example
 * ```ts
 * import { SecretaryGeneralTermSchema } from "csto/schema";
 * import { secretaryGeneralOn } from "csto";
 * SecretaryGeneralTermSchema.parse(secretaryGeneralOn("2018-01-01")).acting; // => false
 * ```
 */
export const SecretaryGeneralTermSchema = z
  .strictObject({
    /** The record's id (`"sg-zas-2020"`). */
    id: IdSchema,
    /** The Secretary-General's name. */
    name: z
      .strictObject({
        /** In English (`"Stanislav Zas"`). */
        en: z.string().min(1),
        /** In Russian (`"Станислав Зась"`). */
        ru: z.string().min(1),
      })
      .readonly(),
    /** The alpha-2 code of the state the Secretary-General comes from. */
    state: ParticipantCodeSchema,
    /** The first day in office. */
    from: DaySchema,
    /** The first day of the next term; `null` while in office. */
    until: DaySchema.nullable(),
    /** True for an acting Secretary-General. */
    acting: z.boolean(),
    ...sourced,
  })
  .refine(endsAfterStart, endsAfterStartMessage)
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * A session of the Collective Security Council (a summit).
 *
 * - `kind`: `regular`, `extraordinary`, `informal`, `jubilee`, or `unspecified` where the
 *   sources do not say.
 * - `format`: `in-person` or `video`; a video session has no `city`.
 * - `status`: `held`, `scheduled` or `cancelled`; a session stays `scheduled` until a
 *   source says it was held.
 * - `host`: the host state's alpha-2 code; `nonMemberVenue` marks a venue outside the
 *   members (Chișinău 2002).
 * - `presidedBy`: the state whose head presided, where a source says so; `null` otherwise.
 *
 * @example
 * ```ts
 * import { SummitSchema } from "csto/schema";
 * import { dataset } from "csto";
 * const moscow2026 = dataset.summits.find((s) => s.date === "2026-11-11");
 * SummitSchema.parse(moscow2026).status; // => "scheduled"
 * ```
 */
export const SummitSchema = z
  .strictObject({
    /** The record's id. */
    id: IdSchema,
    /** The day of the session (its first day, if it ran over several). */
    date: DaySchema,
    /** The last day of a session that ran over several days. */
    endDate: DaySchema.optional(),
    /** The city in English, Russian and German; `null` for a video session. */
    city: NamesSchema.nullable(),
    /** The building or resort, where a source names it. */
    venue: z.string().min(1).optional(),
    /** The host state's alpha-2 code; `null` where the sources name none (most video sessions). */
    host: Alpha2CodeSchema.nullable(),
    /** True for a venue outside the members (Chișinău 2002). */
    nonMemberVenue: z.boolean(),
    /** `regular`, `extraordinary`, `informal`, `jubilee`, or `unspecified` where the sources do not say. */
    kind: z.enum(["regular", "extraordinary", "informal", "jubilee", "unspecified"]),
    /** `in-person` or `video`. */
    format: z.enum(["in-person", "video"]),
    /** `held`, `scheduled` or `cancelled`. */
    status: z.enum(["held", "scheduled", "cancelled"]),
    /** The state whose head presided, where a source says so; `null` otherwise. */
    presidedBy: ParticipantCodeSchema.nullable(),
    ...sourced,
  })
  .refine((s) => s.endDate === undefined || s.endDate > s.date, {
    message: "endDate must be a later day than date",
    path: ["endDate"],
  })
  .refine((s) => (s.format === "video") === (s.city === null), {
    message: "a video session has no city, and an in-person one has one",
    path: ["city"],
  })
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * How precisely a bound is known. A bound known only to the `year` or `month` is stored
 * as the first day of that year or month (the earliest day it may have held) and the
 * record's `note` says what the sources give.
 *
 * @example
 * ```ts
 * import { PrecisionSchema } from "csto/schema";
 * PrecisionSchema.options; // => ["day", "month", "year"]
 * ```
 */
export const PrecisionSchema = z.enum(["day", "month", "year"]);

/**
 * A status beyond membership, held for a period: the CSTO's observer status at the UN
 * General Assembly, and the parliaments that observe the CSTO Parliamentary Assembly.
 *
 * - `holder`: who holds it: the alpha-2 code of a state (its parliament, named in
 *   `holderBody`) or `"CSTO"` for the organization itself.
 * - `status`: `observer` or `partner` (the statuses the 2018 protocols created).
 * - `at`: where it is held: `un-general-assembly`, `csto-parliamentary-assembly` or `csto`.
 * - `fromPrecision` / `untilPrecision`: how precisely the bounds are known.
 *
 * @example
 * ```ts
 * import { ObserverStatusSchema } from "csto/schema";
 * import { dataset } from "csto";
 * ObserverStatusSchema.parse(dataset.observerStatuses[0]).status; // => "observer"
 * ```
 */
export const ObserverStatusSchema = z
  .strictObject({
    /** The record's id (`"rs-pa-observer-2013"`). */
    id: IdSchema,
    /** Who holds it: a state's alpha-2 code (for its parliament) or `"CSTO"` itself. */
    holder: z.union([Alpha2CodeSchema, z.literal("CSTO")]),
    /** The body that holds it for the state (`"National Assembly of the Republic of Serbia"`). */
    holderBody: z.string().min(1).optional(),
    /** `observer` or `partner`. */
    status: z.enum(["observer", "partner"]),
    /** Where it is held: `un-general-assembly`, `csto-parliamentary-assembly` or `csto`. */
    at: z.enum(["un-general-assembly", "csto-parliamentary-assembly", "csto"]),
    /** The first day it holds (the first day of the month or year when only that is known). */
    from: DaySchema,
    /** How precisely `from` is known: `day`, `month` or `year`. */
    fromPrecision: PrecisionSchema,
    /** The first day it no longer holds; `null` while it still holds. */
    until: DaySchema.nullable(),
    /** How precisely `until` is known; `null` exactly when `until` is. */
    untilPrecision: PrecisionSchema.nullable(),
    ...sourced,
  })
  .refine(endsAfterStart, endsAfterStartMessage)
  .refine((s) => (s.until === null) === (s.untilPrecision === null), {
    message: "untilPrecision must be null exactly when until is null",
    path: ["untilPrecision"],
  })
  .refine((s) => s.fromPrecision === "day" || s.note !== undefined, {
    message: "a bound known only to the month or year needs a note saying what the sources give",
    path: ["note"],
  })
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * A dated event of the timeline: legal milestones (`legal`), statements and boycotts
 * (`political`) and talks (`meeting`). An event that corrects a common summary carries
 * `corrects`: the claim as published and the source that published it.
 *
 * @example
 * ```ts
 * import { EventSchema } from "csto/schema";
 * import { dataset } from "csto";
 * const s300 = dataset.events.find((e) => e.corrects !== undefined && e.date === "2023-11-22");
 * EventSchema.parse(s300).kind; // => "meeting"
 * ```
 */
export const EventSchema = z
  .strictObject({
    /** The record's id, starting with its day (`"2024-02-22-armenia-freezes-participation"`). */
    id: IdSchema,
    /** The day it happened. */
    date: DaySchema,
    /** The last day of an event that ran over several days. */
    endDate: DaySchema.optional(),
    /** `legal` (a legal milestone), `political` (a statement or boycott) or `meeting` (talks). */
    kind: z.enum(["legal", "political", "meeting"]),
    /** One English sentence saying what happened. */
    title: z.string().min(1),
    /** Alpha-2 codes of the states the event concerns. */
    states: z.array(Alpha2CodeSchema).readonly(),
    /** The common summary this event corrects, where it corrects one. */
    corrects: z
      .strictObject({
        /** The claim as published, in its original language. */
        claim: z.string().min(1),
        /** The id of the source that published it. */
        source: IdSchema,
      })
      .readonly()
      .optional(),
    ...sourced,
  })
  .refine((e) => e.endDate === undefined || e.endDate > e.date, {
    message: "endDate must be a later day than date",
    path: ["endDate"],
  })
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * A source that records cite by `id`: where it is (`url`, `null` for a print source or an
 * address the fact sheets did not keep), who published it and when, a short quote, and the
 * language of the page. `quoteIsTranslation` marks a quote given in translation.
 *
 * @example
 * ```ts
 * import { SourceSchema } from "csto/schema";
 * import { dataset } from "csto";
 * SourceSchema.parse(dataset.sources[0]).id.length > 0; // => true
 * ```
 */
export const SourceSchema = z
  .strictObject({
    /** The id that records cite in their `sources`. */
    id: IdSchema,
    /**
     * The address of the page as it was read: http(s), ASCII only (other characters
     * percent-encoded, so every JSON Schema validator agrees); `null` for print or an address
     * not kept.
     */
    url: z
      .url({ protocol: /^https?$/ })
      .regex(/^[\x21-\x7e]+$/, "must be ASCII: percent-encode other characters")
      .nullable(),
    /** The page's title, or a description of it. */
    title: z.string().min(1),
    /** Who published it (`"TASS"`, `"Kremlin"`). */
    publisher: z.string().min(1),
    /** When it was published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `null` when unknown. */
    published: PartialDaySchema.nullable(),
    /** A short quote that supports the records citing it. */
    quote: z.string().min(1).nullable(),
    /** True when `quote` is a translation, not the source's own words. */
    quoteIsTranslation: z.boolean().optional(),
    /** ISO 639-1 code of the source's language. */
    language: z.string().regex(/^[a-z]{2,3}$/),
    /** Anything a reader should know about the source (a mirror, a garbled copy). */
    note: z.string().min(1).optional(),
  })
  .readonly();

/**
 * A record's note as the package ships it: the `note` of a row in `data/`, keyed by the
 * row's `id` (a state's `code`). Written by the build; not a file of its own.
 *
 * @example
 * ```ts
 * import { NoteSchema } from "csto/schema";
 * import { dataset } from "csto";
 * NoteSchema.parse(dataset.notes[0]).note.length > 0; // => true
 * ```
 */
export const NoteSchema = z
  .strictObject({
    /** The id of the record the note belongs to (a state's `code`). */
    id: z.string().min(1),
    /** The note itself. */
    note: z.string().min(1),
  })
  .readonly();

/**
 * The dataset's own facts: `asOf` is the last day its records were checked against sources.
 *
 * @example
 * ```ts
 * import { MetaSchema } from "csto/schema";
 * MetaSchema.parse({ asOf: "2026-02-03" }).asOf; // => "2026-02-03"
 * ```
 */
export const MetaSchema = z.strictObject({ asOf: DaySchema }).readonly();

/**
 * Every table, by the name of its file in `data/` (`data/memberships.json`, …).
 *
 * @example
 * ```ts
 * import { tableSchemas } from "csto/schema";
 * Object.keys(tableSchemas).includes("summits"); // => true
 * ```
 */
export const tableSchemas = {
  /** `data/states.json`: the nine states that ever took part, see {@link StateSchema}. */
  states: z.array(StateSchema).readonly(),
  /** `data/other-countries.json`: every other ISO 3166-1 country, see {@link StateSchema}. */
  "other-countries": z.array(StateSchema).readonly(),
  /** `data/memberships.json`, see {@link MembershipPeriodSchema}. */
  memberships: z.array(MembershipPeriodSchema).readonly(),
  /** `data/participation.json`, see {@link ParticipationSchema}. */
  participation: z.array(ParticipationSchema).readonly(),
  /** `data/chairmanships.json`, see {@link ChairmanshipSchema}. */
  chairmanships: z.array(ChairmanshipSchema).readonly(),
  /** `data/summits.json`, see {@link SummitSchema}. */
  summits: z.array(SummitSchema).readonly(),
  /** `data/secretaries-general.json`, see {@link SecretaryGeneralTermSchema}. */
  "secretaries-general": z.array(SecretaryGeneralTermSchema).readonly(),
  /** `data/events.json`, see {@link EventSchema}. */
  events: z.array(EventSchema).readonly(),
  /** `data/observer-statuses.json`, see {@link ObserverStatusSchema}. */
  "observer-statuses": z.array(ObserverStatusSchema).readonly(),
  /** `data/sources.json`, see {@link SourceSchema}. */
  sources: z.array(SourceSchema).readonly(),
  /** `data/meta.json`, see {@link MetaSchema}. */
  meta: MetaSchema,
} as const;

/**
 * A calendar day, `YYYY-MM-DD`.
 *
 * @useDeclaredType
 */
export type Day = z.infer<typeof DaySchema>;
/**
 * How sure a record is, see {@link ConfidenceSchema}.
 *
 * @useDeclaredType
 */
export type Confidence = z.infer<typeof ConfidenceSchema>;
/**
 * Any ISO 3166-1 alpha-2 code, upper case.
 *
 * @useDeclaredType
 */
export type Alpha2Code = z.infer<typeof Alpha2CodeSchema>;
/**
 * Any ISO 3166-1 alpha-3 code, upper case.
 *
 * @useDeclaredType
 */
export type Alpha3Code = z.infer<typeof Alpha3CodeSchema>;
/**
 * The alpha-2 code of one of the nine participants.
 *
 * @useDeclaredType
 */
export type ParticipantCode = z.infer<typeof ParticipantCodeSchema>;
/**
 * `"treaty"` or `"organization"`, see {@link BasisSchema}.
 *
 * @useDeclaredType
 */
export type Basis = z.infer<typeof BasisSchema>;
/**
 * A record as the helpers return it: every field of its row in `data/` except `note`. The
 * notes are prose, like the sources' quotes, so they ship in a table of their own
 * (`dataset.notes`, read with `noteOf(record)`), which an app that only asks dated
 * questions never bundles.
 */
export type Lean<Row> = Omit<Row, "note">;
/**
 * A state record, see {@link StateSchema}; its note is read with `noteOf`.
 *
 * @useDeclaredType
 */
export type State = Lean<z.infer<typeof StateSchema>>;
/**
 * A membership period, see {@link MembershipPeriodSchema}; its note is read with `noteOf`.
 *
 * @useDeclaredType
 */
export type MembershipPeriod = Lean<z.infer<typeof MembershipPeriodSchema>>;
/**
 * A participation fact, see {@link ParticipationSchema}; its note is read with `noteOf`.
 *
 * @useDeclaredType
 */
export type Participation = Lean<z.infer<typeof ParticipationSchema>>;
/**
 * A chairmanship, see {@link ChairmanshipSchema}; its note is read with `noteOf`.
 *
 * @useDeclaredType
 */
export type Chairmanship = Lean<z.infer<typeof ChairmanshipSchema>>;
/**
 * A Secretary-General's term, see {@link SecretaryGeneralTermSchema}; its note is read with `noteOf`.
 *
 * @useDeclaredType
 */
export type SecretaryGeneralTerm = Lean<z.infer<typeof SecretaryGeneralTermSchema>>;
/**
 * A Council session, see {@link SummitSchema}; its note is read with `noteOf`.
 *
 * @useDeclaredType
 */
export type Summit = Lean<z.infer<typeof SummitSchema>>;
/**
 * A timeline event, see {@link EventSchema}; its note is read with `noteOf`.
 *
 * @useDeclaredType
 */
export type CstoEvent = Lean<z.infer<typeof EventSchema>>;
/**
 * An observer or partner status, see {@link ObserverStatusSchema}; its note is read with `noteOf`.
 *
 * @useDeclaredType
 */
export type ObserverStatus = Lean<z.infer<typeof ObserverStatusSchema>>;
/**
 * The note of a record: conflicts, caveats and what was searched, keyed by the record's
 * `id` (a state's `code`). See {@link NoteSchema}.
 *
 * @useDeclaredType
 */
export type Note = z.infer<typeof NoteSchema>;
/**
 * A source, see {@link SourceSchema}.
 *
 * @useDeclaredType
 */
export type Source = z.infer<typeof SourceSchema>;
