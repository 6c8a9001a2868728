const dateTimeFormat = new Intl.DateTimeFormat("nl-BE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Brussels",
});
const dateFormat = new Intl.DateTimeFormat("nl-BE", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Brussels",
});
const timeFormat = new Intl.DateTimeFormat("nl-BE", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Brussels",
});

const asDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

/** Dates arrive as Date on the server render and as ISO strings after serialisation. */
export function formatDateTime(value: Date | string): string {
  return dateTimeFormat.format(asDate(value));
}

export function formatDate(value: Date | string): string {
  return dateFormat.format(asDate(value));
}

/** "dinsdag 12 januari 2027, 13:30–16:00" */
export function formatSessionTime(start: Date | string, end: Date | string): string {
  return `${formatDate(start)}, ${timeFormat.format(asDate(start))}–${timeFormat.format(asDate(end))}`;
}
