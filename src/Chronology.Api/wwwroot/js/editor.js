// Editing an event: the current version with its ETag, a PUT with If-Match, the API's field-level
// messages beside their fields, and a plain explanation of a 412.
import { ApiError, request } from "./api.js";
import { h, words } from "./dom.js";
import { autocomplete, resolveName } from "./lookup.js";
import { eventTypes, precisions, roles } from "./vocabulary.js";

let formCount = 0;

export async function editForm(id, { onSaved, onCancel }) {
  const { body: event, etag } = await request(`events/${id}`);
  const n = ++formCount;
  const fieldId = (name) => `edit${n}-${name}`;
  const errorSlots = {};
  const field = (name, label, control, hint) => {
    control.id = fieldId(name);
    control.name = name;
    errorSlots[name] = h("p", { class: "field-error", id: `${fieldId(name)}-error`, hidden: true });
    control.setAttribute("aria-describedby", `${fieldId(name)}-error`);
    return h("div", { class: "field wide" }, h("label", { for: control.id }, label), hint ? h("span", { class: "hint" }, hint) : null, control, errorSlots[name]);
  };
  const select = (options, value) => h("select", {}, options.map((option) => h("option", { value: option, selected: option === value }, words(option))));

  const places = [...event.places.map((p) => ({ id: p.id, name: p.name }))];
  const forces = [...event.forces.map((f) => ({ id: f.id, name: f.abbreviation || f.name, role: f.role }))];
  const placeList = h("ul", { class: "chips" });
  const forceList = h("ul", { class: "chips" });
  const drawLinks = () => {
    placeList.replaceChildren(...places.map((place, i) => h("li", {}, place.name,
      h("button", { type: "button", class: "quiet", "aria-label": `Remove ${place.name}`, onclick: () => { places.splice(i, 1); drawLinks(); } }, "×"))));
    forceList.replaceChildren(...forces.map((force, i) => {
      const role = select(roles, force.role);
      role.setAttribute("aria-label", `Role of ${force.name}`);
      role.addEventListener("change", () => { force.role = role.value; });
      return h("li", {}, force.name, " ", role,
        h("button", { type: "button", class: "quiet", "aria-label": `Remove ${force.name}`, onclick: () => { forces.splice(i, 1); drawLinks(); } }, "×"));
    }));
  };
  drawLinks();

  const addPlace = h("input", { list: `${fieldId("place-options")}`, placeholder: "add a place by name", autocomplete: "off" });
  const addForce = h("input", { list: `${fieldId("force-options")}`, placeholder: "add a force by name", autocomplete: "off" });
  const message = h("div", { class: "form-message", role: "alert" });
  const add = async (input, kind, target) => {
    if (!input.value.trim()) return;
    const found = await resolveName(kind, input.value).catch(() => null);
    if (!found) {
      message.replaceChildren(h("p", { class: "error" }, `No single ${kind === "places" ? "place" : "force"} is called “${input.value}”.`));
      return;
    }
    if (!target.some((item) => item.id === found.id)) target.push({ id: found.id, name: found.abbreviation || found.name, role: "participant" });
    input.value = "";
    drawLinks();
  };

  const controls = {
    title: h("input", { value: event.title, required: true }),
    summary: h("textarea", { rows: 4 }, event.summary),
    type: select(eventTypes, event.type),
    start: h("input", { value: event.start, placeholder: "YYYY-MM-DD" }),
    end: h("input", { value: event.end ?? "", placeholder: "YYYY-MM-DD, for spans" }),
    precision: select(precisions, event.precision),
    approximate: h("input", { type: "checkbox", checked: event.approximate }),
    dateText: h("input", { value: event.dateText ?? "" }),
    fatalities: h("input", { type: "number", min: 0, value: event.fatalities ?? "" }),
    notes: h("textarea", { rows: 3 }, event.notes ?? ""),
  };
  const form = h("form", { class: "edit-form", novalidate: true },
    h("p", { class: "note" }, `Editing version ${event.version}. Citations stay as they are.`),
    field("title", "Title", controls.title),
    field("summary", "Summary", controls.summary),
    field("type", "Type", controls.type),
    field("start", "Start", controls.start, "first day; for a month or year, its first day"),
    field("end", "End", controls.end),
    field("precision", "Precision", controls.precision),
    h("div", { class: "field check" }, controls.approximate, h("label", { for: fieldId("approximate") }, "Approximate date")),
    field("dateText", "Date as the source writes it", controls.dateText),
    field("fatalities", "Fatalities", controls.fatalities),
    field("notes", "Notes (what the source gets wrong)", controls.notes),
    h("fieldset", {}, h("legend", {}, "Places"), placeList,
      h("label", { for: fieldId("add-place") }, "Add a place"), addPlace, h("datalist", { id: fieldId("place-options") }),
      h("button", { type: "button", class: "quiet", onclick: () => add(addPlace, "places", places) }, "Add"), errorSlotFor("places")),
    h("fieldset", {}, h("legend", {}, "Forces"), forceList,
      h("label", { for: fieldId("add-force") }, "Add a force"), addForce, h("datalist", { id: fieldId("force-options") }),
      h("button", { type: "button", class: "quiet", onclick: () => add(addForce, "forces", forces) }, "Add"), errorSlotFor("forces")),
    message,
    h("p", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Save"), h("button", { type: "button", class: "quiet", onclick: onCancel }, "Cancel")));
  controls.approximate.id = fieldId("approximate");
  addPlace.id = fieldId("add-place");
  addForce.id = fieldId("add-force");
  queueMicrotask(() => { autocomplete(addPlace, "places"); autocomplete(addForce, "forces"); });

  function errorSlotFor(name) {
    errorSlots[name] = h("p", { class: "field-error", hidden: true });
    return errorSlots[name];
  }

  function showErrors(errors) {
    const others = [];
    for (const slot of Object.values(errorSlots)) slot.hidden = true;
    for (const control of Object.values(controls)) control.removeAttribute("aria-invalid");
    for (const [key, messages] of Object.entries(errors)) {
      const name = key.split(/[.[]/)[0].replace(/^\w/, (c) => c.toLowerCase());
      const slot = errorSlots[name];
      if (slot) {
        slot.textContent = messages.join(" ");
        slot.hidden = false;
        controls[name]?.setAttribute("aria-invalid", "true");
      } else others.push(...messages);
    }
    return others;
  }

  form.addEventListener("submit", async (submit) => {
    submit.preventDefault();
    const body = {
      title: controls.title.value,
      summary: controls.summary.value,
      type: controls.type.value,
      start: controls.start.value || null,
      end: controls.end.value || null,
      precision: controls.precision.value,
      approximate: controls.approximate.checked,
      dateText: controls.dateText.value || null,
      fatalities: controls.fatalities.value === "" ? null : Number(controls.fatalities.value),
      places: places.map((place) => ({ id: place.id })),
      forces: forces.map((force) => ({ id: force.id, role: force.role })),
      citations: event.citations,
      parentId: event.parentId,
      notes: controls.notes.value || null,
    };
    message.replaceChildren(h("p", { class: "note" }, "Saving…"));
    try {
      const saved = await request(`events/${id}`, { method: "PUT", body, headers: { "If-Match": etag } });
      onSaved(saved.body);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 412) {
        message.replaceChildren(h("p", { class: "error" },
          "Someone else changed this event after you opened it, so your version was not saved (nothing was lost on the server). ",
          "Reload to see their version, then make your change again."),
        h("button", { type: "button", class: "primary", onclick: onCancel }, "Reload the event"));
      } else if (error.status === 401 || error.status === 403) {
        message.replaceChildren(h("p", { class: "error" }, error.status === 401 ? "The editor key was not accepted. Enter it again (Editor key, top right)." : "This key may read but not edit."));
      } else {
        const others = showErrors(error.errors);
        message.replaceChildren(h("p", { class: "error" }, error.message), others.length ? h("ul", {}, others.map((text) => h("li", {}, text))) : null);
        form.querySelector("[aria-invalid=true]")?.focus();
      }
    }
  });
  return form;
}
