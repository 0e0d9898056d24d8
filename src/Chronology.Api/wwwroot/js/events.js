// Loading the filtered set for a date window: events page by page (at most `max`), or counts per
// period from GET /events/stats where the service has it and the window holds too many events to draw.
import { get, hasSourceFilter, hasStats } from "./api.js";
import { boundToDate, dayText, lastDay } from "./dates.js";

export const pageLimit = 500;
export const maxEvents = 1000;

/** The API parameters for the filters, narrowed to a window [start, end) of Dates. */
export function windowParams(filters, window) {
  const params = { ...filters };
  if (window) {
    const from = boundToDate(filters.from, false);
    const to = boundToDate(filters.to, true);
    const start = from && from > window.start ? from : window.start;
    const end = to && to < window.end ? to : window.end;
    params.from = dayText(start);
    params.to = lastDay(end > start ? end : start);
  }
  return params;
}

/** Up to `max` events of the filtered set in the window: { events, truncated }. */
export async function loadEvents(filters, window, { max = maxEvents, signal } = {}) {
  const params = windowParams(filters, window);
  const bySource = params.source && !(await hasSourceFilter());
  if (bySource) delete params.source;
  const events = [];
  let cursor = null;
  do {
    const page = await get("events", { ...params, limit: Math.min(pageLimit, max - events.length), cursor }, signal);
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && events.length < max);
  // Without the service's source filter, keep the events that cite the source (the pages above hold them all only when not truncated).
  const kept = bySource ? events.filter((e) => e.citations.some((c) => String(c.sourceId) === String(filters.source))) : events;
  return { events: kept, truncated: Boolean(cursor) };
}

/** Counts per year or month where the service has GET /events/stats; null where it does not. */
export async function loadStats(filters, window, groupBy, signal) {
  if (!(await hasStats())) return null;
  const params = windowParams(filters, window);
  if (params.source && !(await hasSourceFilter())) return null;
  const answer = await get("events/stats", { ...params, groupBy }, signal);
  return answer.items ?? [];
}
