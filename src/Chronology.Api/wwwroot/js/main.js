// The explorer: filters in the address, a timeline and a map of the same filtered set that select
// together, the event panel, the list view and the editors' review queue.
import { editorKey, ApiError } from "./api.js";
import { byId, h, fill, words } from "./dom.js";
import { boundToDate } from "./dates.js";
import { loadEvents, loadStats, maxEvents } from "./events.js";
import { createTimeline } from "./timeline.js";
import { createMap } from "./map.js";
import { createPanel } from "./panel.js";
import { createList } from "./list.js";
import { createReview } from "./review.js";
import { autocomplete } from "./lookup.js";
import { commit, filterNames, readState, sameFilters } from "./state.js";
import { eventTypes } from "./vocabulary.js";

const countThreshold = 300; // more events than this in view: counts per period instead of items
const year = 365.25 * 24 * 3600 * 1000;

let state = readState();
let shown = null; // the state last applied
let loaded = { range: null, complete: false, events: [], filters: null };
let controller = null;

function status(text, isError = false) {
  const element = byId("status");
  element.textContent = text;
  element.classList.toggle("error", isError);
}

const timeline = createTimeline(byId("timeline"), { onSelect: select, onWindowChanged });
const map = createMap(byId("map"), { onSelect: select });
const panel = createPanel({
  onClose: () => {
    navigate({ ...state, event: null });
    byId("main").focus();
  },
  onShowSource: (id) => navigate({ ...state, filters: { source: String(id) }, event: null, view: "explore" }),
  onSelect: select,
  onSaved: () => loadFor(loaded.range),
});
const list = createList({ onSelect: select, status });
const review = createReview({ status, onShowEvent: (id) => navigate({ filters: {}, view: "explore", event: id, group: "" }) });

// ---- filters form ---------------------------------------------------------------------------
const form = byId("filter-form");
fill(byId("type-options"), eventTypes.map((type) => h("label", { class: "check" }, h("input", { type: "checkbox", name: "type", value: type }), ` ${words(type)}`)));
autocomplete(byId("f-place"), "places");
autocomplete(byId("f-force"), "forces");
if (matchMedia("(max-width: 760px)").matches) byId("filters-details").open = false;

function formFilters() {
  const data = new FormData(form);
  const filters = {};
  for (const name of ["from", "to", "place", "force", "role", "q", "minFatalities"]) {
    const value = String(data.get(name) ?? "").trim();
    if (value) filters[name] = value;
  }
  const types = data.getAll("type");
  if (types.length) filters.type = types.join(",");
  if (state.filters.bbox) filters.bbox = state.filters.bbox;
  if (state.filters.source) filters.source = state.filters.source;
  return filters;
}

function showFilters() {
  for (const name of ["from", "to", "place", "force", "role", "q", "minFatalities"]) form.elements[name].value = state.filters[name] ?? "";
  const types = (state.filters.type ?? "").split(",");
  for (const box of form.querySelectorAll("input[name=type]")) box.checked = types.includes(box.value);
  byId("types-summary").textContent = state.filters.type ? state.filters.type.split(",").map(words).join(", ") : "any";
  byId("f-group").value = state.group;
  byId("bbox-field").hidden = !state.filters.bbox;
  byId("bbox-text").textContent = state.filters.bbox ?? "";
  const parts = filterNames.filter((name) => state.filters[name]).map((name) => `${name}: ${state.filters[name]}`);
  byId("filter-summary").textContent = parts.length ? `— ${parts.join(" · ")}` : "— none";
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!form.elements.from.checkValidity() || !form.elements.to.checkValidity()) {
    showError("Dates are YYYY, YYYY-MM or YYYY-MM-DD.");
    return;
  }
  navigate({ ...state, filters: formFilters() });
});
byId("filter-reset").addEventListener("click", () => navigate({ ...state, filters: {}, event: null }));
byId("bbox-use").addEventListener("click", () => navigate({ ...state, filters: { ...formFilters(), bbox: map.bbox() } }));
byId("bbox-clear").addEventListener("click", () => {
  const filters = { ...state.filters };
  delete filters.bbox;
  navigate({ ...state, filters });
});
byId("f-group").addEventListener("change", () => navigate({ ...state, group: byId("f-group").value }));
byId("tl-zoom-in").addEventListener("click", () => timeline.zoom(0.5));
byId("tl-zoom-out").addEventListener("click", () => timeline.zoom(2));
byId("tl-fit").addEventListener("click", () => timeline.fitTo(loaded.events));
form.addEventListener("change", (event) => {
  if (event.target.name === "type") byId("types-summary").textContent = new FormData(form).getAll("type").map(words).join(", ") || "any";
});

function showError(text) {
  const element = byId("filter-error");
  element.textContent = text ?? "";
  element.hidden = !text;
}

// ---- views and the editor key -----------------------------------------------------------------
for (const link of document.querySelectorAll("[data-view]")) {
  link.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    navigate({ ...state, view: link.dataset.view });
  });
}

const dialog = byId("key-dialog");
function showKeyState() {
  const key = editorKey.get();
  byId("editor-key-button").textContent = key ? "Editor key ✓" : "Editor key";
  byId("editor-key-button").setAttribute("aria-label", key ? "Editor key (one is kept for this tab)" : "Editor key (none entered)");
}
byId("editor-key-button").addEventListener("click", () => {
  byId("key-input").value = "";
  dialog.showModal();
});
dialog.addEventListener("close", () => {
  if (dialog.returnValue === "save" && byId("key-input").value) editorKey.set(byId("key-input").value);
  if (dialog.returnValue === "forget") editorKey.set(null);
  showKeyState();
  review.keyChanged();
  if (state.event && state.view === "explore") panel.showEvent(state.event);
});
showKeyState();

// ---- loading --------------------------------------------------------------------------------
async function loadFor(range, { fit = false } = {}) {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  const filters = state.filters;
  status("Loading events…");
  showError(null);
  try {
    const span = range ? range.end - range.start : Infinity;
    const groupBy = span > 6 * year ? "year" : "month";
    const counts = await loadStats(filters, range, groupBy, signal).catch((error) => {
      if (error instanceof ApiError && error.status === 400) throw error;
      return null; // counts are an optimisation: without them the events themselves are drawn
    });
    const total = counts?.reduce((sum, item) => sum + item.events, 0) ?? 0;
    if (counts && total > countThreshold) {
      timeline.setCounts(counts, groupBy);
      const { events } = await loadEvents(filters, range, { max: 500, signal });
      map.setEvents(events, { fit });
      loaded = { range, complete: false, events, filters };
      byId("timeline-note").textContent = `${total} events: counts per ${groupBy}. Zoom in (or pick a period) to see the events.`;
      byId("map-note").textContent = `The map shows the first ${events.length} of them.`;
      status(`${total} events, shown as counts per ${groupBy}.`);
    } else {
      const { events, truncated } = await loadEvents(filters, range, { max: maxEvents, signal });
      timeline.setEvents(events, state.group);
      map.setEvents(events, { fit });
      loaded = { range, complete: !truncated, events, filters };
      byId("timeline-note").textContent = truncated ? `The first ${events.length} events in view; zoom in to see the rest.` : "";
      byId("map-note").textContent = events.some((e) => e.places.some((p) => p.lat != null)) ? "" : "No event in view has a place with coordinates.";
      status(`${events.length}${truncated ? "+" : ""} event${events.length === 1 ? "" : "s"} shown.`);
    }
    if (state.event) timeline.select(state.event);
    return true;
  } catch (error) {
    if (error.name === "AbortError") return false;
    showError(error instanceof ApiError ? `The filters were not accepted: ${error.message}` : `The events could not be loaded: ${error.message}`);
    status("The events could not be loaded.", true);
    timeline.setEvents([], "");
    map.setEvents([]);
    return false;
  }
}

function onWindowChanged({ start, end }) {
  if (!loaded.filters || !sameFilters({ filters: loaded.filters }, state) || state.view !== "explore") return;
  const covered = loaded.complete && (!loaded.range || (loaded.range.start <= start && loaded.range.end >= end));
  if (covered) return;
  const margin = (end - start) / 4;
  loadFor({ start: new Date(start.getTime() - margin), end: new Date(end.getTime() + margin) });
}

async function loadAll() {
  const ok = await loadFor(null, { fit: true });
  if (!ok) return;
  const from = boundToDate(state.filters.from, false);
  const to = boundToDate(state.filters.to, true);
  if (from && to) timeline.setWindow(from, to);
  else timeline.fitTo(loaded.events);
}

// ---- selection and navigation -------------------------------------------------------------------
function select(id) {
  if (!id) return;
  navigate({ ...state, event: id, view: state.view === "review" ? "explore" : state.view });
}

function navigate(next) {
  state = next;
  commit(state);
  apply();
}

async function apply() {
  const previous = shown;
  shown = state;
  showFilters();
  for (const link of document.querySelectorAll("[data-view]")) {
    if (link.dataset.view === state.view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  byId("explore-view").hidden = state.view !== "explore";
  byId("list-view").hidden = state.view !== "list";
  byId("review-view").hidden = state.view !== "review";
  byId("filters").hidden = state.view === "review";

  const filtersChanged = !previous || !sameFilters(previous, state);
  if (state.view === "explore") {
    map.invalidate();
    if (!loaded.filters || !sameFilters({ filters: loaded.filters }, state)) await loadAll();
    else if (previous.group !== state.group) timeline.setEvents(loaded.events, state.group);
  } else if (state.view === "list" && (filtersChanged || previous.view !== "list")) {
    list.show(state.filters);
  } else if (state.view === "review") {
    review.show();
  }

  if (state.view === "review") {
    panel.close();
  } else if (state.event) {
    const event = await panel.showEvent(state.event, { focus: previous?.event !== state.event && previous !== null });
    if (event && shown === state) {
      timeline.select(event.id);
      if (state.view === "explore") {
        timeline.reveal(event);
        map.select(event);
      }
    }
  } else {
    timeline.select(null);
    map.select(null);
    if (state.filters.source && state.view === "explore") panel.showSource(state.filters.source, loaded.events);
    else panel.close();
  }
  document.title = state.event ? `Event ${state.event} · Chronology explorer` : "Chronology explorer";
}

// Escape closes the open types list, else the event panel (dialogs handle their own Escape).
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || dialog.open) return;
  const types = byId("types-details");
  if (types.open) {
    types.open = false;
    types.querySelector("summary").focus();
  } else if (state.event) {
    navigate({ ...state, event: null });
    byId("main").focus();
  }
});
document.addEventListener("click", (event) => {
  const types = byId("types-details");
  if (types.open && !types.contains(event.target)) types.open = false;
});

addEventListener("popstate", () => {
  state = readState();
  apply();
});

// Keep filters a reader would lose in the address out of it: an empty parameter is dropped.
commit(state, { replace: true });
// "ready": the first view is drawn (the browser tests wait for it; the mark times the first view).
apply().then(() => {
  performance.mark("explorer-ready");
  document.body.classList.add("ready");
});
