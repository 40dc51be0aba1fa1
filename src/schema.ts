/**
 * The zod schemas every file in `data/` is validated with, and the registry of tables
 * ({@link tables}). Import this module as `csto/schema` to check the JSON files yourself; it
 * needs `zod` installed (an optional peer dependency of csto). The main `csto` entry never
 * loads zod: its data is validated when the package is built and tested, and ships checked;
 * its record types are plain interfaces that the build proves equal to what these schemas
 * infer.
 *
 * @example
 * ```ts
 * import { SummitSchema } from "csto/schema";
 * import summits from "csto/data/summits.json" with { type: "json" };
 * SummitSchema.parse(summits[0]).status; // => "held"
 * ```
 *
 * @groupDescription Types from csto
 * The record types and code types of the main `csto` entry ({@link csto!State | State},
 * {@link csto!Chairmanship | Chairmanship}, {@link csto!Alpha2Code | Alpha2Code}, …), exported
 * here too so that code that validates with these schemas can name what it validated. Each is
 * documented in `csto`.
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
import { type CompleteLanguage, COMPLETE_LANGUAGES, LANGUAGE_CODES, type LanguageCode } from "./generated/languages";

const [ALPHA2_CODES, ALPHA3_CODES] = isoCodes();
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
 * How sure a record is: `confirmed` (two or more independent sources that were read agree),
 * `single` (one), `disputed` (sources conflict; the other reading and its sources are in the
 * record's note, which is then required; read it with `noteOf(record)`) or `unverified` (no
 * source of it could be found and read again; the note says what was searched). The build
 * checks that each record's confidence agrees with its sources.
 *
 * @example
 * ```ts
 * import { ConfidenceSchema } from "csto/schema";
 * ConfidenceSchema.options; // => ["confirmed", "single", "disputed", "unverified"]
 * ```
 */
export const ConfidenceSchema = z.enum(["confirmed", "single", "disputed", "unverified"]);

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
export const ParticipantCodeSchema = z.enum(asTuple<Participant>([...PARTICIPANTS]));

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
  (record.confidence !== "disputed" && record.confidence !== "unverified") || record.note !== undefined;
const disputedHasNoteMessage = {
  message: "a disputed or unverified record must say in note what the other reading is or what was searched",
  path: ["note"],
};

const endsAfterStart = (record: { from: string; until: string | null }) =>
  record.until === null || record.from < record.until;
const endsAfterStartMessage = {
  message: "until must be a later day than from (periods are half-open)",
  path: ["until"],
};

/**
 * A language names are given in: a row of `data/languages.json` (its `code` is one of that
 * file's, which the build checks for shape first). Adding a language is a row there and the
 * names in `data/`; everything else (the schemas, name resolution, the command line's help)
 * reads the list from that file.
 *
 * @example
 * ```ts
 * import { LanguageSchema } from "csto/schema";
 * LanguageSchema.parse({ code: "ru", name: "Russian", complete: true }).name; // => "Russian"
 * ```
 */
export const LanguageSchema = z
  .strictObject({
    code: z.enum(asTuple<LanguageCode>([...LANGUAGE_CODES])),
    name: z.string().min(1),
    complete: z.boolean(),
  })
  .readonly();

/** One optional or required name per language of data/languages.json. */
type NamesShape = { [Language in CompleteLanguage]: z.ZodString } & {
  [Language in Exclude<LanguageCode, CompleteLanguage>]: z.ZodOptional<z.ZodString>;
};
const namesShape = Object.fromEntries(
  LANGUAGE_CODES.map((code) => {
    const name = z.string().min(1);
    return [code, (COMPLETE_LANGUAGES as readonly string[]).includes(code) ? name : name.optional()];
  }),
) as NamesShape;

/**
 * A name in each language of `data/languages.json`: required in those marked `complete`
 * (English, Russian and German), optional in the others.
 *
 * @example
 * ```ts
 * import { NamesSchema } from "csto/schema";
 * NamesSchema.parse({ en: "Minsk", ru: "Минск", de: "Minsk" }).ru; // => "Минск"
 * NamesSchema.safeParse({ en: "Minsk", ru: "Минск" }).success; // => false
 * ```
 */
export const NamesSchema = z.strictObject(namesShape).readonly();

/**
 * Which sources attest each variant of a name: the variant → the ids of rows in `sources`.
 * Its keys are exactly the row's `variants` (the build checks). Required for the nine
 * participants and for dissolved states; a row of `otherCountries` without it rests on its
 * own `sources`. In `data/` only: the package's records keep `variants` as a list of strings.
 *
 * @example
 * ```ts
 * import { VariantSourcesSchema } from "csto/schema";
 * VariantSourcesSchema.parse({ Kazakstan: ["merriam-webster-kazakhstan"] }).Kazakstan; // => ["merriam-webster-kazakhstan"]
 * ```
 */
export const VariantSourcesSchema = z.record(z.string().min(1), z.array(IdSchema).min(1).readonly()).readonly();

/**
 * A state: its ISO 3166-1 codes, its names in three languages and the variants people type.
 * The nine participants are in `states`; every other ISO 3166-1 country is in
 * `otherCountries`, so that `resolveState("Frankreich")` works too.
 *
 * @example
 * ```ts
 * import { StateSchema } from "csto/schema";
 * import states from "csto/data/states.json" with { type: "json" };
 * StateSchema.parse(states.find((s) => s.code === "BY")).names.de; // => "Belarus"
 * ```
 */
export const StateSchema = z
  .strictObject({
    code: Alpha2CodeSchema,
    alpha3: Alpha3CodeSchema,
    numeric: z.string().regex(/^\d{3}$/),
    names: NamesSchema,
    officialNames: z
      .strictObject({
        en: z.string().min(1),
        ru: z.string().min(1).optional(),
      })
      .readonly()
      .optional(),
    variants: z.array(z.string().min(1)).readonly(),
    variantSources: VariantSourcesSchema.optional(),
    ...sourced,
  })
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * A state that no longer exists but whose names people still type (the Soviet Union): the
 * ISO 3166-1 alpha-2 code it had (withdrawn, now in ISO 3166-3), its names and the states
 * that succeeded it. `resolveState("USSR")` refuses it and names the successors that took
 * part in the treaty.
 *
 * @example
 * ```ts
 * import { DissolvedStateSchema } from "csto/schema";
 * import dissolved from "csto/data/dissolved-states.json" with { type: "json" };
 * DissolvedStateSchema.parse(dissolved[0]).names.en; // => "Soviet Union"
 * ```
 */
export const DissolvedStateSchema = z
  .strictObject({
    code: z.string().regex(/^[A-Z]{2}$/),
    names: NamesSchema,
    variants: z.array(z.string().min(1)).readonly(),
    variantSources: VariantSourcesSchema,
    successors: z.array(Alpha2CodeSchema).min(1).readonly(),
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
 * import memberships from "csto/data/memberships.json" with { type: "json" };
 * const uz = memberships.filter((p) => p.state === "UZ" && p.basis === "organization");
 * MembershipPeriodSchema.parse(uz[0]).until; // => "2012-12-19"
 * ```
 */
export const MembershipPeriodSchema = z
  .strictObject({
    id: IdSchema,
    state: ParticipantCodeSchema,
    basis: BasisSchema,
    from: DaySchema,
    until: DaySchema.nullable(),
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
 * import participation from "csto/data/participation.json" with { type: "json" };
 * ParticipationSchema.parse(participation[0]).legalAct; // => false
 * ```
 */
export const ParticipationSchema = z
  .strictObject({
    id: IdSchema,
    state: ParticipantCodeSchema,
    participation: z.literal("frozen"),
    from: DaySchema,
    until: DaySchema.nullable(),
    legalAct: z.boolean(),
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
 * import chairmanships from "csto/data/chairmanships.json" with { type: "json" };
 * ChairmanshipSchema.parse(chairmanships.find((c) => c.from === "2024-01-01")).term; // => "calendar-year"
 * ```
 */
export const ChairmanshipSchema = z
  .strictObject({
    id: IdSchema,
    state: ParticipantCodeSchema,
    from: DaySchema,
    until: DaySchema.nullable(),
    approximateFrom: z.boolean(),
    approximateUntil: z.boolean(),
    term: z.enum(["intersessional", "calendar-year"]),
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
 * import terms from "csto/data/secretaries-general.json" with { type: "json" };
 * SecretaryGeneralTermSchema.parse(terms[0]).acting; // => false
 * ```
 */
export const SecretaryGeneralTermSchema = z
  .strictObject({
    id: IdSchema,
    name: z
      .strictObject({
        en: z.string().min(1),
        ru: z.string().min(1),
      })
      .readonly(),
    state: ParticipantCodeSchema,
    from: DaySchema,
    until: DaySchema.nullable(),
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
 * - `session`: the session's number where the official record numbers it; `null` otherwise.
 *
 * @example
 * ```ts
 * import { SummitSchema } from "csto/schema";
 * import summits from "csto/data/summits.json" with { type: "json" };
 * const stPetersburg2018 = summits.find((s) => s.date === "2018-12-06");
 * SummitSchema.parse(stPetersburg2018).status; // => "cancelled"
 * ```
 */
export const SummitSchema = z
  .strictObject({
    id: IdSchema,
    date: DaySchema,
    endDate: DaySchema.optional(),
    city: NamesSchema.nullable(),
    venue: z.string().min(1).optional(),
    host: Alpha2CodeSchema.nullable(),
    nonMemberVenue: z.boolean(),
    kind: z.enum(["regular", "extraordinary", "informal", "jubilee", "unspecified"]),
    format: z.enum(["in-person", "video"]),
    status: z.enum(["held", "scheduled", "cancelled"]),
    presidedBy: ParticipantCodeSchema.nullable(),
    session: z.number().int().positive().nullable(),
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
 * import statuses from "csto/data/observer-statuses.json" with { type: "json" };
 * ObserverStatusSchema.parse(statuses[0]).status; // => "observer"
 * ```
 */
export const ObserverStatusSchema = z
  .strictObject({
    id: IdSchema,
    holder: z.union([Alpha2CodeSchema, z.literal("CSTO")]),
    holderBody: z.string().min(1).optional(),
    status: z.enum(["observer", "partner"]),
    at: z.enum(["un-general-assembly", "csto-parliamentary-assembly", "csto"]),
    from: DaySchema,
    fromPrecision: PrecisionSchema,
    until: DaySchema.nullable(),
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
 * import events from "csto/data/events.json" with { type: "json" };
 * const s300 = events.find((e) => e.corrects !== undefined && e.date === "2023-11-22");
 * EventSchema.parse(s300).kind; // => "meeting"
 * ```
 */
export const EventSchema = z
  .strictObject({
    id: IdSchema,
    date: DaySchema,
    endDate: DaySchema.optional(),
    kind: z.enum(["legal", "political", "meeting"]),
    title: z.string().min(1),
    states: z.array(Alpha2CodeSchema).readonly(),
    corrects: z
      .strictObject({
        claim: z.string().min(1),
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
 * A name in English and Russian, and in German where a German form is known: the name of an
 * operation, a force or an exercise (`{ en: "Combat Brotherhood 2023", ru: "Боевое братство-2023" }`).
 *
 * @example
 * ```ts
 * import { NameSchema } from "csto/schema";
 * NameSchema.parse({ en: "Search 2021", ru: "Поиск-2021" }).ru; // => "Поиск-2021"
 * NameSchema.safeParse({ en: "Search 2021" }).success; // => false
 * ```
 */
export const NameSchema = z
  .strictObject({
    en: z.string().min(1),
    ru: z.string().min(1),
    de: z.string().min(1).optional(),
  })
  .readonly();

/** The fields of every phase: its day, whether a source fixes it, and its last possible day. */
const phaseShape = {
  /** The day; for an approximate phase, the earliest day it may have been. */
  day: DaySchema,
  /** True when no source fixes the day; the record's note then says what is known. */
  approximate: z.boolean(),
  /** For an approximate phase, the last day it may have been, where a source bounds it. */
  latest: DaySchema.optional(),
};
const latestAfterDay = (phase: { day: string; approximate: boolean; latest?: string | undefined }) =>
  phase.latest === undefined || (phase.approximate && phase.latest > phase.day);
const latestAfterDayMessage = {
  message: "latest is only for an approximate phase, and must be a later day than day",
  path: ["latest"],
};

/**
 * A dated step of an operation, an appeal, a force or an exercise (its arrival, its end, its
 * signing). `approximate: true` when no source fixes the day: `day` is then the earliest day it
 * may have been, `latest` the last one where a source bounds it, and the record's note says what
 * is known. A step that did not happen, or is not known to have happened, is `null` where the
 * step is kept.
 *
 * @example
 * ```ts
 * import { PhaseSchema } from "csto/schema";
 * PhaseSchema.parse({ day: "2022-01-06", approximate: false }).day; // => "2022-01-06"
 * PhaseSchema.safeParse({ day: "2022-01-06", approximate: false, latest: "2022-01-09" }).success; // => false
 * ```
 */
export const PhaseSchema = z.strictObject(phaseShape).refine(latestAfterDay, latestAfterDayMessage).readonly();

/**
 * How the Collective Security Council took a decision: at a session in one place (`in-person`),
 * at a session by video link (`video`), or without a session, on a draft circulated to the members
 * and agreed by each (`written`: Kazakhstan, January 2022). `null` where no source says.
 *
 * @example
 * ```ts
 * import { DecisionFormatSchema } from "csto/schema";
 * DecisionFormatSchema.options; // => ["in-person", "video", "written"]
 * ```
 */
export const DecisionFormatSchema = z.enum(["in-person", "video", "written"]);

/**
 * A decision as a dated step: the day, the body that took it (`"Collective Security Council"`)
 * and how (see {@link DecisionFormatSchema}).
 *
 * @example
 * ```ts
 * import { DecisionSchema } from "csto/schema";
 * const decision = { day: "2022-09-13", approximate: false, body: "Collective Security Council", format: "video" };
 * DecisionSchema.parse(decision).format; // => "video"
 * ```
 */
export const DecisionSchema = z
  .strictObject({
    ...phaseShape,
    body: z.string().min(1),
    format: DecisionFormatSchema.nullable(),
  })
  .refine(latestAfterDay, latestAfterDayMessage)
  .readonly();

/**
 * A request for an operation as a dated step: the day, the state that asked (`by`), who asked
 * for it (`byWhom`) and whom it was addressed to (`to`).
 *
 * @example
 * ```ts
 * import { OperationRequestSchema } from "csto/schema";
 * const request = { day: "2022-01-05", approximate: false, by: "KZ", byWhom: "President Tokayev", to: "the CSTO heads of state" };
 * OperationRequestSchema.parse(request).by; // => "KZ"
 * ```
 */
export const OperationRequestSchema = z
  .strictObject({
    ...phaseShape,
    by: ParticipantCodeSchema,
    byWhom: z.string().min(1),
    to: z.string().min(1),
  })
  .refine(latestAfterDay, latestAfterDayMessage)
  .readonly();

/**
 * A deployment or mission of CSTO forces or bodies in a member state.
 *
 * - `kind`: `peacekeeping` (the collective peacekeeping forces), `fact-finding` (a mission that
 *   assesses a situation and reports to the Council), `monitoring` (a group that watches a border
 *   or a ceasefire) or `assistance` (experts sent to advise a member's own forces).
 * - `requested`, `decided`, `arrived`, `missionEnded`, `withdrawn`: the steps, each a dated
 *   phase; `arrived` is the day the first units or members were on the ground, `missionEnded`
 *   the day the mission was declared complete, `withdrawn` the day the withdrawal was completed.
 *   `null` for a step that did not happen or that no source records.
 * - `contributors`: each state's part (`command`, `contingent`, `staff`, `observers`), with
 *   `personnel` where a source gives a number; empty where no source lists them by state.
 * - `appeal`: the id of the appeal in `data/appeals.json` it answered, or `null`.
 *
 * @example
 * ```ts
 * import { OperationSchema } from "csto/schema";
 * import operations from "csto/data/operations.json" with { type: "json" };
 * const kazakhstan = operations.find((o) => o.host === "KZ");
 * OperationSchema.parse(kazakhstan).withdrawn?.day; // => "2022-01-19"
 * ```
 */
export const OperationSchema = z
  .strictObject({
    id: IdSchema,
    name: NameSchema,
    kind: z.enum(["peacekeeping", "fact-finding", "monitoring", "assistance"]),
    host: ParticipantCodeSchema,
    requested: OperationRequestSchema.nullable(),
    decided: DecisionSchema.nullable(),
    arrived: PhaseSchema,
    missionEnded: PhaseSchema.nullable(),
    withdrawn: PhaseSchema.nullable(),
    contributors: z
      .array(
        z
          .strictObject({
            state: ParticipantCodeSchema,
            role: z.enum(["command", "contingent", "staff", "observers"]),
            personnel: z.number().int().positive().nullable(),
          })
          .readonly(),
      )
      .readonly(),
    appeal: IdSchema.nullable(),
    ...sourced,
  })
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * The article of the Collective Security Treaty an appeal invoked: `"2"` (consultations when a
 * member's security is threatened), `"4"` (aggression against one is aggression against all),
 * `"none-cited"` (the appeal as reported names none) or `"disputed"` (sources disagree and none
 * is preferred; see the appeal's `articleReadings`).
 *
 * @example
 * ```ts
 * import { TreatyArticleSchema } from "csto/schema";
 * TreatyArticleSchema.options; // => ["2", "4", "none-cited", "disputed"]
 * ```
 */
export const TreatyArticleSchema = z.enum(["2", "4", "none-cited", "disputed"]);

/** The different articles a list of readings gives. */
const articlesOf = (readings: readonly { article: string }[]) => new Set(readings.map((reading) => reading.article));

/**
 * A member's request to the CSTO for help or consultations.
 *
 * - `day`: the day of the formal request (a dated phase); `byWhom` and `to` say who asked whom.
 * - `article`: the treaty article the request invoked, see {@link TreatyArticleSchema}. Where
 *   sources disagree, `articleReadings` lists each reading with its sources (at least two
 *   articles), `article` is the preferred one (or `"disputed"`), and the record is `disputed`.
 * - `decisionArticle`: the article the Council's answer cited, where a source gives it.
 * - `response`: what the organization did: `deployment`, `mission`, `statement`,
 *   `consultations`, `refused` or `no-answer`; `responseDay` its day; `operation` the id of the
 *   operation in `data/operations.json` that answered it (required for a deployment or a mission).
 *
 * @example
 * ```ts
 * import { AppealSchema } from "csto/schema";
 * import appeals from "csto/data/appeals.json" with { type: "json" };
 * const armenia2022 = appeals.find((a) => a.state === "AM" && a.day.day.startsWith("2022"));
 * AppealSchema.parse(armenia2022).article; // => "4"
 * ```
 */
export const AppealSchema = z
  .strictObject({
    id: IdSchema,
    state: ParticipantCodeSchema,
    day: PhaseSchema,
    byWhom: z.string().min(1),
    to: z.string().min(1),
    about: z.string().min(1),
    article: TreatyArticleSchema,
    articleReadings: z
      .array(
        z
          .strictObject({
            article: z.enum(["2", "4"]),
            sources: z.array(IdSchema).min(1).readonly(),
          })
          .readonly(),
      )
      .readonly()
      .optional(),
    decisionArticle: z.enum(["2", "4"]).nullable(),
    response: z.enum(["deployment", "mission", "statement", "consultations", "refused", "no-answer"]),
    responseDay: PhaseSchema.nullable(),
    operation: IdSchema.nullable(),
    ...sourced,
  })
  .refine((a) => a.article !== "disputed" || a.articleReadings !== undefined, {
    message: 'an article "disputed" needs articleReadings',
    path: ["articleReadings"],
  })
  .refine((a) => a.articleReadings === undefined || articlesOf(a.articleReadings).size >= 2, {
    message: "articleReadings records a disagreement: at least two different articles",
    path: ["articleReadings"],
  })
  .refine(
    (a) =>
      a.articleReadings === undefined ||
      (a.confidence === "disputed" && (a.article === "disputed" || articlesOf(a.articleReadings).has(a.article))),
    {
      message: "with articleReadings the record is disputed and its article is one of the readings (or disputed)",
      path: ["article"],
    },
  )
  .refine((a) => (a.response !== "deployment" && a.response !== "mission") || a.operation !== null, {
    message: "a deployment or a mission names its operation",
    path: ["operation"],
  })
  .refine((a) => (a.response !== "refused" && a.response !== "no-answer") || a.operation === null, {
    message: "a refused or unanswered appeal has no operation",
    path: ["operation"],
  })
  .refine((a) => a.response !== "no-answer" || a.responseDay === null, {
    message: "an unanswered appeal has no responseDay",
    path: ["responseDay"],
  })
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/** A party status that comes with the day it took effect. */
const DATED_STATUSES: readonly string[] = ["signed-later", "withdrew"];

/**
 * A collective force or structure of the CSTO and the treaty before it.
 *
 * - `decided`: the Council decision that created it (`null` where none was found: it then counts
 *   from `agreementSigned`); `agreementSigned` and `agreementInForce`: its founding agreement;
 *   `dissolved`: the day it ceased to exist, `null` while it exists.
 * - `parties`: each member of the day of signing with its status: `party` (signed when it was
 *   signed), `signed-later` and `withdrew` (with the `day`), `not-signed`, `not-included` (agreed
 *   to the decision but is outside the force, such as a regional force outside its region), or
 *   `not-established` (no source read says). `null` where no source names the participants.
 *
 * @example
 * ```ts
 * import { CollectiveForceSchema } from "csto/schema";
 * import forces from "csto/data/forces.json" with { type: "json" };
 * const crrf = forces.find((f) => f.abbreviation?.en === "CRRF");
 * CollectiveForceSchema.parse(crrf).agreementSigned?.day; // => "2009-06-14"
 * ```
 */
export const CollectiveForceSchema = z
  .strictObject({
    id: IdSchema,
    name: NameSchema,
    abbreviation: z
      .strictObject({ en: z.string().min(1), ru: z.string().min(1) })
      .readonly()
      .nullable(),
    kind: z.enum(["rapid-deployment", "rapid-reaction", "peacekeeping", "air-force", "other"]),
    decided: DecisionSchema.nullable(),
    agreementSigned: PhaseSchema.nullable(),
    agreementInForce: PhaseSchema.nullable(),
    dissolved: PhaseSchema.nullable(),
    parties: z
      .array(
        z
          .strictObject({
            state: ParticipantCodeSchema,
            status: z.enum(["party", "signed-later", "withdrew", "not-signed", "not-included", "not-established"]),
            day: PhaseSchema.optional(),
          })
          .refine((p) => DATED_STATUSES.includes(p.status) === (p.day !== undefined), {
            message: "signed-later and withdrew need the day; the other statuses have none",
            path: ["day"],
          })
          .readonly(),
      )
      .min(1)
      .readonly()
      .nullable(),
    ...sourced,
  })
  .refine((f) => f.decided !== null || f.agreementSigned !== null, {
    message: "a force needs the day it was created: a decision or an agreement",
    path: ["decided"],
  })
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * A named joint exercise of the CSTO's forces.
 *
 * - `series`: `vzaimodeistvie` (Interaction, the rapid reaction forces), `poisk` (Search,
 *   reconnaissance), `eshelon` (Echelon, logistics), `nerushimoe-bratstvo` (Indestructible
 *   Brotherhood, peacekeeping), `rubezh` (Frontier, the Central Asian rapid deployment forces),
 *   `kobalt` (Cobalt, special forces), `grom` (Thunder, anti-drug units), `barier` (Barrier, NBC
 *   protection and medical), `skala` (Rock, emergency units), `boevoe-bratstvo` (Combat
 *   Brotherhood, the umbrella of several) or `other`.
 * - `umbrella`: true for an exercise that groups others; each of those names it in `partOf`.
 *   Count exercises without umbrellas, or only umbrellas, never both: nothing is counted twice.
 * - `start`, `end`: the first and last day (inclusive), dated phases, `null` where not found.
 * - `host`: the state it was held in; `null` for several states or where not found.
 * - `participants`: the states whose contingents a source names; `null` where none is named
 *   (not "nobody"). `refused`: members that declined to host or to take part.
 * - `status`: `held`, `planned` (announced for a day after `asOf`), `cancelled`, or
 *   `unconfirmed` (announced for a day by `asOf`, but no source read reports that it was held or
 *   cancelled).
 *
 * @example
 * ```ts
 * import { ExerciseSchema } from "csto/schema";
 * import exercises from "csto/data/exercises.json" with { type: "json" };
 * const cancelled = exercises.find((e) => e.status === "cancelled");
 * ExerciseSchema.parse(cancelled).year; // => 2022
 * ```
 */
export const ExerciseSchema = z
  .strictObject({
    id: IdSchema,
    name: NameSchema,
    series: z.enum([
      "vzaimodeistvie",
      "poisk",
      "eshelon",
      "nerushimoe-bratstvo",
      "rubezh",
      "kobalt",
      "grom",
      "barier",
      "skala",
      "boevoe-bratstvo",
      "other",
    ]),
    umbrella: z.boolean(),
    partOf: IdSchema.nullable(),
    year: z.number().int().min(1992).max(9999),
    start: PhaseSchema.nullable(),
    end: PhaseSchema.nullable(),
    host: ParticipantCodeSchema.nullable(),
    participants: z.array(ParticipantCodeSchema).min(1).readonly().nullable(),
    refused: z
      .array(z.strictObject({ state: ParticipantCodeSchema, what: z.enum(["host", "participate"]) }).readonly())
      .readonly(),
    status: z.enum(["held", "planned", "cancelled", "unconfirmed"]),
    ...sourced,
  })
  .refine((e) => [e.start, e.end].every((phase) => phase === null || phase.day.startsWith(`${e.year}-`)), {
    message: "start and end must fall in the exercise's year",
    path: ["year"],
  })
  .refine((e) => e.start === null || e.end === null || e.start.day <= e.end.day, {
    message: "end is the last day: not earlier than start",
    path: ["end"],
  })
  .refine((e) => !e.umbrella || e.partOf === null, {
    message: "an umbrella exercise is part of no other",
    path: ["partOf"],
  })
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * A bibliographic reference, for a source that is a print work (a book, a journal article, a
 * codebook), with or without a page to open, or for a report that has no address (an unsigned
 * news report is cited by its title, its outlet as `container`, and its year). `authors` and
 * `year` are left out where they are not known.
 *
 * @example
 * ```ts
 * import { BibliographicReferenceSchema } from "csto/schema";
 * const book = { authors: ["Gibler, Douglas M."], title: "International Military Alliances, 1648-2008", container: "CQ Press", year: 2009 };
 * BibliographicReferenceSchema.parse(book).year; // => 2009
 * ```
 */
export const BibliographicReferenceSchema = z
  .strictObject({
    authors: z.array(z.string().min(1)).min(1).readonly().optional(),
    title: z.string().min(1),
    container: z.string().min(1),
    year: z.number().int().min(1000).max(9999).optional(),
    pages: z.string().min(1).optional(),
    isbn: z
      .string()
      .regex(/^(?:97[89])?\d{9}[\dX]$/, "must be an ISBN-10 or ISBN-13 without hyphens")
      .optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, "must be a DOI such as 10.1000/xyz")
      .optional(),
  })
  .readonly();

/**
 * A source that records cite by `id`, as it was read: where it is (`url`, the page's own
 * address, or a bibliographic `citation` for print), who published it and when, the day it
 * was read (`accessed`), a short quote as it stands on the page in its own language, and an
 * English translation of the quote (`quoteEnglish`) where the page is not in English. Every
 * source has an address or a bibliographic reference.
 *
 * A source that could not be found and read stays, with `verified: false` and `searched`
 * saying what was looked for (and a reference from what is known where it has no address);
 * a record resting only on such sources is `unverified`.
 *
 * @example
 * ```ts
 * import { SourceSchema } from "csto/schema";
 * import sources from "csto/data/sources.json" with { type: "json" };
 * SourceSchema.parse(sources[0]).id.length > 0; // => true
 * SourceSchema.safeParse({ ...sources[0], verified: false, searched: undefined }).success; // => false
 * ```
 */
export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    url: z
      .url({ protocol: /^https?$/ })
      .regex(/^[\x21-\x7e]+$/, "must be ASCII: percent-encode other characters")
      .nullable(),
    citation: BibliographicReferenceSchema.optional(),
    title: z.string().min(1),
    publisher: z.string().min(1),
    published: PartialDaySchema.nullable(),
    language: z.string().regex(/^[a-z]{2,3}$/),
    accessed: DaySchema.nullable(),
    quote: z.string().min(1).nullable(),
    quoteEnglish: z.string().min(1).optional(),
    verified: z.boolean(),
    searched: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .refine((s) => s.url !== null || s.citation !== undefined, {
    message: "a source needs an address or a bibliographic citation",
    path: ["url"],
  })
  .refine((s) => !s.verified || (s.accessed !== null && s.quote !== null), {
    message: "a verified source says the day it was read and quotes it",
    path: ["accessed"],
  })
  .refine((s) => !s.verified || s.language === "en" || s.quoteEnglish !== undefined, {
    message: "a quote that is not in English needs quoteEnglish",
    path: ["quoteEnglish"],
  })
  .refine((s) => s.verified || s.searched !== undefined, {
    message: "an unverified source says in searched what was looked for",
    path: ["searched"],
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
    id: z.string().min(1),
    note: z.string().min(1),
  })
  .readonly();

/**
 * The dataset's own facts: `asOf` is the last day its records were checked against sources.
 *
 * @example
 * ```ts
 * import { MetaSchema } from "csto/schema";
 * MetaSchema.parse({ asOf: "2030-01-01" }).asOf; // => "2030-01-01"
 * ```
 */
export const MetaSchema = z.strictObject({ asOf: DaySchema }).readonly();

/**
 * The sources a record cites, as the package ships them: the `sources` of a row in `data/`,
 * keyed by the row's `id` (a state's `code`). Written by the build; not a file of its own.
 *
 * @example
 * ```ts
 * import { CitationSchema } from "csto/schema";
 * import { dataset } from "csto";
 * CitationSchema.parse(dataset.citations[0]).sources.length > 0; // => true
 * ```
 */
export const CitationSchema = z
  .strictObject({
    id: z.string().min(1),
    sources: z.array(IdSchema).min(1).readonly(),
  })
  .readonly();

/**
 * A Wikidata item id (`Q184` for Belarus): a `Q` and a positive number.
 *
 * @example
 * ```ts
 * import { WikidataIdSchema } from "csto/schema";
 * WikidataIdSchema.safeParse("Q184").success; // => true
 * WikidataIdSchema.safeParse("Q0184").success; // => false
 * ```
 */
export const WikidataIdSchema = z.string().regex(/^Q[1-9]\d*$/, "must be a Wikidata item id such as Q184");

/** A Correlates of War or Gleditsch–Ward state code: a whole number from 2 to 999. */
const StateNumberSchema = z.number().int().min(2).max(999);

/**
 * The ids other datasets give a country, for joining csto with them: the Correlates of War
 * state number and letters (`cowCode`, `cowLetters`), the Gleditsch–Ward number (`gwCode`)
 * and the Wikidata item (`wikidata`), each `null` where that list has no such country. One
 * row per ISO 3166-1 country of `states` and `otherCountries`, keyed by its alpha-2 `code`;
 * `sources` name the lists the ids were read from.
 *
 * @example
 * ```ts
 * import { CountryIdsSchema } from "csto/schema";
 * import ids from "csto/data/country-ids.json" with { type: "json" };
 * CountryIdsSchema.parse(ids.find((row) => row.code === "BY")).cowCode; // => 370
 * ```
 */
export const CountryIdsSchema = z
  .strictObject({
    code: Alpha2CodeSchema,
    cowCode: StateNumberSchema.nullable(),
    cowLetters: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be three capital letters")
      .nullable(),
    gwCode: StateNumberSchema.nullable(),
    wikidata: WikidataIdSchema.nullable(),
    sources: z.array(IdSchema).min(1).readonly(),
  })
  .refine((row) => (row.cowCode === null) === (row.cowLetters === null), {
    message: "cowCode and cowLetters are given together or not at all",
    path: ["cowLetters"],
  })
  .readonly();

/** The shape each scheme's ids have. */
const EXTERNAL_ID_SHAPES = {
  atop: /^\d+$/,
  "cow-alliance": /^\d+$/,
  "cow-igo": /^\d+$/,
  wikidata: /^Q[1-9]\d*$/,
} as const;

/**
 * An id another dataset gives the treaty or the organization: ATOP's `atopid` (with its
 * phases), the Correlates of War alliance id, the COW IGO `ionum`, or a Wikidata item.
 * `version` names the dataset version the id was read in; a phase's `from` and `until` are
 * the days that dataset gives, as it gives them.
 *
 * @example
 * ```ts
 * import { ExternalIdSchema } from "csto/schema";
 * import ids from "csto/data/external-ids.json" with { type: "json" };
 * ExternalIdSchema.parse(ids.find((row) => row.scheme === "cow-igo")).value; // => "1125"
 * ```
 */
export const ExternalIdSchema = z
  .strictObject({
    id: IdSchema,
    subject: BasisSchema,
    scheme: z.enum(["atop", "cow-alliance", "cow-igo", "wikidata"]),
    value: z.string().min(1),
    version: z.string().min(1),
    phases: z
      .array(
        z
          .strictObject({
            phase: z.number().int().min(1),
            from: DaySchema,
            until: DaySchema.nullable(),
          })
          .readonly(),
      )
      .min(1)
      .readonly()
      .optional(),
    ...sourced,
  })
  .refine((row) => EXTERNAL_ID_SHAPES[row.scheme].test(row.value), {
    message:
      "value must have its scheme's shape (digits for atop, cow-alliance and cow-igo; Q and digits for wikidata)",
    path: ["value"],
  })
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/**
 * A point where another dataset (COW alliances, COW IGO, ATOP, Wikidata) reads a fact
 * differently from csto: which state, which layer (`basis`), what (`aspect`), csto's reading
 * and the other one (`csto`, `other`: a value and a sentence), why they differ (`reason`) and
 * the csto records concerned (`records`).
 *
 * - `reason`: `signature-vs-later-act` (csto counts from signature, the other from a later
 *   act), `decision-vs-protocol` (csto counts from the Council's decision, the other from a
 *   protocol or its day), `charter-signed-vs-in-force`, `calendar-year-coding` (a year coded
 *   as one value), `suspension-vs-withdrawal`, or `not-explained` (the other dataset says
 *   nothing that explains its day).
 *
 * @example
 * ```ts
 * import { ComparisonSchema } from "csto/schema";
 * import comparisons from "csto/data/comparisons.json" with { type: "json" };
 * ComparisonSchema.parse(comparisons[0]).dataset; // => "atop"
 * ```
 */
export const ComparisonSchema = z
  .strictObject({
    id: IdSchema,
    dataset: z.enum(["atop", "cow-alliance", "cow-igo", "wikidata"]),
    datasetVersion: z.string().min(1),
    state: ParticipantCodeSchema.nullable(),
    basis: BasisSchema,
    aspect: z.enum(["entry", "exit", "membership-in-year", "start"]),
    csto: z.strictObject({ value: z.string().min(1), reading: z.string().min(1) }).readonly(),
    other: z.strictObject({ value: z.string().min(1), reading: z.string().min(1) }).readonly(),
    reason: z.enum([
      "signature-vs-later-act",
      "decision-vs-protocol",
      "charter-signed-vs-in-force",
      "calendar-year-coding",
      "suspension-vs-withdrawal",
      "not-explained",
    ]),
    explanation: z.string().min(1),
    records: z.array(IdSchema).min(1).readonly(),
    ...sourced,
  })
  .refine(disputedHasNote, disputedHasNoteMessage)
  .readonly();

/** What the registry says about a table of `data/`; see {@link tables}. */
export interface TableSpec {
  /** Its name in `dataset` (`"secretariesGeneral"` for `data/secretaries-general.json`). */
  readonly property: string;
  /** The record type the helpers return, exported by `csto` (`"SecretaryGeneralTerm"`). */
  readonly type: string;
  /** The zod schema of one row. */
  readonly row: z.ZodType;
  /** The column that identifies a row: `id`, or `code` for countries and languages. */
  readonly key: "id" | "code";
  /** True when its rows cite `sources` and say how sure they are (`confidence`, `note`). */
  readonly sourced: boolean;
  /** One sentence for the docs and the `dataset` type. */
  readonly description: string;
  /**
   * Columns that hold the keys of other tables' rows: a column (a dotted path; lists are
   * followed, and `*` stands for every value of an object) → the tables one of whose rows it
   * must name.
   */
  readonly references?: Readonly<Record<string, readonly string[]>>;
  /** Rows are listed in the order of this column (a day or a year; a dotted path for a nested day). */
  readonly orderedBy?: string;
  /**
   * Rows are half-open periods `[from, until)`; two rows that agree on every `groupBy`
   * column (all rows when it is empty) must not overlap.
   */
  readonly periods?: {
    /** The column of the first day. */
    readonly from: string;
    /** The column of the first day after (`null` while it holds). */
    readonly until: string;
    /** The columns whose values make a group (a state and a basis); no column: one group. */
    readonly groupBy: readonly string[];
  };
  /**
   * Day columns (dotted paths; lists are followed) that may not be later than `asOf`: nothing
   * is recorded that was not yet checked.
   */
  readonly notAfterAsOf?: readonly string[];
}

const COUNTRIES = ["states", "other-countries"] as const;

/** The tables, with the literal type of each row schema (for {@link Row}); exported as {@link tables}. */
const registry = {
  languages: {
    property: "languages",
    type: "Language",
    row: LanguageSchema,
    key: "code",
    sourced: false,
    description: "The languages names are given in; `complete` ones are given for every state.",
  },
  states: {
    property: "states",
    type: "State",
    row: StateSchema,
    key: "code",
    sourced: true,
    description: "The nine states that ever took part, by code.",
    references: { "variantSources.*": ["sources"] },
  },
  "other-countries": {
    property: "otherCountries",
    type: "State",
    row: StateSchema,
    key: "code",
    sourced: true,
    description: "Every other ISO 3166-1 country, so that codes and names of non-participants resolve.",
    references: { "variantSources.*": ["sources"] },
  },
  "dissolved-states": {
    property: "dissolvedStates",
    type: "DissolvedState",
    row: DissolvedStateSchema,
    key: "code",
    sourced: true,
    description: "States that no longer exist but whose names people type (the Soviet Union), with their successors.",
    references: { successors: COUNTRIES, "variantSources.*": ["sources"] },
  },
  memberships: {
    property: "memberships",
    type: "MembershipPeriod",
    row: MembershipPeriodSchema,
    key: "id",
    sourced: true,
    description: "Membership periods on both bases, half-open.",
    references: { state: ["states"] },
    periods: { from: "from", until: "until", groupBy: ["state", "basis"] },
    notAfterAsOf: ["from", "until"],
  },
  participation: {
    property: "participation",
    type: "Participation",
    row: ParticipationSchema,
    key: "id",
    sourced: true,
    description: "Participation facts that are not changes of membership (Armenia's freeze).",
    references: { state: ["states"], steps: ["events"] },
    periods: { from: "from", until: "until", groupBy: ["state"] },
    notAfterAsOf: ["from", "until"],
  },
  chairmanships: {
    property: "chairmanships",
    type: "Chairmanship",
    row: ChairmanshipSchema,
    key: "id",
    sourced: true,
    description: "Chairmanships in date order, half-open.",
    references: { state: ["states"] },
    orderedBy: "from",
    periods: { from: "from", until: "until", groupBy: [] },
  },
  summits: {
    property: "summits",
    type: "Summit",
    row: SummitSchema,
    key: "id",
    sourced: true,
    description: "Council sessions in date order.",
    references: { host: COUNTRIES, presidedBy: ["states"] },
    orderedBy: "date",
  },
  "secretaries-general": {
    property: "secretariesGeneral",
    type: "SecretaryGeneralTerm",
    row: SecretaryGeneralTermSchema,
    key: "id",
    sourced: true,
    description: "Secretaries-General in date order, half-open.",
    references: { state: ["states"] },
    orderedBy: "from",
    periods: { from: "from", until: "until", groupBy: [] },
  },
  events: {
    property: "events",
    type: "CstoEvent",
    row: EventSchema,
    key: "id",
    sourced: true,
    description: "The dated timeline.",
    references: { states: COUNTRIES, "corrects.source": ["sources"] },
    orderedBy: "date",
    notAfterAsOf: ["date"],
  },
  "observer-statuses": {
    property: "observerStatuses",
    type: "ObserverStatus",
    row: ObserverStatusSchema,
    key: "id",
    sourced: true,
    description: "Observer and partner statuses (UN General Assembly, CSTO Parliamentary Assembly).",
    periods: { from: "from", until: "until", groupBy: ["holder", "at"] },
    notAfterAsOf: ["from"],
  },
  operations: {
    property: "operations",
    type: "Operation",
    row: OperationSchema,
    key: "id",
    sourced: true,
    description: "Deployments and missions of CSTO forces or bodies, in order of arrival.",
    references: { host: ["states"], "requested.by": ["states"], "contributors.state": ["states"], appeal: ["appeals"] },
    orderedBy: "arrived.day",
    notAfterAsOf: [
      "requested.day",
      "decided.day",
      "decided.latest",
      "arrived.day",
      "arrived.latest",
      "missionEnded.day",
      "withdrawn.day",
    ],
  },
  appeals: {
    property: "appeals",
    type: "Appeal",
    row: AppealSchema,
    key: "id",
    sourced: true,
    description: "Members' requests to the CSTO for help or consultations, in date order.",
    references: { state: ["states"], operation: ["operations"], "articleReadings.sources": ["sources"] },
    orderedBy: "day.day",
    notAfterAsOf: ["day.day", "responseDay.day"],
  },
  forces: {
    property: "forces",
    type: "CollectiveForce",
    row: CollectiveForceSchema,
    key: "id",
    sourced: true,
    description: "The collective forces and structures, in order of creation.",
    references: { "parties.state": ["states"] },
    notAfterAsOf: [
      "decided.day",
      "decided.latest",
      "agreementSigned.day",
      "agreementInForce.day",
      "dissolved.day",
      "parties.day.day",
    ],
  },
  exercises: {
    property: "exercises",
    type: "Exercise",
    row: ExerciseSchema,
    key: "id",
    sourced: true,
    description: "Named joint exercises, by year and first day; umbrellas and their parts.",
    references: { host: ["states"], participants: ["states"], "refused.state": ["states"], partOf: ["exercises"] },
    orderedBy: "year",
  },
  "country-ids": {
    property: "countryIds",
    type: "CountryIds",
    row: CountryIdsSchema,
    key: "code",
    sourced: false,
    description: "The ids other datasets give each country (COW, Gleditsch–Ward, Wikidata), for joins.",
    references: { code: COUNTRIES, sources: ["sources"] },
  },
  "external-ids": {
    property: "externalIds",
    type: "ExternalId",
    row: ExternalIdSchema,
    key: "id",
    sourced: true,
    description: "The ids other datasets give the treaty and the organization (ATOP, COW, Wikidata).",
  },
  comparisons: {
    property: "comparisons",
    type: "Comparison",
    row: ComparisonSchema,
    key: "id",
    sourced: true,
    description: "Where ATOP, COW alliances, COW IGO or Wikidata read a fact differently from csto, and why.",
    references: { state: ["states"], records: ["memberships", "events", "participation"] },
  },
  sources: {
    property: "sources",
    type: "Source",
    row: SourceSchema,
    key: "id",
    sourced: false,
    description: "Every source a record cites, by id.",
  },
} as const satisfies Record<string, TableSpec>;

/**
 * The name of a table of `data/` (its file name without `.json`).
 *
 * @useDeclaredType
 */
export type TableName = keyof typeof registry;

/**
 * The registry of tables: every table of `data/`, declared once, by the name of its file
 * (`data/<name>.json`). The build, the validator, the cross-table audit, `dataset` and its
 * type, the JSON Schemas and the tests all read this list; adding a table is an entry here,
 * its row schema above, the record type in `src/types.ts` and the file in `data/` (see the
 * recipes in docs/contributing-data.md).
 *
 * @example
 * ```ts
 * import { tables } from "csto/schema";
 * tables.summits.property; // => "summits"
 * tables["secretaries-general"].property; // => "secretariesGeneral"
 * tables.memberships.references?.state; // => ["states"]
 * ```
 */
export const tables: { readonly [Name in TableName]: TableSpec } = registry;

/** The schema of each file of `data/`: a list of rows for every table, and the `meta` object. */
export type TableSchemas = {
  readonly [Name in TableName]: z.ZodReadonly<z.ZodArray<RowSchema<Name>>>;
} & {
  /** `data/meta.json`, see {@link MetaSchema}. */
  readonly meta: typeof MetaSchema;
};

/**
 * The zod schema of one row of a table.
 *
 * @useDeclaredType
 */
export type RowSchema<Name extends TableName> = (typeof registry)[Name]["row"];

/**
 * The schema of every file in `data/`, by file name: each table of {@link tables} as a list
 * of rows, and `meta`.
 *
 * @example
 * ```ts
 * import { tableSchemas } from "csto/schema";
 * import chairmanships from "csto/data/chairmanships.json" with { type: "json" };
 * tableSchemas.chairmanships.safeParse(chairmanships).success; // => true
 * Object.keys(tableSchemas).includes("meta"); // => true
 * ```
 */
export const tableSchemas: TableSchemas = {
  ...(Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, z.array(table.row).readonly()])) as {
    [Name in TableName]: TableSchemas[Name];
  }),
  meta: MetaSchema,
};

// The record types the schemas validate (src/types.ts), so that csto/schema users need one import.
export type * from "./types";

/**
 * A row of a table as it is written in `data/`: the record type with its `note` and
 * `sources`, exactly what the table's zod schema accepts.
 *
 * @useDeclaredType
 */
export type Row<Name extends TableName> = z.infer<RowSchema<Name>>;
