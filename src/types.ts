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
  /**
   * The session's number where the official record numbers it (`10` for Moscow, 14 May 2002);
   * `null` where no source read numbers it.
   */
  readonly session: number | null;
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

/** A name in English and Russian, and in German where a German form is known. */
export interface Name {
  /** In English (`"Combat Brotherhood 2023"`). */
  readonly en: string;
  /** In Russian (`"Боевое братство-2023"`). */
  readonly ru: string;
  /** In German, where a German form is known. */
  readonly de?: string | undefined;
}

/**
 * A dated step of an operation, an appeal, a force or an exercise. When no source fixes the
 * day, `approximate` is true, `day` is the earliest day it may have been, `latest` the last one
 * where a source bounds it, and the record's note says what is known.
 */
export interface Phase {
  /** The day; for an approximate phase, the earliest day it may have been. */
  readonly day: Day;
  /** True when no source fixes the day. */
  readonly approximate: boolean;
  /** For an approximate phase, the last day it may have been, where a source bounds it. */
  readonly latest?: Day | undefined;
}

/** A decision as a dated step: the day, the body that took it and how. */
export interface Decision extends Phase {
  /** The body that took it (`"Collective Security Council"`). */
  readonly body: string;
  /**
   * `in-person` (a session in one place), `video` (a session by video link) or `written` (no
   * session: a circulated draft agreed by each member); `null` where no source says.
   */
  readonly format: "in-person" | "video" | "written" | null;
}

/** The request for an operation as a dated step: who asked whom, and on which day. */
export interface OperationRequest extends Phase {
  /** The alpha-2 code of the state that asked. */
  readonly by: ParticipantCode;
  /** Who asked (`"President Kassym-Jomart Tokayev"`). */
  readonly byWhom: string;
  /** Whom the request was addressed to. */
  readonly to: string;
}

/** A deployment or mission of CSTO forces or bodies in a member state. */
export interface Operation {
  /** The record's id (`"op-kz-2022-peacekeeping"`). */
  readonly id: string;
  /** Its name. */
  readonly name: Name;
  /** `peacekeeping`, `fact-finding`, `monitoring` or `assistance` (experts advising a member's forces). */
  readonly kind: "peacekeeping" | "fact-finding" | "monitoring" | "assistance";
  /** The alpha-2 code of the member it took place in. */
  readonly host: ParticipantCode;
  /** The request; `null` where none is recorded. */
  readonly requested: OperationRequest | null;
  /** The decision to send it; `null` where none was found. */
  readonly decided: Decision | null;
  /** The day the first units or members were on the ground. */
  readonly arrived: Phase;
  /** The day the mission was declared complete; `null` where no source records it. */
  readonly missionEnded: Phase | null;
  /** The day the withdrawal was completed; `null` where no source records it. */
  readonly withdrawn: Phase | null;
  /** Each state's part, with its size where a source gives one; empty where none lists them. */
  readonly contributors: readonly {
    /** The contributing state's alpha-2 code. */
    readonly state: ParticipantCode;
    /** `command`, `contingent`, `staff` or `observers`. */
    readonly role: "command" | "contingent" | "staff" | "observers";
    /** The number of personnel, where a source gives it. */
    readonly personnel: number | null;
  }[];
  /** The id of the appeal it answered (`dataset.appeals`), or `null`. */
  readonly appeal: string | null;
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/** A member's request to the CSTO for help or consultations, and what the organization did. */
export interface Appeal {
  /** The record's id (`"appeal-am-2022-09"`). */
  readonly id: string;
  /** The alpha-2 code of the member that asked. */
  readonly state: ParticipantCode;
  /** The day of the formal request. */
  readonly day: Phase;
  /** Who asked. */
  readonly byWhom: string;
  /** Whom the request was addressed to. */
  readonly to: string;
  /** What it was about. */
  readonly about: string;
  /** The treaty article invoked: `"2"`, `"4"`, `"none-cited"` or `"disputed"` (see `articleReadings`). */
  readonly article: "2" | "4" | "none-cited" | "disputed";
  /** Where sources disagree about the article: each reading with the ids of its sources. */
  readonly articleReadings?:
    | readonly {
        /** The article this reading gives. */
        readonly article: "2" | "4";
        /** The ids of the sources that give it. */
        readonly sources: readonly string[];
      }[]
    | undefined;
  /** The article the Council's answer cited, where a source gives it. */
  readonly decisionArticle: "2" | "4" | null;
  /** What the organization did. */
  readonly response: "deployment" | "mission" | "statement" | "consultations" | "refused" | "no-answer";
  /** The day of the response; `null` for no answer. */
  readonly responseDay: Phase | null;
  /** The id of the operation that answered it (`dataset.operations`), or `null`. */
  readonly operation: string | null;
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/** A collective force or structure of the CSTO (and of the treaty before it). */
export interface CollectiveForce {
  /** The record's id (`"force-ksor-2009"`). */
  readonly id: string;
  /** Its name. */
  readonly name: Name;
  /** Its abbreviation (`{ en: "CRRF", ru: "КСОР" }`), or `null`. */
  readonly abbreviation: {
    /** In English. */
    readonly en: string;
    /** In Russian. */
    readonly ru: string;
  } | null;
  /** `rapid-deployment`, `rapid-reaction`, `peacekeeping`, `air-force` or `other`. */
  readonly kind: "rapid-deployment" | "rapid-reaction" | "peacekeeping" | "air-force" | "other";
  /** The Council decision that created it; `null` where none was found (it then counts from the agreement). */
  readonly decided: Decision | null;
  /** The signing of its founding agreement. */
  readonly agreementSigned: Phase | null;
  /** The agreement's entry into force; `null` where not found. */
  readonly agreementInForce: Phase | null;
  /** The day it ceased to exist; `null` while it exists. */
  readonly dissolved: Phase | null;
  /** Each member of the day of signing with its status; `null` where no source names them. */
  readonly parties:
    | readonly {
        /** The member's alpha-2 code. */
        readonly state: ParticipantCode;
        /** `party`, `signed-later`, `withdrew`, `not-signed`, `not-included` or `not-established`. */
        readonly status: "party" | "signed-later" | "withdrew" | "not-signed" | "not-included" | "not-established";
        /** The day of a later signature or a withdrawal. */
        readonly day?: Phase | undefined;
      }[]
    | null;
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/** A named joint exercise of the CSTO's forces. */
export interface Exercise {
  /** The record's id (`"exercise-2023-boevoe-bratstvo"`). */
  readonly id: string;
  /** Its name. */
  readonly name: Name;
  /** The series it belongs to (`"vzaimodeistvie"`, `"nerushimoe-bratstvo"`, …). */
  readonly series:
    | "vzaimodeistvie"
    | "poisk"
    | "eshelon"
    | "nerushimoe-bratstvo"
    | "rubezh"
    | "kobalt"
    | "grom"
    | "barier"
    | "skala"
    | "boevoe-bratstvo"
    | "other";
  /** True for an exercise that groups others (Combat Brotherhood); they name it in `partOf`. */
  readonly umbrella: boolean;
  /** The id of the umbrella exercise it was part of, or `null`. */
  readonly partOf: string | null;
  /** The year. */
  readonly year: number;
  /** The first day; `null` where not found. */
  readonly start: Phase | null;
  /** The last day (inclusive); `null` where not found. */
  readonly end: Phase | null;
  /** The state it was held in; `null` for several states or where not found. */
  readonly host: ParticipantCode | null;
  /** The states whose contingents a source names; `null` where none is named. */
  readonly participants: readonly ParticipantCode[] | null;
  /** Members that declined to host it or to take part. */
  readonly refused: readonly {
    /** The member's alpha-2 code. */
    readonly state: ParticipantCode;
    /** `host` or `participate`. */
    readonly what: "host" | "participate";
  }[];
  /** `held`, `planned` (after `asOf`), `cancelled` or `unconfirmed` (by `asOf`, outcome not reported). */
  readonly status: "held" | "planned" | "cancelled" | "unconfirmed";
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/** A full bibliographic reference for a print work. */
export interface BibliographicReference {
  /** The authors, "Family, Given" (`"Gibler, Douglas M."`); absent for an unsigned report. */
  readonly authors?: readonly string[] | undefined;
  /** The title of the book, article or codebook. */
  readonly title: string;
  /** The publisher of a book, or the journal of an article. */
  readonly container: string;
  /** The year of publication; absent where it is not known. */
  readonly year?: number | undefined;
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
  /** The page's own address, as it was read; `null` for a print work or a report that has none. */
  readonly url: string | null;
  /**
   * The bibliographic reference: of a print work, or of a report that could not be found again
   * (title, outlet and year). Every source has an address, this, or both.
   */
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

/**
 * The ids other datasets give a country, for joins: the Correlates of War state number and
 * letters, the Gleditsch–Ward number and the Wikidata item; `null` where that list has no
 * such country. One row per ISO 3166-1 country, keyed by `code`.
 */
export interface CountryIds {
  /** The country's ISO 3166-1 alpha-2 code (`"BY"`). */
  readonly code: Alpha2Code;
  /** The Correlates of War state number (`370`). */
  readonly cowCode: number | null;
  /** The Correlates of War state letters (`"BLR"`). */
  readonly cowLetters: string | null;
  /** The Gleditsch–Ward state number (`370`). */
  readonly gwCode: number | null;
  /** The Wikidata item (`"Q184"`). */
  readonly wikidata: string | null;
  /** Ids of rows in `dataset.sources` the ids were read from. */
  readonly sources: readonly string[];
}

/** A phase of an alliance as ATOP numbers it, with the days ATOP gives. */
export interface ExternalIdPhase {
  /** ATOP's phase number (`1`, `2`). */
  readonly phase: number;
  /** The first day ATOP gives for the phase. */
  readonly from: Day;
  /** The day ATOP gives for its end; `null` while it is in effect. */
  readonly until: Day | null;
}

/**
 * An id another dataset gives the treaty or the organization: ATOP's `atopid` (with its
 * phases), the Correlates of War alliance id, the COW IGO `ionum`, or a Wikidata item.
 */
export interface ExternalId {
  /** The record's id (`"organization-cow-igo"`). */
  readonly id: string;
  /** What it identifies: the 1992 `treaty` or the `organization`. */
  readonly subject: Basis;
  /** Which dataset's id it is. */
  readonly scheme: "atop" | "cow-alliance" | "cow-igo" | "wikidata";
  /** The id as that dataset writes it (`"4220"`, `"1125"`). */
  readonly value: string;
  /** The dataset version it was read in (`"4.01"`). */
  readonly version: string;
  /** ATOP's phases of the alliance, where the scheme has phases. */
  readonly phases?: readonly ExternalIdPhase[] | undefined;
  /** How sure the record is. */
  readonly confidence: Confidence;
}

/**
 * A point where ATOP, COW alliances, COW IGO or Wikidata read a fact differently from csto:
 * both readings, and why they differ.
 */
export interface Comparison {
  /** The record's id (`"atop-by-entry"`). */
  readonly id: string;
  /** The other dataset. */
  readonly dataset: "atop" | "cow-alliance" | "cow-igo" | "wikidata";
  /** The version of it that was read (`"4.01"`). */
  readonly datasetVersion: string;
  /** The state concerned; `null` when the point concerns every member. */
  readonly state: ParticipantCode | null;
  /** The layer concerned: `treaty` or `organization`. */
  readonly basis: Basis;
  /** What differs: the `entry` or `exit` day, the `membership-in-year`, or the `start` of the layer. */
  readonly aspect: "entry" | "exit" | "membership-in-year" | "start";
  /** csto's reading: a value (a day, a year range) and a sentence. */
  readonly csto: {
    /** The value (`"1993-12-31"`). */
    readonly value: string;
    /** What it means. */
    readonly reading: string;
  };
  /** The other dataset's reading: a value and a sentence. */
  readonly other: {
    /** The value (`"1994-01-03"`). */
    readonly value: string;
    /** What it means. */
    readonly reading: string;
  };
  /** Why they differ, in one word; `explanation` says it in full. */
  readonly reason:
    | "signature-vs-later-act"
    | "decision-vs-protocol"
    | "charter-signed-vs-in-force"
    | "calendar-year-coding"
    | "suspension-vs-withdrawal"
    | "not-explained";
  /** Why they differ, and what to do about it when joining. */
  readonly explanation: string;
  /** Ids of the csto records concerned (memberships, events). */
  readonly records: readonly string[];
  /** How sure the record is. */
  readonly confidence: Confidence;
}
