// The map (Leaflet, no tile server): country outlines from world-atlas, one marker per place with its
// number of events, places close together on screen merged into a cluster (greedy, in screen pixels).
import { h } from "./dom.js";

const cell = 34; // px: places nearer than this on screen share a marker
const home = [[29.5, 35], [38.5, 48.5]]; // Syria and Iraq

export function createMap(container, { onSelect }) {
  const L = window.L;
  const map = L.map(container, { zoomSnap: 0.5, minZoom: 2, maxZoom: 12, worldCopyJump: true, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth (world-atlas) · Leaflet");
  map.fitBounds(home);
  const markers = L.layerGroup().addTo(map);
  const selection = L.layerGroup().addTo(map);
  let places = new Map(); // place id → { place, events }

  const outlines = fetch("vendor/world-atlas/countries-110m.json")
    .then((response) => response.json())
    .then((topology) => {
      const countries = window.topojson.feature(topology, topology.objects.countries);
      L.geoJSON(countries, { interactive: false, style: { className: "country", color: "#8a8f98", weight: 0.8, fillColor: "#f3efe6", fillOpacity: 1 } })
        .addTo(map)
        .bringToBack();
    });

  function icon(count, kind, label) {
    const size = Math.round(Math.min(44, 22 + Math.sqrt(count) * 5));
    return L.divIcon({ className: `marker ${kind}`, iconSize: [size, size], html: h("span", { "aria-hidden": "true" }, String(count)), alt: label });
  }

  function draw() {
    markers.clearLayers();
    const zoom = map.getZoom();
    // Greedy clustering in screen pixels: the busiest places first, each nearer than `cell` px to a
    // cluster's first place joins it (a grid would split neighbours that straddle a cell border).
    const clusters = [];
    const entries = [...places.values()].sort((a, b) => b.events.length - a.events.length);
    for (const entry of entries) {
      const point = map.project([entry.place.lat, entry.place.lon], zoom);
      const near = clusters.find((cluster) => cluster.point.distanceTo(point) < cell);
      if (near) near.entries.push(entry);
      else clusters.push({ point, entries: [entry] });
    }
    const cells = new Map(clusters.map((cluster, i) => [i, cluster.entries]));
    for (const group of cells.values()) {
      if (group.length === 1) {
        const { place, events } = group[0];
        const label = `${place.name}: ${events.length} event${events.length === 1 ? "" : "s"}`;
        const marker = L.marker([place.lat, place.lon], { icon: icon(events.length, "place", label), title: label, alt: label, keyboard: true, riseOnHover: true });
        marker.on("click", () => (events.length === 1 ? onSelect(events[0].id) : openList(marker, place.name, events)));
        marker.addTo(markers);
        marker.getElement()?.setAttribute("aria-label", label);
        marker.getElement()?.classList.add(`place-${place.id}`);
      } else {
        const count = new Set(group.flatMap((entry) => entry.events.map((e) => e.id))).size;
        const bounds = L.latLngBounds(group.map((entry) => [entry.place.lat, entry.place.lon]));
        const names = group.map((entry) => entry.place.name);
        const label = `${count} events at ${group.length} places (${names.slice(0, 4).join(", ")}${names.length > 4 ? ", …" : ""}): zoom in`;
        const marker = L.marker([group[0].place.lat, group[0].place.lon], { icon: icon(count, "cluster", label), title: label, alt: label, keyboard: true });
        marker.on("click", () => map.fitBounds(bounds.pad(0.5), { maxZoom: Math.max(zoom + 2, map.getBoundsZoom(bounds)) }));
        marker.addTo(markers);
        marker.getElement()?.setAttribute("aria-label", label);
      }
    }
  }

  function openList(marker, name, events) {
    const list = h("ul", { class: "popup-list" }, events.map((event) =>
      h("li", {}, h("button", { type: "button", class: "link", onclick: () => { map.closePopup(); onSelect(event.id); } }, `${event.start.slice(0, 7)} · ${event.title}`))));
    marker.bindPopup(h("div", {}, h("strong", {}, name), list), { maxWidth: 320 }).openPopup();
  }

  map.on("zoomend", draw);

  return {
    map,
    outlines,
    /** Shows the events' places; `fit` frames them (on a new filter), otherwise the reader's zoom is kept. */
    setEvents(events, { fit = false } = {}) {
      places = new Map();
      for (const event of events) {
        for (const place of event.places) {
          if (place.lat == null || place.lon == null) continue;
          if (!places.has(place.id)) places.set(place.id, { place, events: [] });
          places.get(place.id).events.push(event);
        }
      }
      if (fit && places.size) {
        // Frame Syria and Iraq when most places lie there (a far-off outlier should not shrink the map).
        const points = [...places.values()].map((entry) => [entry.place.lat, entry.place.lon]);
        const inHome = points.filter((point) => L.latLngBounds(home).contains(point)).length;
        map.fitBounds(inHome >= points.length * 0.8 ? L.latLngBounds(points.filter((point) => L.latLngBounds(home).contains(point))).pad(0.1) : L.latLngBounds(points).pad(0.1), { maxZoom: 6 });
      }
      draw();
    },
    select(event) {
      selection.clearLayers();
      const located = (event?.places ?? []).filter((place) => place.lat != null && place.lon != null);
      for (const place of located) {
        L.marker([place.lat, place.lon], { icon: L.divIcon({ className: "marker selected", iconSize: [30, 30] }), interactive: false, keyboard: false, zIndexOffset: 1000 })
          .addTo(selection);
      }
      if (located.length) {
        const bounds = L.latLngBounds(located.map((place) => [place.lat, place.lon]));
        if (!map.getBounds().contains(bounds)) map.fitBounds(bounds.pad(0.5), { maxZoom: Math.max(map.getZoom(), 6) });
      }
    },
    /** The visible area as the API's bbox: minLon,minLat,maxLon,maxLat. */
    bbox() {
      const b = map.getBounds();
      const round = (value) => Math.round(value * 1000) / 1000;
      const clamp = (value, limit) => Math.max(-limit, Math.min(limit, value));
      return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].map(round).join(",");
    },
    invalidate: () => map.invalidateSize(),
  };
}
