// The second chunk: a record's sources and note, read with csto's sourcesOf and noteOf (they
// bring the sources, citations and notes tables, about 230 KB gzipped, which the first view
// never loads). main.ts imports this on the first opening of a record.
import { noteOf, type Source, sourcesOf } from "../../src/index";
import { h } from "./dom";

/** A record by its key: a state by its code (two capitals), any other record by its id. */
const recordOf = (key: string) => (/^[A-Z]{2}$/.test(key) ? { code: key } : { id: key });

function citation(source: Source): (Node | string)[] {
  const c = source.citation;
  if (c === undefined) return [];
  const parts = [c.authors?.join("; "), c.title, c.container, c.year, c.pages && `pp. ${c.pages}`];
  const ids = [c.doi && `doi:${c.doi}`, c.isbn && `ISBN ${c.isbn}`];
  return [h("span", { class: "citation" }, [...parts, ...ids].filter(Boolean).join(", "))];
}

function sourceItem(source: Source): HTMLLIElement {
  const lang = source.language;
  const title = source.url
    ? h("a", { href: source.url, rel: "noopener", lang }, source.title)
    : h("cite", { lang }, source.title);
  const dates = [
    source.published ? `published ${source.published}` : "date of publication not given",
    source.accessed ? `read ${source.accessed}` : "",
  ].filter(Boolean);
  return h(
    "li",
    { class: "source", "data-source": source.id },
    h("p", {}, title, " — ", h("span", { class: "publisher" }, source.publisher), `, ${dates.join(", ")}`),
    ...citation(source),
    source.url ? h("p", { class: "address" }, source.url) : null,
    source.quote ? h("blockquote", { lang: source.language }, source.quote) : null,
    source.quoteEnglish ? h("p", { class: "translation" }, "In English: ", source.quoteEnglish) : null,
  );
}

/** Fills a record's disclosure with its note and its sources. */
export function fillRecord(body: HTMLElement, key: string): void {
  const record = recordOf(key);
  const note = noteOf(record);
  const sources = sourcesOf(record);
  body.replaceChildren(
    note === undefined
      ? h("p", { class: "note none" }, "No note.")
      : h("p", { class: "note" }, h("strong", {}, "Note: "), note),
    h("p", { class: "sources-title" }, sources.length === 1 ? "1 source:" : `${sources.length} sources:`),
    h("ol", { class: "sources" }, ...sources.map(sourceItem)),
  );
}
