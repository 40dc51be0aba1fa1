// The explorer's page: reads ?day= and ?basis= (csto checks them), answers with answer.ts,
// draws the answer (view.ts), keeps the address, the field, the slider and the timeline in
// step, loads a record's sources on first opening, and registers the service worker that
// keeps the page usable offline.
import { type Answer, answer } from "./answer";
import { AS_OF, CstoError } from "./csto";
import { addDays, fromEpochDay, toEpochDay } from "./days";
import { byId, h } from "./dom";
import { bindTimeline, moveCursor } from "./timeline";
import { BASIS_LABEL, renderAnswer, summarize } from "./view";

/** The slider's first day; its last is asOf. */
const FIRST_DAY = "1992-01-01";
const DEFAULT_BASIS = "treaty";
/** How long the live region and the address wait for the slider to settle. */
const ANNOUNCE_AFTER_MS = 500;

const field = byId<HTMLInputElement>("day");
const slider = byId<HTMLInputElement>("slider");
const summary = byId("summary");
const answerArea = byId("answer");
const permalink = byId<HTMLAnchorElement>("permalink");
const bases = [...document.querySelectorAll<HTMLInputElement>("input[name=basis]")];

let current = { day: AS_OF, basis: DEFAULT_BASIS };
let announcement: ReturnType<typeof setTimeout> | undefined;

/** The page's address for a view, relative: the site may live under any base path. */
const address = (day: string, basis: string) => `?${new URLSearchParams({ day, basis }).toString()}${location.hash}`;

/** Shows the view of `day` on `basis`, or csto's refusal of them. */
function show(day: string, basis: string, options: { announce?: "now" | "later"; address?: boolean } = {}): void {
  let result: Answer;
  try {
    result = answer(day, basis);
  } catch (error) {
    if (!(error instanceof CstoError)) throw error;
    showRefusal(error, day);
    return;
  }
  current = { day: result.day, basis: result.basis };
  document.documentElement.dataset.day = result.day;
  document.documentElement.dataset.basis = result.basis;
  delete document.documentElement.dataset.error;
  if (document.activeElement !== field) field.value = result.day;
  field.removeAttribute("aria-invalid");
  const n = toEpochDay(result.day);
  slider.value = String(Math.min(Math.max(n, Number(slider.min)), Number(slider.max)));
  slider.setAttribute("aria-valuetext", result.day);
  for (const input of bases) input.checked = input.value === result.basis;
  answerArea.replaceChildren(...renderAnswer(result, openRecord));
  permalink.hidden = false;
  permalink.href = address(result.day, result.basis);
  permalink.textContent = `Link to ${result.day} on ${BASIS_LABEL[result.basis]}`;
  document.title = `${result.day}: the CSTO on any day · csto`;
  moveCursor(result.day);
  clearTimeout(announcement);
  // While the slider moves, the live region and the address wait for it to settle: a screen
  // reader is not flooded, and the browser does not throttle a stream of history updates.
  const say = () => {
    summary.textContent = summarize(result);
    if (options.address !== false) history.replaceState(null, "", address(result.day, result.basis));
  };
  if (options.announce === "later") announcement = setTimeout(say, ANNOUNCE_AFTER_MS);
  else say();
}

/** A day or basis csto refuses: its message, the day as given (to correct), and a way back to a day it answers. */
function showRefusal(error: CstoError, day: string): void {
  document.documentElement.dataset.error = error.code;
  field.value = day;
  field.setAttribute("aria-invalid", "true");
  slider.value = String(toEpochDay(current.day));
  permalink.hidden = true;
  const back = h("a", { href: address(current.day, current.basis) }, `Show ${current.day} instead`);
  back.addEventListener("click", (event) => {
    event.preventDefault();
    show(current.day, current.basis);
  });
  answerArea.replaceChildren(
    h(
      "div",
      { class: "refusal", id: "refusal" },
      h("h2", {}, "This day cannot be shown"),
      h("p", { class: "message" }, h("code", {}, error.code), " ", error.message),
      h("p", {}, "Days are written YYYY-MM-DD, such as 2010-03-01; the basis is treaty or organization. ", back, "."),
    ),
  );
  summary.textContent = error.message;
  document.title = "Not a day csto can answer · csto";
}

/**
 * The address of record.ts as built, relative to this module: written in by the build, which
 * bundles it on its own so that the tables it reads (sources, citations, notes) never share a
 * chunk with the first view's tables.
 */
declare const RECORD_CHUNK: string;
let recordChunk: Promise<typeof import("./record")> | undefined;

/** Fills a record's disclosure from the second chunk, loading it on the first opening. */
function openRecord(details: HTMLDetailsElement): void {
  if (details.dataset.loaded !== undefined) return;
  details.dataset.loaded = "loading";
  const body = details.querySelector<HTMLElement>(".record-body")!;
  recordChunk ??= import(RECORD_CHUNK) as Promise<typeof import("./record")>;
  recordChunk.then(
    (chunk) => {
      chunk.fillRecord(body, details.dataset.record!);
      details.dataset.loaded = "yes";
      keepRecordsOffline();
    },
    () => {
      recordChunk = undefined;
      delete details.dataset.loaded;
      body.textContent = "The sources could not be loaded: the page is offline and they were never opened online.";
    },
  );
}

/** Opens a record of the answer (the timeline's click), shows it and puts the focus on it. */
function revealRecord(key: string | undefined, state: string | undefined): void {
  const details =
    (key && answerArea.querySelector<HTMLDetailsElement>(`details[data-record="${CSS.escape(key)}"]`)) ||
    (state && answerArea.querySelector<HTMLDetailsElement>(`li[data-state="${CSS.escape(state)}"] details`)) ||
    null;
  if (details === null) return;
  details.open = true;
  openRecord(details);
  details.scrollIntoView({ block: "center" });
  details.querySelector("summary")!.focus();
}

/** Asks the service worker to keep the record chunk (once loaded) for offline use. */
function keepRecordsOffline(): void {
  navigator.serviceWorker?.ready
    .then((registration) => registration.active?.postMessage("keep-records"))
    .catch(() => {});
}

function bindControls(): void {
  slider.min = String(toEpochDay(FIRST_DAY));
  slider.max = String(toEpochDay(AS_OF));
  byId("controls").addEventListener("submit", (event) => {
    event.preventDefault();
    show(field.value.trim(), current.basis);
  });
  slider.addEventListener("input", () =>
    show(fromEpochDay(Number(slider.value)), current.basis, { announce: "later" }),
  );
  for (const input of bases) input.addEventListener("change", () => show(current.day, input.value));
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-days]")) {
    button.addEventListener("click", () =>
      show(addDays(current.day, Number(button.dataset.days ?? 0), Number(button.dataset.years ?? 0)), current.basis),
    );
  }
}

function start(): void {
  bindControls();
  bindTimeline({
    asOf: AS_OF,
    go: (day, basis, key, state) => {
      show(day, basis ?? current.basis);
      revealRecord(key, state);
    },
  });
  const params = new URLSearchParams(location.search);
  show(params.get("day") ?? AS_OF, params.get("basis") ?? DEFAULT_BASIS, { address: false });
  document.documentElement.dataset.ready = "true";
  if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
    navigator.serviceWorker.register("explorer-sw.js", { scope: "./explorer" }).catch(() => {});
  }
}

start();
