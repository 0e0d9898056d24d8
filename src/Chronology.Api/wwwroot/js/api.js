// The public API, over fetch. Errors are RFC 9457 problem details, surfaced as ApiError.

const base = new URL("api/v1/", document.baseURI);
const keyName = "chronology.editorKey";

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The service answered ${status}.`);
    this.status = status;
    this.problem = problem ?? {};
    this.errors = problem?.errors ?? {};
  }
}

export const editorKey = {
  get: () => sessionStorage.getItem(keyName),
  set: (key) => (key ? sessionStorage.setItem(keyName, key) : sessionStorage.removeItem(keyName)),
};

/** Builds an API address from a path and a parameter object (empty values left out). */
export function apiUrl(path, params = {}) {
  const url = new URL(path, base);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, value);
  }
  return url;
}

/** Sends a request; answers { body, etag, status } or throws ApiError. */
export async function request(path, { params, method = "GET", body, headers = {}, signal } = {}) {
  const init = { method, headers: { Accept: "application/json", ...headers }, signal };
  const key = editorKey.get();
  if (key && method !== "GET") init.headers["X-Api-Key"] = key;
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers["Content-Type"] = "application/json";
  }
  const response = await fetch(apiUrl(path, params), init);
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = { detail: text };
  }
  if (!response.ok) throw new ApiError(response.status, parsed);
  return { body: parsed, etag: response.headers.get("ETag"), status: response.status };
}

export const get = async (path, params, signal) => (await request(path, { params, signal })).body;

/** Feature detection, answered once per page: does the service have this capability yet? */
const features = new Map();
export function feature(name, probe) {
  if (!features.has(name)) features.set(name, probe().catch(() => false));
  return features.get(name);
}

/** GET /events/stats exists (being added on main): a 404 means not yet. */
export const hasStats = () =>
  feature("stats", async () => {
    try {
      await get("events/stats", { groupBy: "year" });
      return true;
    } catch (error) {
      return !(error instanceof ApiError && (error.status === 404 || error.status === 405));
    }
  });

/** GET /events?source= filters by source: an unknown source is then an error or an empty page, not every event. */
export const hasSourceFilter = () =>
  feature("sourceFilter", async () => {
    try {
      const page = await get("events", { source: 2147483647, limit: 1 });
      return page.items.length === 0;
    } catch (error) {
      return error instanceof ApiError && error.status >= 400 && error.status < 500;
    }
  });
