// Autocomplete of places and forces by name or alias, through a <datalist> bound to a text input.
import { get } from "./api.js";
import { debounce, fill, h, words } from "./dom.js";

/** Fills the input's datalist from GET /{kind}?q= as the reader types. kind: "places" | "forces". */
export function autocomplete(input, kind) {
  const list = document.getElementById(input.getAttribute("list"));
  const update = debounce(async () => {
    const q = input.value.trim();
    if (q.length < 2) return;
    try {
      const page = await get(kind, { q, limit: 12 });
      fill(list, page.items.flatMap((item) => {
        const label = [item.abbreviation, words(item.kind), item.aliases?.length ? `also ${item.aliases.join(", ")}` : ""].filter(Boolean).join(" · ");
        return [h("option", { value: item.name, label })];
      }));
    } catch {
      // Suggestions are a convenience: the filter itself reports a name it cannot resolve.
    }
  }, 200);
  input.addEventListener("input", update);
}

/** Resolves a typed name to one place or force: the exact name or alias first, else the only match. */
export async function resolveName(kind, text) {
  const page = await get(kind, { q: text.trim(), limit: 20 });
  const folded = (value) => value.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
  const wanted = folded(text.trim());
  return page.items.find((item) => [item.name, item.abbreviation, ...(item.aliases ?? [])].some((name) => name && folded(name) === wanted))
    ?? (page.items.length === 1 ? page.items[0] : null);
}
