// Draws an Answer (answer.ts) as the page's answer: one section per question, one line per
// record, each line with its record's confidence and a disclosure that loads its sources and
// note (record.ts, a chunk of its own) when first opened.
import type { Answer, StateLine } from "./answer";
import { stateOf } from "./answer";
import type { Appeal, Chairmanship, Confidence, Operation, SecretaryGeneralTerm, State, Summit } from "./csto";
import { foreign, h } from "./dom";

/** What each confidence means, shown beside it. */
const CONFIDENCE: Record<Confidence, string> = {
  confirmed: "confirmed",
  single: "single source",
  disputed: "disputed",
  unverified: "unverified",
};
const CONFIDENCE_MEANS: Record<Confidence, string> = {
  confirmed: "two or more independent sources agree",
  single: "one source; others were searched for",
  disputed: "sources disagree; the note gives the other reading",
  unverified: "not yet checked against a source",
};

export const BASIS_LABEL = { treaty: "the 1992 treaty", organization: "the CSTO (from 2003-09-18)" } as const;

/** Opens a record's sources and note: set by main.ts (it loads record.ts on first use). */
export type RecordLoader = (details: HTMLDetailsElement) => void;

/** A state's names: English, then Russian and German, each marked with its language. */
function names(state: State | undefined, code: string): (Node | string)[] {
  if (state === undefined) return [code];
  return [
    h("strong", {}, state.names.en),
    " ",
    h("span", { class: "code" }, `(${state.code})`),
    " ",
    h("span", { class: "other-names" }, foreign("ru", state.names.ru), " · ", foreign("de", state.names.de ?? "")),
  ];
}

/** The disclosure of one record: its confidence always shown, its sources and note on opening. */
function record(key: string, what: string, confidence: Confidence, open: RecordLoader): HTMLDetailsElement {
  const details = h(
    "details",
    { class: "record", "data-record": key },
    h(
      "summary",
      {},
      `Sources and note: ${what} `,
      h(
        "span",
        { class: `confidence confidence-${confidence}`, title: CONFIDENCE_MEANS[confidence] },
        CONFIDENCE[confidence],
      ),
    ),
    h("div", { class: "record-body" }, "Loading the sources…"),
  );
  details.addEventListener("toggle", () => {
    if (details.open) open(details);
  });
  return details;
}

const line = (attributes: Record<string, string>, what: (Node | string)[], records: HTMLDetailsElement[]) =>
  h("li", { class: "line", ...attributes }, h("p", { class: "what" }, ...what), ...records);

function stateLine({ state, status }: StateLine, open: RecordLoader): HTMLLIElement {
  const period = status.period;
  const records: HTMLDetailsElement[] = [];
  const what: (Node | string)[] = [...names(state, state.code), " — "];
  if (status.status === "member") {
    what.push(`member since ${period!.from}`);
    if (period!.until !== null) what.push(`, until ${period!.until}`);
  } else if (status.status === "suspended") {
    what.push(`membership suspended since ${period!.until}, not withdrawn`);
  } else if (status.status === "former") {
    what.push(`had left: no longer a member from ${period!.until}`);
  } else {
    what.push("not a member by this day on this basis");
  }
  if (period !== undefined) records.push(record(period.id, "membership period", period.confidence, open));
  else records.push(record(state.code, "the state", state.confidence, open));
  const fact = status.participationFact;
  if (fact !== undefined) {
    what.push(`; participation frozen since ${fact.from} (still a member)`);
    records.push(record(fact.id, "frozen participation", fact.confidence, open));
  }
  return line(
    { "data-state": state.code, "data-status": status.status, "data-participation": status.participation },
    what,
    records,
  );
}

const about = (approximate: boolean) => (approximate ? "about " : "");

function chairLine(chair: Chairmanship, open: RecordLoader): HTMLLIElement {
  const until = chair.until === null ? "" : `, until ${about(chair.approximateUntil)}${chair.until}`;
  return line(
    { "data-record": chair.id, "data-state": chair.state },
    [
      ...names(stateOf(chair.state), chair.state),
      ` — chair since ${about(chair.approximateFrom)}${chair.from}${until}`,
      chair.temporary ? " (temporary, standing in for another state)" : "",
    ],
    [record(chair.id, "chairmanship", chair.confidence, open)],
  );
}

function secretaryLine(term: SecretaryGeneralTerm, open: RecordLoader): HTMLLIElement {
  const state = stateOf(term.state);
  return line(
    { "data-record": term.id, "data-state": term.state },
    [
      h("strong", {}, term.name.en),
      " ",
      foreign("ru", term.name.ru),
      `${term.acting ? " (acting)" : ""}, of ${state?.names.en ?? term.state} — in office since ${term.from}`,
      term.until === null ? "" : `, until ${term.until}`,
    ],
    [record(term.id, "term of office", term.confidence, open)],
  );
}

function summitLine(summit: Summit, open: RecordLoader): HTMLLIElement {
  const where =
    summit.city === null
      ? ["by video link"]
      : [
          summit.city.en,
          " (",
          foreign("ru", summit.city.ru),
          summit.city.de ? " · " : "",
          summit.city.de ? foreign("de", summit.city.de) : "",
          ")",
        ];
  const kind = summit.kind === "unspecified" ? "session" : `${summit.kind} session`;
  const number = summit.session === null ? "" : ` no. ${summit.session}`;
  return line(
    { "data-record": summit.id },
    [
      h("strong", {}, summit.endDate ? `${summit.date} to ${summit.endDate}` : summit.date),
      " — ",
      ...where,
      `: ${kind}${number}, ${summit.status}`,
    ],
    [record(summit.id, "session", summit.confidence, open)],
  );
}

function operationLine(operation: Operation, open: RecordLoader): HTMLLIElement {
  const host = stateOf(operation.host);
  const end = operation.withdrawn ?? operation.missionEnded;
  return line(
    { "data-record": operation.id, "data-state": operation.host },
    [
      h("strong", {}, operation.name.en),
      " (",
      foreign("ru", operation.name.ru),
      `) — ${operation.kind} in ${host?.names.en ?? operation.host}, arrived ${about(operation.arrived.approximate)}${operation.arrived.day}`,
      end === null
        ? ", no end recorded"
        : `, ${operation.withdrawn ? "withdrawn" : "mission ended"} ${about(end.approximate)}${end.day}`,
    ],
    [record(operation.id, "operation", operation.confidence, open)],
  );
}

const ARTICLE: Record<Appeal["article"], string> = {
  "2": "invoking Article 2 (consultations)",
  "4": "invoking Article 4 (collective defence)",
  "none-cited": "citing no article",
  disputed: "the article is disputed",
};

function appealLine(appeal: Appeal, day: string, open: RecordLoader): HTMLLIElement {
  const state = stateOf(appeal.state);
  const answered = appeal.responseDay;
  const when =
    appeal.day.day > day
      ? "not yet made on this day"
      : answered === null
        ? "no answer recorded"
        : answered.day > day
          ? `awaiting an answer on this day (answered ${answered.day})`
          : `answered ${about(answered.approximate)}${answered.day}`;
  return line(
    { "data-record": appeal.id, "data-state": appeal.state },
    [
      h("strong", {}, `${about(appeal.day.approximate)}${appeal.day.day}`),
      ` — ${state?.names.en ?? appeal.state} asked the CSTO for help, ${ARTICLE[appeal.article]}: ${appeal.about}. Response: ${appeal.response}; ${when}.`,
    ],
    [record(appeal.id, "appeal", appeal.confidence, open)],
  );
}

/** A section: a heading with its count, its lines, or what to say when there are none. */
function section(id: string, title: string, lines: HTMLLIElement[], none: string, counted = true): HTMLElement {
  return h(
    "section",
    { class: "part", id, "aria-labelledby": `${id}-title` },
    h("h2", { id: `${id}-title` }, counted ? `${title} (${lines.length})` : title),
    lines.length === 0 ? h("p", { class: "none" }, none) : h("ul", { class: "lines" }, ...lines),
  );
}

/** The answer's sections, ready to replace the previous ones. */
export function renderAnswer(answer: Answer, open: RecordLoader): Node[] {
  const states = (lines: readonly StateLine[]) => lines.map((l) => stateLine(l, open));
  const parts: Node[] = [];
  if (answer.afterAsOf)
    parts.push(
      h(
        "p",
        { class: "warning" },
        "This day is after the last day the data was checked; the answer assumes nothing changed since.",
      ),
    );
  parts.push(
    section("members", "Members", states(answer.members), "No member on this day on this basis."),
    ...(answer.suspended.length ? [section("suspended", "Suspended", states(answer.suspended), "")] : []),
    ...(answer.former.length ? [section("former", "Had left", states(answer.former), "")] : []),
    ...(answer.never.length ? [section("never", "Not members on this basis", states(answer.never), "")] : []),
    section(
      "chair",
      "Chair",
      answer.chair ? [chairLine(answer.chair, open)] : [],
      "No chair is recorded for this day.",
      false,
    ),
    section(
      "secretary-general",
      "Secretary-General",
      answer.secretaryGeneral ? [secretaryLine(answer.secretaryGeneral, open)] : [],
      "No Secretary-General is recorded for this day.",
      false,
    ),
    section(
      "summits",
      `Council sessions in ${answer.year}`,
      answer.summits.map((s) => summitLine(s, open)),
      `No session of the Collective Security Council is recorded in ${answer.year}.`,
    ),
    section(
      "operations",
      "Operations under way",
      answer.operations.map((o) => operationLine(o, open)),
      "No CSTO operation or mission was under way on this day.",
    ),
    section(
      "appeals",
      `Appeals in ${answer.year}`,
      answer.appeals.map((a) => appealLine(a, answer.day, open)),
      `No member appealed to the CSTO for help in ${answer.year}.`,
    ),
  );
  return parts;
}

/** One sentence for the live region: what changed when the day or the basis changed. */
export function summarize(answer: Answer): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    count(answer.members.length, "member", "members"),
    answer.suspended.length ? `${answer.suspended.length} suspended` : "",
    answer.former.length ? `${answer.former.length} had left` : "",
    `chair: ${answer.chair ? (stateOf(answer.chair.state)?.names.en ?? answer.chair.state) : "none recorded"}`,
    `Secretary-General: ${answer.secretaryGeneral?.name.en ?? "none"}`,
    answer.operations.length ? count(answer.operations.length, "operation under way", "operations under way") : "",
  ];
  return `On ${answer.day}, on the basis of ${BASIS_LABEL[answer.basis]}: ${parts.filter(Boolean).join("; ")}.`;
}
