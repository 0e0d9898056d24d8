// A source's text with quotes marked: rendered as text nodes and <mark> elements, never as HTML.
import { get } from "./api.js";
import { h, safeUrl } from "./dom.js";

const cache = new Map();

export function getSource(id) {
  if (!cache.has(id)) cache.set(id, get(`sources/${id}`).catch((error) => { cache.delete(id); throw error; }));
  return cache.get(id);
}

export const forgetSource = (id) => cache.delete(id);

/** Where each quote sits in the text: [{ start, end }] sorted, overlaps dropped. Prefers `at` when the quote starts there. */
export function locate(text, quotes) {
  const found = [];
  for (const { quote, at } of quotes) {
    if (!quote) continue;
    const start = Number.isInteger(at) && text.startsWith(quote, at) ? at : text.indexOf(quote);
    if (start >= 0) found.push({ start, end: start + quote.length });
  }
  found.sort((a, b) => a.start - b.start);
  return found.filter((range, i) => i === 0 || range.start >= found[i - 1].end);
}

/** The source's header: title, publisher, date, address. */
export function sourceHeader(source, headingLevel = "h3") {
  const url = safeUrl(source.url);
  return h("header", { class: "source-header" },
    h(headingLevel, {}, source.title || `Source ${source.id}`),
    h("p", { class: "meta" },
      [source.publisher, source.publishedOn, source.language && `language: ${source.language}`].filter(Boolean).join(" · ") || "Publisher and date not recorded",
      url ? [" · ", h("a", { href: url, rel: "noopener noreferrer external", target: "_blank" }, "original address")] : null));
}

/** The full text in a scrollable box, quotes marked; answers { box, marks }. */
export function sourceText(source, quotes, label) {
  const text = source.text ?? "";
  const ranges = locate(text, quotes);
  const box = h("div", { class: "source-text", tabindex: "0", role: "region", "aria-label": label });
  let at = 0;
  const marks = [];
  for (const range of ranges) {
    box.append(document.createTextNode(text.slice(at, range.start)));
    const mark = h("mark", {}, text.slice(range.start, range.end));
    marks.push(mark);
    box.append(mark);
    at = range.end;
  }
  box.append(document.createTextNode(text.slice(at)));
  return { box, marks, missing: quotes.length - ranges.length };
}

/** Scrolls a mark to the upper third of its box, without moving the page. */
export function scrollToMark(box, mark) {
  if (!mark) return;
  const top = mark.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTop = Math.max(0, top - box.clientHeight / 3);
}
