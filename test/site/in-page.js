// Runs inside the page (added by test/site/harness.ts before any page script). Plain browser
// JavaScript, kept out of the TypeScript program so that src/ is never type-checked with the DOM.
// Each function returns plain data: a list of problems, empty when the page is right.
window.__site ??= {
  /** A short CSS path of an element, for messages: `div.col-content > table`. */
  pathOf(element) {
    const parts = [];
    for (let e = element; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      const classes = [...e.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join("");
      parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${classes}`);
    }
    return parts.join(" > ");
  },

  /** True when the element, or an ancestor below `column`, clips or scrolls what is wider. */
  clippedWithin(element, column) {
    for (let e = element.parentElement; e && e !== column; e = e.parentElement) {
      if (getComputedStyle(e).overflowX !== "visible") return true;
    }
    return false;
  },

  /** The right edge of an element's content: its padding (TypeDoc's headings have 24 px) is not content. */
  contentRight(element) {
    const style = getComputedStyle(element);
    return (
      element.getBoundingClientRect().right -
      Number.parseFloat(style.paddingRight) -
      Number.parseFloat(style.borderRightWidth)
    );
  },

  /**
   * Horizontal overflow: the page wider than the window, or an element of `selector` (the main
   * column) whose content reaches past the column's right edge (1 px of rounding allowed),
   * unless a scroll box inside the column holds it. Elements hidden or of no width are skipped.
   */
  overflow(selector) {
    const problems = [];
    const page = document.documentElement;
    if (page.scrollWidth > window.innerWidth + 1) {
      problems.push(`the page is ${page.scrollWidth} px wide in a ${window.innerWidth} px window`);
    }
    const column = document.querySelector(selector);
    if (column === null) return [...problems, `no element matches ${selector}`];
    const edge = column.getBoundingClientRect().right + 1;
    for (const element of column.querySelectorAll("*")) {
      if (element.getBoundingClientRect().width === 0) continue;
      const right = this.contentRight(element);
      if (right <= edge || this.clippedWithin(element, column)) continue;
      problems.push(
        `${this.pathOf(element)} ends at ${Math.round(right)} px, past the column's ${Math.round(edge - 1)} px`,
      );
      if (problems.length >= 8) break;
    }
    return problems;
  },

  /** Code blocks keep each line whole: no wrapping inside a statement, a scroll bar instead. */
  codeBlocksDoNotWrap(selector) {
    const problems = [];
    for (const pre of document.querySelectorAll(`${selector} pre`)) {
      const style = getComputedStyle(pre);
      if (style.whiteSpace !== "pre")
        problems.push(`${this.pathOf(pre)} wraps its lines (white-space: ${style.whiteSpace})`);
      if (!["auto", "scroll"].includes(style.overflowX))
        problems.push(`${this.pathOf(pre)} does not scroll (overflow-x: ${style.overflowX})`);
    }
    return problems;
  },

  /** Tables that need a sideways scroll bar to be read whole (they still never overflow). */
  tablesThatScroll(selector) {
    return [...document.querySelectorAll(`${selector} table`)]
      .filter((table) => table.scrollWidth > table.clientWidth + 1)
      .map(
        (table) =>
          `${this.pathOf(table)} (headed ${JSON.stringify(table.rows[0]?.textContent.trim().slice(0, 40))}) needs ${table.scrollWidth} px in ${table.clientWidth} px`,
      );
  },

  /** True when a text is drawn over a halo (a stroke under its fill) that hides what lies beneath. */
  hasHalo(text) {
    const style = getComputedStyle(text);
    return (
      style.paintOrder.startsWith("stroke") && Number.parseFloat(style.strokeWidth) >= 2 && style.stroke !== "none"
    );
  },

  /**
   * The SVG picture of the page (the timeline, inlined by test/site/harness.ts): no line runs through a text unless the
   * text is drawn after it over a halo, no two texts overlap, every text lies inside the picture, and no mark of
   * an operation or an appeal lies under a text.
   */
  svgProblems() {
    const problems = [];
    const svg = document.querySelector("svg");
    const frame = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll("text")].filter((t) => !t.parentElement.closest("text"));
    const boxes = texts.map((t) => t.getBoundingClientRect());
    const label = (i) => JSON.stringify(texts[i].textContent.trim());
    const meets = (a, b) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    texts.forEach((text, i) => {
      const box = boxes[i];
      if (
        box.left < frame.left - 0.5 ||
        box.right > frame.right + 0.5 ||
        box.top < frame.top - 0.5 ||
        box.bottom > frame.bottom + 0.5
      ) {
        problems.push(`text ${label(i)} runs out of the picture`);
      }
      for (let j = i + 1; j < texts.length; j++) {
        if (meets(box, boxes[j])) problems.push(`texts ${label(i)} and ${label(j)} overlap`);
      }
      for (const line of svg.querySelectorAll("line")) {
        const b = line.getBoundingClientRect();
        const span = { left: b.left - 0.5, right: b.right + 0.5, top: b.top, bottom: b.bottom };
        if (!meets(span, box)) continue;
        const behind = line.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING;
        if (!(behind && this.hasHalo(text)))
          problems.push(`a line at x=${Math.round(b.left)} runs through text ${label(i)}`);
      }
    });
    // The marks on the lanes (operations, appeals) lie under no text: each stays visible.
    for (const mark of svg.querySelectorAll(".mark")) {
      const box = mark.getBoundingClientRect();
      boxes.forEach((text, i) => {
        if (meets(box, text)) problems.push(`mark ${mark.dataset.record} lies under text ${label(i)}`);
      });
    }
    return problems;
  },

  /**
   * The smallest text of each picture in `selector` as a reader sees it, in CSS px: the SVG's
   * smallest font-size scaled by the width it is shown at.
   */
  async pictureTextSizes(selector) {
    const sizes = [];
    for (const img of document.querySelectorAll(`${selector} img`)) {
      if (!img.currentSrc.endsWith(".svg")) continue;
      const svg = new DOMParser().parseFromString(
        await (await fetch(img.currentSrc)).text(),
        "image/svg+xml",
      ).documentElement;
      const fonts = [...svg.querySelectorAll("[font-size]")].map((e) => Number.parseFloat(e.getAttribute("font-size")));
      const scale = img.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      sizes.push({ src: img.currentSrc.split("/").pop(), smallest: Math.round(Math.min(...fonts) * scale * 10) / 10 });
    }
    return sizes;
  },

  /**
   * The explorer's answer as it shows it: the day and basis, the record ids of each section,
   * the member codes in order, and each state's status, participation, records and words.
   */
  explorerShown() {
    const records = (selector) =>
      [...document.querySelectorAll(`#answer ${selector} li[data-record]`)].map((li) => li.dataset.record);
    const states = {};
    for (const li of document.querySelectorAll("#answer li[data-status]")) {
      states[li.dataset.state] = {
        status: li.dataset.status,
        participation: li.dataset.participation,
        records: [...li.querySelectorAll("details[data-record]")].map((d) => d.dataset.record),
        text: li.querySelector(".what").textContent,
      };
    }
    return {
      day: document.documentElement.dataset.day,
      basis: document.documentElement.dataset.basis,
      members: [...document.querySelectorAll("#members li[data-state]")].map((li) => li.dataset.state),
      states,
      chair: records("#chair"),
      secretaryGeneral: records("#secretary-general"),
      summits: records("#summits"),
      operations: records("#operations"),
      appeals: records("#appeals"),
    };
  },

  /** The visible top-level headings' texts: a page has one title. */
  titles() {
    return [...document.querySelectorAll("h1")]
      .filter((h) => h.getClientRects().length > 0 && getComputedStyle(h).visibility !== "hidden")
      .map((h) => h.textContent.trim());
  },
};
