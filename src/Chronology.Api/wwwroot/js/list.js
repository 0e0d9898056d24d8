// The list view: the same filtered set as text, 25 at a time, paged with the API's cursor.
import { get, hasSourceFilter } from "./api.js";
import { byId, fill, h, words } from "./dom.js";
import { resolvedText } from "./dates.js";

const pageSize = 25;

export function createList({ onSelect, status }) {
  const list = byId("event-list");
  const more = byId("list-more");
  const count = byId("list-count");
  let params = null;
  let cursor = null;
  let shown = 0;
  let generation = 0;

  async function loadPage() {
    const mine = generation;
    more.disabled = true;
    status("Loading events…");
    try {
      const bySource = params.source && !(await hasSourceFilter());
      const query = { ...params, limit: pageSize, cursor };
      if (bySource) delete query.source;
      const page = await get("events", query);
      if (mine !== generation) return;
      const items = bySource ? page.items.filter((e) => e.citations.some((c) => String(c.sourceId) === String(params.source))) : page.items;
      const first = shown === 0 ? null : list.children.length;
      list.append(...items.map(row));
      shown += items.length;
      cursor = page.nextCursor;
      more.hidden = !cursor;
      count.textContent = `${shown} event${shown === 1 ? "" : "s"}${cursor ? ", more to load" : ""}.`;
      status(`${shown} events in the list.`);
      // Keyboard users continue where the new rows begin.
      if (first !== null) list.children[first]?.querySelector("button")?.focus();
    } catch (error) {
      if (mine === generation) status(`The events could not be loaded: ${error.message}`, true);
    } finally {
      more.disabled = false;
    }
  }

  function row(event) {
    return h("li", { class: `row type-${event.type}` },
      h("button", { type: "button", class: "link row-title", onclick: () => onSelect(event.id) }, event.title),
      h("p", { class: "meta" },
        h("time", { datetime: event.start }, resolvedText(event)),
        event.dateText ? [" · as written: ", h("q", {}, event.dateText)] : null,
        event.approximate ? " · approximate" : "",
        ` · ${words(event.type)}`,
        event.fatalities != null ? ` · ${event.fatalities} deaths` : ""),
      h("p", { class: "meta" }, event.places.map((p) => p.name).join(", "), " — ", event.forces.map((f) => `${f.abbreviation || f.name} (${f.role})`).join(", ")));
  }

  more.addEventListener("click", loadPage);

  return {
    show(filters) {
      generation++;
      params = { ...filters };
      cursor = null;
      shown = 0;
      fill(list);
      return loadPage();
    },
  };
}
