// The page's state lives in its address: the filters under the names GET /api/v1/events uses, plus
// what the page shows (view, the open event, the timeline's grouping). Back and forward replay it.

export const filterNames = ["from", "to", "place", "force", "role", "type", "q", "minFatalities", "bbox", "source"];


export function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return {
    filters,
    view: ["list", "review"].includes(params.get("view")) ? params.get("view") : "explore",
    event: Number.parseInt(params.get("event"), 10) || null,
    group: ["type", "force"].includes(params.get("group")) ? params.get("group") : "",
  };
}

export function toSearch(state) {
  const params = new URLSearchParams();
  for (const name of filterNames) if (state.filters[name]) params.set(name, state.filters[name]);
  if (state.view !== "explore") params.set("view", state.view);
  if (state.event) params.set("event", state.event);
  if (state.group) params.set("group", state.group);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export const sameFilters = (a, b) => filterNames.every((name) => (a.filters[name] ?? "") === (b.filters[name] ?? ""));

/** A new history entry for a user's change; replace for corrections the page makes itself. */
export function commit(state, { replace = false } = {}) {
  const url = `${location.pathname}${toSearch(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
}

