import { appeals } from "./generated/tables";
import { getCodeTables, positionOf, type StateInput } from "./states";
import type { Appeal } from "./types";

/**
 * A state's requests to the CSTO for help or consultations, in date order: the article of
 * the treaty each invoked (`article`; where sources disagree, every reading is in
 * `articleReadings` and the record is `disputed`), the article the Council's answer cited
 * (`decisionArticle`), and what the organization did (`response`, `responseDay`, and the
 * `operation` that answered it, an id in `dataset.operations`).
 *
 * @param state - an ISO 3166-1 alpha-2 or alpha-3 code in any case, or a state record
 * @returns a frozen list of appeal records; empty for a state that made none (or never took part)
 * @throws {@link CstoError} `UNKNOWN_STATE` when `state` is not an ISO 3166-1 code or a record with one
 *
 * @example
 * ```ts
 * import { appealsBy } from "csto";
 * appealsBy("AM").map((a) => a.day.day); // => ["2021-05-14", "2022-09-13"]
 * appealsBy("AM").map((a) => a.article); // => ["2", "4"]
 * appealsBy("kaz")[0]?.decisionArticle; // => "4"
 * appealsBy("KG")[0]?.response; // => "consultations"
 * appealsBy("FR"); // => []
 * ```
 */
export function appealsBy(state: StateInput): readonly Appeal[] {
  const code = getCodeTables().alpha2[positionOf(state)];
  return Object.freeze(appeals().filter((appeal) => appeal.state === code));
}
