import { DATASET, type Dataset } from "./generated/dataset";

export type { Dataset };

/**
 * Every table of the dataset, deep-frozen: what the helpers answer from, one property per
 * table of `data/` (see `tables` in `csto/schema`), with the package `version` and `asOf`,
 * the last day the records were checked against sources. Records are lean: a record's note
 * is in `notes` and its sources in `citations`, under its id (read them with `noteOf` and
 * `sourcesOf`). Trying to change a record throws in strict mode and changes nothing.
 *
 * @example
 * ```ts
 * import { dataset, sourcesOf } from "csto";
 * /^\d{4}-\d{2}-\d{2}$/.test(dataset.asOf); // => true
 * dataset.states.length; // => 9
 * const chair = dataset.chairmanships.find((c) => c.from === "2024-01-01")!;
 * sourcesOf(chair).length > 0; // => true
 * Object.isFrozen(dataset.summits[0]); // => true
 * ```
 * @see [Sources and citation](../docs/sources.md), and [versioning](../docs/versioning.md) for `version` and `asOf`
 */
export const dataset: Dataset = DATASET;
