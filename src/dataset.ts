import { chairmanships } from "./generated/chairmanships";
import { events } from "./generated/events";
import { memberships } from "./generated/memberships";
import { notes } from "./generated/notes";
import { observerStatuses } from "./generated/observer-statuses";
import { AS_OF, VERSION } from "./generated/meta";
import { otherCountries } from "./generated/other-countries";
import { participation } from "./generated/participation";
import { secretariesGeneral } from "./generated/secretaries-general";
import { sources } from "./generated/sources";
import { states } from "./generated/states";
import { summits } from "./generated/summits";
import type {
  Chairmanship,
  CstoEvent,
  MembershipPeriod,
  Note,
  ObserverStatus,
  Participation,
  SecretaryGeneralTerm,
  Source,
  State,
  Summit,
} from "./schema";

/** The shape of {@link dataset}: every table, deep-frozen, with the version and `asOf`. */
export interface Dataset {
  /** The package version these records ship in. */
  readonly version: string;
  /** The last day the records were checked against sources (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** The nine states that ever took part, by code. */
  readonly states: readonly State[];
  /** Every other ISO 3166-1 country, so that codes and names of non-participants resolve. */
  readonly otherCountries: readonly State[];
  /** Membership periods on both bases, half-open. */
  readonly memberships: readonly MembershipPeriod[];
  /** Participation facts that are not changes of membership (Armenia's freeze). */
  readonly participation: readonly Participation[];
  /** Chairmanships in date order, half-open. */
  readonly chairmanships: readonly Chairmanship[];
  /** Council sessions in date order. */
  readonly summits: readonly Summit[];
  /** Secretaries-General in date order, half-open. */
  readonly secretariesGeneral: readonly SecretaryGeneralTerm[];
  /** The dated timeline. */
  readonly events: readonly CstoEvent[];
  /** Observer and partner statuses (UN General Assembly, CSTO Parliamentary Assembly). */
  readonly observerStatuses: readonly ObserverStatus[];
  /** Every source a record cites, by id. */
  readonly sources: readonly Source[];
  /** The notes of the records, by record id (a state's code); read one with `noteOf(record)`. */
  readonly notes: readonly Note[];
}

/**
 * Every table of the dataset, deep-frozen: what the helpers answer from. Each record
 * cites rows of `sources` by id and says how sure it is (`confidence`); its note, if it
 * has one, is in `notes` under its id (see `noteOf`). Trying to change a
 * record throws in strict mode and changes nothing.
 *
 * @example
 * ```ts
 * import { dataset } from "csto";
 * dataset.asOf; // => "2026-02-03"
 * dataset.states.length; // => 9
 * const chair = dataset.chairmanships.find((c) => c.from === "2024-01-01");
 * dataset.sources.filter((s) => chair?.sources.includes(s.id)).length > 0; // => true
 * Object.isFrozen(dataset.summits[0]); // => true
 * ```
 * @see [Sources and citation](../docs/sources.md), and [versioning](../docs/versioning.md) for `version` and `asOf`
 */
export const dataset: Dataset = /*#__PURE__*/ Object.freeze({
  version: VERSION,
  asOf: AS_OF,
  // Getters: each table is parsed and deep-frozen on first read, not on import.
  get states() {
    return states();
  },
  get otherCountries() {
    return otherCountries();
  },
  get memberships() {
    return memberships();
  },
  get participation() {
    return participation();
  },
  get chairmanships() {
    return chairmanships();
  },
  get summits() {
    return summits();
  },
  get secretariesGeneral() {
    return secretariesGeneral();
  },
  get events() {
    return events();
  },
  get observerStatuses() {
    return observerStatuses();
  },
  get sources() {
    return sources();
  },
  get notes() {
    return notes();
  },
});
