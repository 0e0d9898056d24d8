// The event panel: an event with its dates as written and as resolved, places with their ancestors,
// forces with roles, notes, and every citation shown in its source with the quoted words marked.
// With no event open but a source filter set, it shows that source and the events drawn from it.
import { get, editorKey } from "./api.js";
import { byId, fill, h, words } from "./dom.js";
import { resolvedText } from "./dates.js";
import { getSource, scrollToMark, sourceHeader, sourceText } from "./sources.js";
import { editForm } from "./editor.js";

const placeCache = new Map();
const getPlace = (id) => {
  if (!placeCache.has(id)) placeCache.set(id, get(`places/${id}`).catch(() => null));
  return placeCache.get(id);
};

export function createPanel({ onClose, onShowSource, onSelect, onSaved }) {
  const panel = byId("panel");
  const body = byId("panel-body");
  const heading = byId("panel-heading");
  let shown = null; // what the panel shows, so a late answer for something else is dropped
  byId("panel-close").addEventListener("click", onClose);

  function open(title, focus) {
    panel.hidden = false;
    heading.textContent = title;
    document.body.classList.add("with-panel");
    if (focus) heading.focus({ preventScroll: false });
  }

  async function showEvent(id, { focus = false } = {}) {
    shown = `event:${id}`;
    open("Event", focus);
    fill(body, h("p", { class: "note" }, "Loading the event…"));
    let event;
    try {
      event = await get(`events/${id}`);
    } catch (error) {
      if (shown === `event:${id}`) fill(body, h("p", { class: "error" }, `Event ${id} could not be loaded: ${error.message}`));
      return null;
    }
    if (shown !== `event:${id}`) return null;
    renderEvent(event);
    return event;
  }

  function renderEvent(event) {
    const key = editorKey.get();
    const places = h("ul", { class: "plain" }, event.places.map((place) => {
      const item = h("li", {}, h("strong", {}, place.name), ` (${words(place.kind)})`);
      getPlace(place.id).then((full) => {
        if (full?.ancestors?.length) item.append(h("span", { class: "ancestors" }, ` in ${full.ancestors.map((a) => a.name).join(" › ")}`));
      });
      return item;
    }));
    const forces = h("ul", { class: "plain" }, event.forces.map((force) =>
      h("li", {}, h("strong", {}, force.abbreviation ? `${force.name} (${force.abbreviation})` : force.name), " — ", h("span", { class: `role role-${force.role}` }, force.role))));
    const article = h("article", { class: "event", "aria-labelledby": "event-title" },
      h("h3", { id: "event-title" }, event.title),
      h("p", { class: "summary" }, event.summary),
      h("dl", { class: "facts" },
        h("dt", {}, "Type"), h("dd", {}, words(event.type)),
        h("dt", {}, "Date as written"), h("dd", {}, event.dateText ? h("q", {}, event.dateText) : "—"),
        h("dt", {}, "Date as resolved"), h("dd", {}, h("time", { datetime: event.start }, resolvedText(event))),
        h("dt", {}, "Precision"), h("dd", {}, event.precision, event.approximate ? h("span", { class: "badge approximate" }, "approximate") : null),
        h("dt", {}, "Fatalities"), h("dd", {}, event.fatalities ?? "not given"),
        event.parentId ? [h("dt", {}, "Part of"), h("dd", {}, h("button", { type: "button", class: "link", onclick: () => onSelect(event.parentId) }, `event ${event.parentId}`))] : null),
      h("h4", {}, "Places"), places,
      h("h4", {}, "Forces"), forces,
      event.notes ? h("section", { class: "notes", "aria-label": "Notes on the source" }, h("h4", {}, "⚠ Notes: what the source gets wrong or leaves unclear"), h("p", {}, event.notes)) : null,
      h("h4", {}, `Citations (${event.citations.length})`),
      h("div", { class: "citations" }, event.citations.map((citation, i) => citationBlock(citation, i))),
      key ? h("p", { class: "actions" }, h("button", { type: "button", class: "primary", onclick: () => edit(event.id) }, "Edit this event")) : null,
      h("p", { class: "meta" }, `Event ${event.id} · version ${event.version} · updated ${event.updatedAt.slice(0, 10)}`));
    fill(body, article);
    heading.textContent = "Event";
  }

  function citationBlock(citation, index) {
    const block = h("section", { class: "citation", "aria-label": `Citation ${index + 1}` },
      h("blockquote", {}, citation.quote),
      h("p", { class: "note" }, "Loading the source…"));
    getSource(citation.sourceId).then((source) => {
      const { box, marks, missing } = sourceText(source, [{ quote: citation.quote }], `Text of “${source.title}”, the quote marked`);
      fill(block,
        h("blockquote", {}, citation.quote),
        sourceHeader(source, "h5"),
        missing ? h("p", { class: "error" }, "The quote was not found verbatim in this text.") : null,
        box,
        h("p", {}, h("button", { type: "button", class: "link", onclick: () => onShowSource(source.id) }, "All events drawn from this source")));
      requestAnimationFrame(() => scrollToMark(box, marks[0]));
    }, (error) => fill(block, h("blockquote", {}, citation.quote), h("p", { class: "error" }, `Source ${citation.sourceId} could not be loaded: ${error.message}`)));
    return block;
  }

  /** The source view: its header, its text with every quote of its events marked, the events themselves. */
  async function showSource(id, events) {
    shown = `source:${id}`;
    open("Source");
    fill(body, h("p", { class: "note" }, "Loading the source…"));
    try {
      const source = await getSource(id);
      if (shown !== `source:${id}`) return;
      const quotes = events.flatMap((event) => event.citations.filter((c) => String(c.sourceId) === String(id)).map((c) => ({ quote: c.quote })));
      const { box } = sourceText(source, quotes, `Text of “${source.title}”, every quote of its events marked`);
      fill(body,
        sourceHeader(source, "h3"),
        h("h4", {}, `Events drawn from it (${events.length})`),
        h("ul", { class: "plain source-events" }, events.map((event) =>
          h("li", {}, h("button", { type: "button", class: "link", onclick: () => onSelect(event.id) }, `${event.start} · ${event.title}`)))),
        h("h4", {}, "Text"),
        box);
    } catch (error) {
      fill(body, h("p", { class: "error" }, `Source ${id} could not be loaded: ${error.message}`));
    }
  }

  async function edit(id) {
    shown = `edit:${id}`;
    heading.textContent = "Edit event";
    fill(body, h("p", { class: "note" }, "Loading the current version…"));
    try {
      fill(body, await editForm(id, { onSaved: (event) => { onSaved(event); renderEvent(event); shown = `event:${id}`; }, onCancel: () => showEvent(id) }));
      body.querySelector("input")?.focus();
    } catch (error) {
      fill(body, h("p", { class: "error" }, `Event ${id} could not be loaded for editing: ${error.message}`));
    }
  }

  function close() {
    shown = null;
    panel.hidden = true;
    document.body.classList.remove("with-panel");
  }

  return { showEvent, showSource, close };
}
