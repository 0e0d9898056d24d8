// The review queue for editors: import a document, run extraction, then go through the pending
// proposals (highest confidence first) with the sentence marked in the source text, resolve unknown
// names, and accept, merge into a matching event, or reject. Keys: j/k next/previous, a, m, r.
import { ApiError, editorKey, get, request } from "./api.js";
import { byId, fill, h, words } from "./dom.js";
import { getSource, forgetSource, scrollToMark, sourceHeader, sourceText } from "./sources.js";
import { eventTypes, forceKinds, placeKinds, roles } from "./vocabulary.js";

export function createReview({ status, onShowEvent }) {
  const card = byId("proposal");
  const position = byId("review-position");
  const errorBox = byId("review-error");
  const sourceInput = byId("rq-source");
  let queue = [];
  let index = 0;
  let current = null; // the proposal on screen, with the reviewer's choices

  const showError = (text) => {
    errorBox.textContent = text ?? "";
    errorBox.hidden = !text;
  };
  const explain = (error, what) => {
    if (!(error instanceof ApiError)) return `${what} failed: ${error.message}`;
    if (error.status === 401) return `${what}: the editor key was not accepted.`;
    if (error.status === 403) return `${what}: this key may not edit.`;
    if (error.status === 404 || error.status === 405) return `${what}: the service does not offer this yet (${error.status}).`;
    if (error.status === 409) return `${what}: this proposal was already decided.`;
    const fields = Object.entries(error.errors).map(([name, messages]) => `${name}: ${messages.join(" ")}`);
    return `${what}: ${error.message}${fields.length ? ` (${fields.join("; ")})` : ""}`;
  };

  byId("import-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    showError(null);
    const data = new FormData(event.target);
    for (const [name, value] of [...data.entries()]) if (value === "") data.delete(name);
    status("Importing the document…");
    try {
      const { body: source } = await request("sources/import", { method: "POST", body: data });
      sourceInput.value = source.id;
      status(`Imported as source ${source.id}. Run extraction next.`);
      byId("rq-extract").focus();
    } catch (error) {
      showError(explain(error, "Import"));
      status("");
    }
  });

  byId("queue-form").addEventListener("submit", (event) => {
    event.preventDefault();
    loadQueue();
  });

  byId("rq-extract").addEventListener("click", async () => {
    showError(null);
    if (!sourceInput.value) {
      showError("Enter the id of a source (or import a document) first.");
      return;
    }
    status("Running extraction…");
    try {
      const { body } = await request(`sources/${sourceInput.value}/extractions`, { method: "POST" });
      status(`Extraction done: ${body.items.length} proposals for this source.`);
      await loadQueue();
    } catch (error) {
      showError(explain(error, "Extraction"));
      status("");
    }
  });

  async function loadQueue() {
    showError(null);
    const sourceId = sourceInput.value;
    if (!sourceId) return;
    status("Loading pending proposals…");
    try {
      const items = [];
      let cursor = null;
      do {
        const page = await get("proposals", { sourceId, status: "pending", limit: 200, cursor });
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && items.length < 2000);
      queue = items.sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0));
      index = 0;
      forgetSource(Number(sourceId));
      status(`${queue.length} pending proposals.`);
      await render();
    } catch (error) {
      showError(explain(error, "Loading the queue"));
      status("");
    }
  }

  async function render() {
    if (!queue.length) {
      current = null;
      position.textContent = "No pending proposals for this source.";
      fill(card);
      return;
    }
    index = Math.max(0, Math.min(index, queue.length - 1));
    const proposal = queue[index];
    current = {
      proposal,
      places: proposal.places.map((p) => ({ id: p.id, name: p.name })),
      forces: proposal.forces.map((f) => ({ id: f.id, name: f.name, role: f.role ?? "participant" })),
      merge: proposal.matches?.[0]?.eventId ?? null,
    };
    position.textContent = `Proposal ${index + 1} of ${queue.length} · confidence ${Math.round((proposal.confidence ?? 0) * 100)}%`;
    const title = h("input", { id: "rv-title", value: proposal.title ?? "" });
    const summary = h("textarea", { id: "rv-summary", rows: 3 }, proposal.summary ?? "");
    const type = h("select", { id: "rv-type" }, eventTypes.map((t) => h("option", { value: t, selected: t === proposal.type }, words(t))));
    const reason = h("input", { id: "rv-reason", placeholder: "optional" });
    current.controls = { title, summary, type, reason };
    const links = h("div", { class: "links" });
    const drawLinks = () => fill(links,
      h("p", {}, h("strong", {}, "Places: "), current.places.map((p) => p.name).join(", ") || "none yet"),
      h("p", {}, h("strong", {}, "Forces: "), current.forces.map((f) => `${f.name} (${f.role})`).join(", ") || "none yet"));
    drawLinks();
    current.drawLinks = drawLinks;

    const textBox = h("div", { class: "note" }, "Loading the source text…");
    byId("import-details").open = false;
    fill(card,
      h("article", { class: "proposal-card", "aria-labelledby": "rv-heading" }, h("div", { class: "proposal-fields" },
        h("h3", { id: "rv-heading" }, proposal.title || "Untitled proposal"),
        h("div", { class: "field wide" }, h("label", { for: "rv-title" }, "Title"), title),
        h("div", { class: "field wide" }, h("label", { for: "rv-summary" }, "Summary"), summary),
        h("div", { class: "field" }, h("label", { for: "rv-type" }, "Type"), type),
        h("p", { class: "meta" }, `Date: ${proposal.start ?? "?"}${proposal.end ? ` – ${proposal.end}` : ""} (${proposal.precision ?? "?"}${proposal.approximate ? ", approximate" : ""})`,
          proposal.dateText ? [" · as written: ", h("q", {}, proposal.dateText)] : null,
          proposal.fatalities != null ? ` · ${proposal.fatalities} deaths` : ""),
        links,
        unresolvedBlock(proposal),
        matchesBlock(proposal),
        h("div", { class: "field wide" }, h("label", { for: "rv-reason" }, "Reason, if rejecting"), reason),
        h("p", { class: "actions" },
          h("button", { type: "button", class: "primary", onclick: accept }, h("kbd", {}, "a"), " Accept"),
          h("button", { type: "button", class: "quiet", onclick: merge, disabled: !proposal.matches?.length }, h("kbd", {}, "m"), " Merge"),
          h("button", { type: "button", class: "quiet", onclick: reject }, h("kbd", {}, "r"), " Reject"),
          h("button", { type: "button", class: "quiet", onclick: () => move(-1) }, h("kbd", {}, "k"), " Previous"),
          h("button", { type: "button", class: "quiet", onclick: () => move(1) }, h("kbd", {}, "j"), " Next"))),
        h("section", { class: "proposal-source", "aria-label": "The proposal in its source" }, h("h4", {}, "In its source"), textBox)));
    try {
      const source = await getSource(proposal.sourceId);
      if (current?.proposal !== proposal) return;
      const { box, marks } = sourceText(source, [{ quote: proposal.quote, at: proposal.quoteStart }], "Source text, the proposal's sentence marked");
      textBox.replaceWith(h("div", {}, sourceHeader(source, "h5"), box));
      requestAnimationFrame(() => scrollToMark(box, marks[0]));
    } catch (error) {
      fill(textBox, `The source could not be loaded: ${error.message}`);
    }
  }

  function unresolvedBlock(proposal) {
    if (!proposal.unresolved?.length) return null;
    return h("fieldset", { class: "unresolved" }, h("legend", {}, "Names the extraction could not resolve"),
      proposal.unresolved.map((item, i) => {
        const id = `rv-unresolved-${i}`;
        const choose = h("select", { id }, h("option", { value: "" }, "— leave out —"),
          (item.suggestions ?? []).map((s) => h("option", { value: s.id }, s.name)));
        const role = item.kind === "force" ? h("select", { "aria-label": `Role of ${item.text}` }, roles.map((r) => h("option", { value: r }, r))) : null;
        const row = h("div", { class: "field wide" },
          h("label", { for: id }, `${item.kind === "force" ? "Force" : "Place"} “${item.text}”`), choose, role,
          h("button", { type: "button", class: "quiet", onclick: () => createFor(item, row, choose) }, `Create a new ${item.kind}`));
        const apply = () => {
          const target = item.kind === "force" ? current.forces : current.places;
          const key = `unresolved:${i}`;
          const at = target.findIndex((entry) => entry.from === key);
          if (at >= 0) target.splice(at, 1);
          if (choose.value) target.push({ id: Number(choose.value), name: choose.selectedOptions[0].textContent, role: role?.value ?? "participant", from: key });
          current.drawLinks();
        };
        choose.addEventListener("change", apply);
        role?.addEventListener("change", apply);
        return row;
      }));
  }

  function createFor(item, row, choose) {
    const kinds = item.kind === "force" ? forceKinds : placeKinds;
    const name = h("input", { value: item.text, "aria-label": `Name of the new ${item.kind}` });
    const kind = h("select", { "aria-label": `Kind of the new ${item.kind}` }, kinds.map((k) => h("option", { value: k }, words(k))));
    const form = h("div", { class: "create" }, name, kind,
      h("button", { type: "button", class: "primary", onclick: async () => {
        try {
          const { body } = await request(item.kind === "force" ? "forces" : "places", { method: "POST", body: { name: name.value, kind: kind.value, aliases: [] } });
          choose.append(h("option", { value: body.id }, body.name));
          choose.value = String(body.id);
          choose.dispatchEvent(new Event("change"));
          form.remove();
          choose.focus();
        } catch (error) {
          showError(explain(error, `Creating the ${item.kind}`));
        }
      } }, "Create"));
    row.append(form);
    name.focus();
  }

  function matchesBlock(proposal) {
    if (!proposal.matches?.length) return h("p", { class: "note" }, "No existing event looks like this one.");
    return h("fieldset", { class: "matches" }, h("legend", {}, "Matching events (merge adds the citation to the chosen one)"),
      proposal.matches.map((match, i) => h("div", { class: "check" },
        h("input", { type: "radio", name: "rv-merge", id: `rv-merge-${i}`, value: match.eventId, checked: i === 0, onchange: () => { current.merge = match.eventId; } }),
        h("label", { for: `rv-merge-${i}` }, `${match.title} (${match.start}) — ${match.reason}`))));
  }

  async function decide(path, body, what) {
    if (!current) return;
    const proposal = current.proposal;
    const outcome = byId("review-outcome");
    showError(null);
    fill(outcome);
    try {
      const { body: answer } = await request(`proposals/${proposal.id}/${path}`, { method: "POST", body });
      queue.splice(index, 1);
      await render();
      const eventId = answer?.id ?? answer?.eventId;
      fill(outcome, h("p", { class: "success" }, `${what}: “${proposal.title}”.`,
        eventId && path === "accept" ? [" ", h("button", { type: "button", class: "link", id: "rv-show-event", dataset: { eventId }, onclick: () => onShowEvent(eventId) }, `Show event ${eventId} on the timeline`)] : null));
      status(`${what}. ${queue.length} pending proposals left.`);
    } catch (error) {
      showError(explain(error, what));
      if (error instanceof ApiError && error.status === 409) await loadQueue();
    }
  }

  function accept() {
    const { title, summary, type } = current.controls;
    const body = {
      title: title.value,
      summary: summary.value,
      type: type.value,
      places: current.places.map((p) => ({ id: p.id })),
      forces: current.forces.map((f) => ({ id: f.id, role: f.role })),
    };
    return decide("accept", body, "Accepted");
  }
  const merge = () => current?.merge && decide("accept", { mergeInto: current.merge }, `Merged into event ${current.merge}`);
  const reject = () => decide("reject", current.controls.reason.value ? { reason: current.controls.reason.value } : {}, "Rejected");
  function move(step) {
    if (!queue.length) return;
    index = (index + step + queue.length) % queue.length;
    render();
  }

  document.addEventListener("keydown", (event) => {
    if (byId("review-view").hidden || !current || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select, [contenteditable]")) return;
    const action = { j: () => move(1), k: () => move(-1), a: accept, m: merge, r: reject }[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  function keyChanged() {
    const key = Boolean(editorKey.get());
    byId("review-body").hidden = !key;
    byId("review-needs-key").hidden = key;
  }

  return { show: keyChanged, keyChanged };
}
