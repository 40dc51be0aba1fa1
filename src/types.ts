/**
 * The record types, as plain TypeScript: what the helpers return and what `dataset` holds.
 * They need no zod: an app that never imports `csto/schema` type-checks without it. Each one
 * is proved equal to what its zod schema in `csto/schema` infers (the build writes that check
 * beside the generated dataset), so the types and the validation can never drift apart.
 *
 * Records are "lean": the `note` and `sources` of a row in `data/` are read with
 * `noteOf(record)` and `sourcesOf(record)`, so that an app that only asks dated questions
 * bundles neither prose nor source lists.
 *
 * @module
 */
import type { Alpha2Code, Alpha3Code, ParticipantCode } from "./generated/codes";
import type { CompleteLanguage, LanguageCode, Names } from "./generated/languages";

export type { Alpha2Code, Alpha3Code, ParticipantCode, CompleteLanguage, LanguageCode, Names };

/** A calendar day written `YYYY-MM-DD`, no time and no zone. */
export type Day = string;

/**
 * How sure a record is: `confirmed` (two or more independent sources that were read agree),
 * `single` (one), `disputed` (sources conflict; the other reading and its sources are in the
 * record's note, read with `noteOf`) or `unverified` (no source of it could be found and read
 * again; the note says what was searched).
 */
export type Confidence = "confirmed" | "single" | "disputed" | "unverified";

/**
 * The legal layer of a membership: the 1992 `treaty`, or the `organization` built on it
 * (CSTO, Charter in force 2003-09-18). The two are never merged.
 */
export type Basis = "treaty" | "organization";

/** A language that names are given in (a row of `data/languages.json`). */
export interface Language {
  /** ISO 639-1 code (`"ru"`). */
  readonly code: LanguageCode;
  /** The language's English name (`"Russian"`). */
  readonly name: string;
  /** True when every state has a name in it; otherwise names may be missing (see {@link Names}). */
  readonly complete: boolean;
}

/**
 * A state: its ISO 3166-1 codes, its names and the variants people type. The nine
 * participants are in `dataset.states`; every other ISO 3166-1 country is in
 * `dataset.otherCountries`, so that `resolveState("Frankreich")` works too.
 */
export interface State {
  /** ISO 3166-1 alpha-2 code, upper case (`"UZ"`). */
  readonly code: Alpha2Code;
  /** ISO 3166-1 alpha-3 code, upper case (`"UZB"`). */
  readonly alpha3: Alpha3Code;
  /** ISO 3166-1 numeric code, three digits with leading zeros (`"051"`). */
  readonly numeric: string;
  /** Short names in each language. */
  readonly names: Names;
  /** The official long form, where a source gives it. */
  readonly officialNames?:
    | {
        /** The English long form (`"Kyrgyz Republic"`). */
        readonly en: string;
        /** The Russian long form, where a source gives it. */
        readonly ru?: string | undefined;
      }
    | undefined;
  /** Other names people type (older or colloquial forms, official forms, other spellings). */
  readonly variants: readonly string[];
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/**
 * A state that no longer exists but whose names people still type (the Soviet Union):
 * `resolveState("USSR")` refuses it and names its successors that took part in the treaty.
 */
export interface DissolvedState {
  /** The ISO 3166-1 alpha-2 code it had, now withdrawn (ISO 3166-3): `"SU"`. */
  readonly code: string;
  /** Short names in each language. */
  readonly names: Names;
  /** Other names people type (`"USSR"`, `"СССР"`). */
  readonly variants: readonly string[];
  /** The alpha-2 codes of the states that succeeded it. */
  readonly successors: readonly Alpha2Code[];
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/**
 * One period of membership, half-open: `from` is the first day it holds, `until` the first
 * day it no longer holds (`null` while it still holds).
 */
export interface MembershipPeriod {
  /** The record's id (`"uz-organization-2006"`). */
  readonly id: string;
  /** The member's alpha-2 code. */
  readonly state: ParticipantCode;
  /** The legal layer: `treaty` or `organization`. */
  readonly basis: Basis;
  /** The first day of membership. */
  readonly from: Day;
  /** The first day it no longer holds; `null` while it still holds. */
  readonly until: Day | null;
  /** Why it ended: `not-extended` (1999) or `suspended` (Uzbekistan 2012); `null` while open. */
  readonly end: "not-extended" | "suspended" | null;
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/**
 * A dated participation fact that is not a change of membership: Armenia's participation
 * `frozen` from 2024-02-22 (a political stance, no legal act).
 */
export interface Participation {
  /** The record's id (`"am-frozen-2024"`). */
  readonly id: string;
  /** The member's alpha-2 code. */
  readonly state: ParticipantCode;
  /** The kind of participation: `frozen`, the only one recorded so far. */
  readonly participation: "frozen";
  /** The first day it holds. */
  readonly from: Day;
  /** The first day it no longer holds; `null` while it still holds. */
  readonly until: Day | null;
  /** False when the stance rests on statements, not on an act under the Charter. */
  readonly legalAct: boolean;
  /** Ids of the `events` that make up the stance (statements, boycotts, refusals to pay). */
  readonly steps: readonly string[];
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/**
 * A chairmanship of the CSTO, half-open like every period. Until 2022 the chair changed at the
 * Council's regular session (`term: "intersessional"`); from 2023 it runs from 1 January to
 * 31 December (`term: "calendar-year"`). A bound no source fixes to the day is marked
 * `approximateFrom` / `approximateUntil`; its note says what the sources give.
 */
export interface Chairmanship {
  /** The record's id (`"chair-by-2022"`). */
  readonly id: string;
  /** The chairing state's alpha-2 code. */
  readonly state: ParticipantCode;
  /** The first day of the chairmanship (the hand-over day). */
  readonly from: Day;
  /** The first day of the next chairmanship; `null` while it still holds. */
  readonly until: Day | null;
  /** True when no source fixes `from` to the day. */
  readonly approximateFrom: boolean;
  /** True when no source fixes `until` to the day. */
  readonly approximateUntil: boolean;
  /** `intersessional` (session to session, until 2022) or `calendar-year` (from 2023). */
  readonly term: "intersessional" | "calendar-year";
  /** True for Russia's 2009–2010 stand-in chairmanship after Belarus declined. */
  readonly temporary: boolean;
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/** A term of a Secretary-General of the CSTO, half-open; acting terms are marked. */
export interface SecretaryGeneralTerm {
  /** The record's id (`"sg-zas-2020"`). */
  readonly id: string;
  /** The Secretary-General's name. */
  readonly name: {
    /** In English (`"Stanislav Zas"`). */
    readonly en: string;
    /** In Russian (`"Станислав Зась"`). */
    readonly ru: string;
  };
  /** The alpha-2 code of the state the Secretary-General comes from. */
  readonly state: ParticipantCode;
  /** The first day in office. */
  readonly from: Day;
  /** The first day of the next term; `null` while in office. */
  readonly until: Day | null;
  /** True for an acting Secretary-General. */
  readonly acting: boolean;
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/**
 * A session of the Collective Security Council (a summit). A video session has no `city`; a
 * session stays `scheduled` until a source says it was held.
 */
export interface Summit {
  /** The record's id. */
  readonly id: string;
  /** The day of the session (its first day, if it ran over several). */
  readonly date: Day;
  /** The last day of a session that ran over several days. */
  readonly endDate?: Day | undefined;
  /** The city in each language; `null` for a video session. */
  readonly city: Names | null;
  /** The building or resort, where a source names it. */
  readonly venue?: string | undefined;
  /** The host state's alpha-2 code; `null` where the sources name none (most video sessions). */
  readonly host: Alpha2Code | null;
  /** True for a venue outside the members (Chișinău 2002). */
  readonly nonMemberVenue: boolean;
  /** `regular`, `extraordinary`, `informal`, `jubilee`, or `unspecified` where the sources do not say. */
  readonly kind: "regular" | "extraordinary" | "informal" | "jubilee" | "unspecified";
  /** `in-person` or `video`. */
  readonly format: "in-person" | "video";
  /** `held`, `scheduled` or `cancelled`. */
  readonly status: "held" | "scheduled" | "cancelled";
  /** The state whose head presided, where a source says so; `null` otherwise. */
  readonly presidedBy: ParticipantCode | null;
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/**
 * How precisely a bound is known. A bound known only to the `year` or `month` is stored as the
 * first day of that year or month (the earliest day it may have held).
 */
export type Precision = "day" | "month" | "year";

/**
 * A status beyond membership, held for a period: the CSTO's observer status at the UN General
 * Assembly, and the parliaments that observe the CSTO Parliamentary Assembly.
 */
export interface ObserverStatus {
  /** The record's id (`"rs-pa-observer-2013"`). */
  readonly id: string;
  /** Who holds it: a state's alpha-2 code (for its parliament) or `"CSTO"` itself. */
  readonly holder: Alpha2Code | "CSTO";
  /** The body that holds it for the state (`"National Assembly of the Republic of Serbia"`). */
  readonly holderBody?: string | undefined;
  /** `observer` or `partner`. */
  readonly status: "observer" | "partner";
  /** Where it is held: `un-general-assembly`, `csto-parliamentary-assembly` or `csto`. */
  readonly at: "un-general-assembly" | "csto-parliamentary-assembly" | "csto";
  /** The first day it holds (the first day of the month or year when only that is known). */
  readonly from: Day;
  /** How precisely `from` is known. */
  readonly fromPrecision: Precision;
  /** The first day it no longer holds; `null` while it still holds. */
  readonly until: Day | null;
  /** How precisely `until` is known; `null` exactly when `until` is. */
  readonly untilPrecision: Precision | null;
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/**
 * A dated event of the timeline: legal milestones (`legal`), statements and boycotts
 * (`political`) and talks (`meeting`). An event that corrects a common summary carries
 * `corrects`: the claim as published and the source that published it.
 */
export interface CstoEvent {
  /** The record's id, starting with its day (`"2024-02-22-armenia-freezes-participation"`). */
  readonly id: string;
  /** The day it happened. */
  readonly date: Day;
  /** The last day of an event that ran over several days. */
  readonly endDate?: Day | undefined;
  /** `legal` (a legal milestone), `political` (a statement or boycott) or `meeting` (talks). */
  readonly kind: "legal" | "political" | "meeting";
  /** One English sentence saying what happened. */
  readonly title: string;
  /** Alpha-2 codes of the states the event concerns. */
  readonly states: readonly Alpha2Code[];
  /** The common summary this event corrects, where it corrects one. */
  readonly corrects?:
    | {
        /** The claim as published, in its original language. */
        readonly claim: string;
        /** The id of the source that published it. */
        readonly source: string;
      }
    | undefined;
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/** A full bibliographic reference for a print work. */
export interface BibliographicReference {
  /** The authors, "Family, Given" (`"Gibler, Douglas M."`). */
  readonly authors: readonly string[];
  /** The title of the book, article or codebook. */
  readonly title: string;
  /** The publisher of a book, or the journal of an article. */
  readonly container: string;
  /** The year of publication. */
  readonly year: number;
  /** The pages read (`"211-213"`). */
  readonly pages?: string | undefined;
  /** The ISBN, without hyphens. */
  readonly isbn?: string | undefined;
  /** The DOI (`"10.1177/0022002709336453"`). */
  readonly doi?: string | undefined;
}

/**
 * A source that records cite by `id`, as it was read: where it is, who published it and
 * when, the day it was read, a short quote as it stands on the page, and its translation.
 */
export interface Source {
  /** The id that records cite. */
  readonly id: string;
  /** The page's own address, as it was read; `null` for a print work without one. */
  readonly url: string | null;
  /** The bibliographic reference of a print work. */
  readonly citation?: BibliographicReference | undefined;
  /** The page's title, or a description of it. */
  readonly title: string;
  /** Who published it (`"TASS"`, `"Kremlin"`). */
  readonly publisher: string;
  /** When it was published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `null` when unknown. */
  readonly published: string | null;
  /** ISO 639-1 code of the source's language. */
  readonly language: string;
  /** The day it was read (`null` for a source that could not be found again). */
  readonly accessed: string | null;
  /** A short quote as it stands on the page, in its own language, that supports the records citing it. */
  readonly quote: string | null;
  /** The quote in English, where the page is not in English. */
  readonly quoteEnglish?: string | undefined;
  /** False for a source that could not be found and read; `searched` then says what was tried. */
  readonly verified: boolean;
  /** What was searched for a source that could not be found. */
  readonly searched?: string | undefined;
  /** Anything a reader should know about the source (a mirror, a garbled copy). */
  readonly note?: string | undefined;
}

/** The note of a record, keyed by the record's `id` (a state's `code`); see `noteOf`. */
export interface Note {
  /** The id of the record the note belongs to (a state's `code`). */
  readonly id: string;
  /** Conflicts, caveats and what was searched. */
  readonly note: string;
}

/** The sources a record cites, keyed by the record's `id` (a state's `code`); see `sourcesOf`. */
export interface Citation {
  /** The id of the record (a state's `code`). */
  readonly id: string;
  /** Ids of rows in `dataset.sources`, in the order the record cites them. */
  readonly sources: readonly string[];
}
