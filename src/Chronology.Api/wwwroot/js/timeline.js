// The timeline (vis-timeline, standalone build): events as points, spans and month/year periods as
// ranges, approximate dates dashed; counts per period when zoomed far out over many events.
import { h, debounce, words } from "./dom.js";
import { endOf, parseDay } from "./dates.js";

const day = 24 * 3600 * 1000;

export function createTimeline(container, { onSelect, onWindowChanged }) {
  const { Timeline, DataSet } = window.vis;
  const items = new DataSet();
  const groups = new DataSet();
  const timeline = new Timeline(container, items, {
    height: "100%",
    stack: true,
    verticalScroll: true,
    zoomKey: "ctrlKey",
    horizontalScroll: false,
    showCurrentTime: false,
    selectable: true,
    zoomMin: 14 * day,
    zoomMax: 40 * 365 * day,
    min: new Date(Date.UTC(1990, 0, 1)),
    max: new Date(Date.UTC(2040, 0, 1)),
    margin: { item: { horizontal: 4, vertical: 4 } },
    orientation: { axis: "top", item: "top" },
    moment: (date) => window.vis.moment(date).utc(),
  });
  let mode = "events";

  // A click on an item's button (mouse or keyboard) selects through the button's own click event; a
  // tap elsewhere on an item (the bar of a long span) through vis' select event.
  timeline.on("select", ({ items: selected, event }) => {
    if (!selected.length) return;
    const id = String(selected[0]);
    if (id.startsWith("agg:")) {
      const item = items.get(id);
      timeline.setWindow(item.start, item.end);
      return;
    }
    if (!event?.target?.closest?.("button[data-event-id]")) onSelect(Number.parseInt(id, 10));
  });
  container.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-event-id]");
    if (button) onSelect(Number(button.dataset.eventId));
  });
  // Debounced, and the window read when the wait is over: the last word is where the reader stopped.
  const changed = debounce(() => onWindowChanged(timeline.getWindow()), 400);
  timeline.on("rangechanged", changed);

  function itemFor(event, group, suffix = "") {
    const span = Boolean(event.end);
    const period = !span && event.precision !== "day";
    const classes = [
      `precision-${event.precision}`,
      `type-${event.type}`,
      span ? "span" : period ? "period" : "moment",
      event.approximate ? "approximate" : "",
      `event-${event.id}`,
    ];
    const label = `${event.title} (${event.dateText || event.start})`;
    return {
      id: `${event.id}${suffix}`,
      group,
      type: span || period ? "range" : "point",
      start: parseDay(event.start),
      end: span || period ? endOf(event) : undefined,
      className: classes.filter(Boolean).join(" "),
      content: h("button", { type: "button", class: "tl-item", dataset: { eventId: event.id }, title: label }, event.title),
    };
  }

  return {
    timeline,
    get mode() {
      return mode;
    },
    setEvents(events, groupBy) {
      mode = "events";
      const rows = [];
      const groupNames = new Set();
      for (const event of events) {
        if (groupBy === "type") {
          rows.push(itemFor(event, event.type));
          groupNames.add(event.type);
        } else if (groupBy === "force") {
          const forces = event.forces.length ? event.forces : [{ id: 0, name: "no force" }];
          for (const force of forces) {
            rows.push(itemFor(event, force.abbreviation || force.name, `/${force.id}/${force.role ?? ""}`));
            groupNames.add(force.abbreviation || force.name);
          }
        } else rows.push(itemFor(event));
      }
      groups.clear();
      if (groupBy) {
        groups.add([...groupNames].sort().map((name) => ({ id: name, content: h("span", {}, groupBy === "type" ? words(name) : name) })));
        timeline.setGroups(groups);
      } else timeline.setGroups(null);
      items.clear();
      items.add(rows);
    },
    setCounts(counts, groupBy) {
      mode = "counts";
      timeline.setGroups(null);
      items.clear();
      items.add(counts.map((count) => {
        const [y, m] = count.key.split("-").map(Number);
        const start = new Date(Date.UTC(y, (m || 1) - 1, 1));
        const end = groupBy === "month" ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y + 1, 0, 1));
        const text = `${count.events} events${count.fatalities ? ` · ${count.fatalities} deaths` : ""}`;
        return { id: `agg:${count.key}`, type: "range", start, end, className: "aggregate", content: h("span", { title: `${count.label ?? count.key}: ${text}` }, text) };
      }));
    },
    select(eventId) {
      const ids = eventId ? items.getIds().filter((id) => Number.parseInt(String(id), 10) === eventId) : [];
      timeline.setSelection(ids);
    },
    /** Brings an event into view without changing the zoom more than needed. */
    reveal(event) {
      const start = parseDay(event.start);
      const end = endOf(event);
      const { start: from, end: to } = timeline.getWindow();
      if (start >= from && end <= to) return;
      const width = Math.max(to - from, (end - start) * 1.5, 60 * day);
      const middle = (start.getTime() + end.getTime()) / 2;
      timeline.setWindow(new Date(middle - width / 2), new Date(middle + width / 2), { animation: false });
    },
    /** Frames the events with a margin (vis' own fit crowds a lone event against the edge). */
    fitTo(events) {
      if (!events.length) return;
      let start = Infinity;
      let end = -Infinity;
      for (const event of events) {
        start = Math.min(start, parseDay(event.start).getTime());
        end = Math.max(end, endOf(event).getTime());
      }
      const pad = Math.max((end - start) * 0.04, 45 * day);
      timeline.setWindow(new Date(start - pad), new Date(end + pad), { animation: false });
    },
    setWindow(start, end) {
      timeline.setWindow(start, end, { animation: false });
    },
    getWindow: () => timeline.getWindow(),
    zoom(factor) {
      if (factor > 1) timeline.zoomOut(factor - 1);
      else timeline.zoomIn(1 - factor);
    },
  };
}
