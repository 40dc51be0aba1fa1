// A few lines of DOM building: the page needs no framework.

type Child = Node | string | false | null | undefined;

/** An element with attributes (`false`/`null`/`undefined` ones left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | null | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === false || child === null || child === undefined) continue;
    element.append(child);
  }
  return element;
}

/** Text in another language, marked so that a screen reader reads it in that language. */
export const foreign = (lang: string, text: string) => h("span", { lang }, text);

/** The element of `id`, which the page's HTML always has. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`explorer: no element #${id}`);
  return element as T;
}
