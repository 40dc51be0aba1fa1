// The timeline of docs/timeline.svg and docs/timeline-narrow.svg, inlined in the page as
// scripts/timeline.ts drew it, made interactive through the data attributes it drew: a click
// on a lane, a bar, a chair or a mark moves the day there and opens its record; from the
// keyboard the picture is one stop of the Tab key, the arrow keys move between its records
// (left and right along a lane, up and down between lanes), Enter or Space opens one.
import { toEpochDay } from "./days";

export interface TimelineOptions {
  /** The last day the data was checked: clicks past it stop there. */
  readonly asOf: string;
  /** Moves the page to `day` (on the bar's basis, if it has one) and opens the record or the state's line. */
  go(day: string, basis: string | undefined, record: string | undefined, state: string | undefined): void;
}

const SVG = "http://www.w3.org/2000/svg";
const pictures = () => [...document.querySelectorAll<SVGSVGElement>(".timeline svg")];

/** The plot's scale, from the attributes the drawing carries. */
function scaleOf(svg: SVGSVGElement) {
  const first = toEpochDay(svg.dataset.first!);
  const end = toEpochDay(svg.dataset.end!);
  const left = Number(svg.dataset.left);
  const right = Number(svg.dataset.right);
  return {
    dayAt: (x: number) => first + Math.floor(((x - left) / (right - left)) * (end - first)),
    xOf: (day: string) =>
      left + ((Math.min(Math.max(toEpochDay(day), first), end) - first) / (end - first)) * (right - left),
  };
}

/** The day of a client x in the picture's own units. */
function dayAtClientX(svg: SVGSVGElement, clientX: number): number {
  const point = new DOMPoint(clientX, 0).matrixTransform(svg.getScreenCTM()!.inverse());
  return scaleOf(svg).dayAt(point.x);
}

const fromEpoch = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** The day a record's shape stands for: where it was clicked inside its days, or its first day. */
function dayOf(item: SVGElement, clicked: number | undefined, asOf: string): string {
  const from = toEpochDay(item.dataset.from!);
  if (clicked === undefined || item.classList.contains("mark")) return item.dataset.from!;
  const until = item.dataset.until ? toEpochDay(item.dataset.until) - 1 : toEpochDay(asOf);
  return fromEpoch(Math.max(from, Math.min(clicked, until, Math.max(from, toEpochDay(asOf)))));
}

/** A row of the keyboard's grid: a state's lane, or the chairs. */
const rowOf = (item: SVGElement) => (item.classList.contains("chair") ? "chair" : item.dataset.state!);

function label(item: SVGElement): string {
  const title = item.querySelector("title")?.textContent ?? item.dataset.record!;
  return `${title}. Go to ${item.dataset.from} and open its record.`;
}

/** The records of a picture in rows (top to bottom), each row left to right. */
function grid(svg: SVGSVGElement): SVGElement[][] {
  const rows = new Map<string, SVGElement[]>();
  for (const item of svg.querySelectorAll<SVGElement>("[data-record]")) {
    const row = rows.get(rowOf(item)) ?? [];
    row.push(item);
    rows.set(rowOf(item), row);
  }
  const box = (item: SVGElement) => item.getBoundingClientRect();
  return [...rows.values()]
    .map((row) => row.sort((a, b) => box(a).left - box(b).left))
    .sort((a, b) => box(a[0]!).top - box(b[0]!).top);
}

function moveFocus(from: SVGElement, to: SVGElement | undefined): void {
  if (to === undefined || to === from) return;
  from.setAttribute("tabindex", "-1");
  to.setAttribute("tabindex", "0");
  to.focus();
}

/** The arrow keys, Home and End move between records; Enter and Space open one. */
function onKey(svg: SVGSVGElement, event: KeyboardEvent, options: TimelineOptions): void {
  const item = (event.target as Element).closest<SVGElement>("[data-record]");
  if (item === null) return;
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    activate(item, undefined, options);
    return;
  }
  const rows = grid(svg);
  const r = rows.findIndex((row) => row.includes(item));
  const row = rows[r]!;
  const i = row.indexOf(item);
  const centre = (e: SVGElement) => e.getBoundingClientRect().left + e.getBoundingClientRect().width / 2;
  const nearest = (other: SVGElement[] | undefined) =>
    other?.reduce((best, e) => (Math.abs(centre(e) - centre(item)) < Math.abs(centre(best) - centre(item)) ? e : best));
  const targets: Record<string, SVGElement | undefined> = {
    ArrowRight: row[i + 1],
    ArrowLeft: row[i - 1],
    ArrowDown: nearest(rows[r + 1]),
    ArrowUp: nearest(rows[r - 1]),
    Home: row[0],
    End: row[row.length - 1],
  };
  if (!(event.key in targets)) return;
  event.preventDefault();
  moveFocus(item, targets[event.key]);
}

function activate(item: SVGElement, clicked: number | undefined, options: TimelineOptions): void {
  options.go(dayOf(item, clicked, options.asOf), item.dataset.basis, item.dataset.record, item.dataset.state);
}

/** A click on a record's shape, or anywhere on a state's lane. */
function onClick(svg: SVGSVGElement, event: MouseEvent, options: TimelineOptions): void {
  const clicked = dayAtClientX(svg, event.clientX);
  const item = (event.target as Element).closest<SVGElement>("[data-record]");
  if (item !== null) {
    activate(item, clicked, options);
    return;
  }
  const lane = [...svg.querySelectorAll<SVGRectElement>("rect.lane")].find((rect) => {
    const box = rect.getBoundingClientRect();
    return (
      box.top <= event.clientY && event.clientY < box.bottom && box.left <= event.clientX && event.clientX <= box.right
    );
  });
  if (lane === undefined) return;
  const day = fromEpoch(Math.min(clicked, toEpochDay(options.asOf)));
  options.go(day, undefined, undefined, lane.dataset.state);
}

export function bindTimeline(options: TimelineOptions): void {
  for (const svg of pictures()) {
    // Its parts are buttons now: a group named by its title, not one image described at length.
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-labelledby", svg.querySelector("title")!.id);
    svg.setAttribute("aria-describedby", "timeline-help");
    const items = [...svg.querySelectorAll<SVGElement>("[data-record]")];
    for (const item of items) {
      item.setAttribute("tabindex", "-1");
      item.setAttribute("role", "button");
      item.setAttribute("aria-label", label(item));
    }
    items[0]?.setAttribute("tabindex", "0");
    svg.addEventListener("click", (event) => onClick(svg, event, options));
    svg.addEventListener("keydown", (event) => onKey(svg, event, options));
  }
}

/** Draws (or moves) the line of the day shown across each picture's lanes. */
export function moveCursor(day: string): void {
  for (const svg of pictures()) {
    const lanes = [...svg.querySelectorAll<SVGRectElement>("rect.lane, rect.chair")];
    const top = Math.min(...lanes.map((rect) => rect.y.baseVal.value));
    const bottom = Math.max(...lanes.map((rect) => rect.y.baseVal.value + rect.height.baseVal.value));
    let cursor = svg.querySelector<SVGLineElement>("line.cursor");
    if (cursor === null) {
      cursor = document.createElementNS(SVG, "line");
      cursor.setAttribute("class", "cursor");
      cursor.setAttribute("aria-hidden", "true");
      svg.append(cursor);
    }
    const x = String(scaleOf(svg).xOf(day));
    cursor.setAttribute("x1", x);
    cursor.setAttribute("x2", x);
    cursor.setAttribute("y1", String(top - 4));
    cursor.setAttribute("y2", String(bottom + 4));
  }
}
