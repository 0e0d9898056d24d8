// Event dates: the day an event starts, and the day after it ends, as the API's rules define them —
// a span ends at its end date, anything else at the end of its precision (a "May 2015" event spans May).

export const parseDay = (text) => {
  const [y, m, d] = text.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

export const dayText = (date) => date.toISOString().slice(0, 10);

/** The first day after the event (exclusive end). */
export function endOf(event) {
  const start = parseDay(event.start);
  if (event.end) {
    const end = parseDay(event.end);
    end.setUTCDate(end.getUTCDate() + 1);
    return end;
  }
  if (event.precision === "year") return new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
  if (event.precision === "month") return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  const next = new Date(start);
  next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The date as resolved, at the event's precision: "27 February 2015", "May 2015", "2015", or a span. */
export function resolvedText(event) {
  const one = (text, precision) => {
    const [y, m, d] = text.split("-").map(Number);
    if (precision === "year") return `${y}`;
    if (precision === "month") return `${monthNames[m - 1]} ${y}`;
    return `${d} ${monthNames[m - 1]} ${y}`;
  };
  const start = one(event.start, event.precision);
  return event.end ? `${start} – ${one(event.end, "day")}` : start;
}

/** A YYYY, YYYY-MM or YYYY-MM-DD bound as a Date: the first day (from) or the day after the period (to). */
export function boundToDate(text, isEnd) {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text ?? "")) return null;
  const [y, m, d] = text.split("-").map(Number);
  if (!isEnd) return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  if (d) return new Date(Date.UTC(y, m - 1, d + 1));
  if (m) return new Date(Date.UTC(y, m, 1));
  return new Date(Date.UTC(y + 1, 0, 1));
}

/** The API's "to" for an exclusive end: the last day inside. */
export function lastDay(exclusiveEnd) {
  const last = new Date(exclusiveEnd);
  last.setUTCDate(last.getUTCDate() - 1);
  return dayText(last);
}
