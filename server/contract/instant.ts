// Reads a date-time strictly: the ISO 8601 shape the contract's `When` (format date-time) declares, on a real calendar.
// Why not Date.parse alone: V8's is lenient ("2026-11-29", "garbage 2020", "1", RFC 2822 dates, 2026-02-30
// rolled over to March), and a stored text it let through later failed the response schema with a 500.

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;
const MAX_LENGTH = 40;

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Milliseconds since the epoch of a strict ISO 8601 date-time (`2026-11-16T08:39:00.000Z`, or with an offset); NaN for anything else. */
export function parseInstant(text: unknown): number {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return NaN;
  const m = ISO_INSTANT.exec(text);
  if (!m) return NaN;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const [offsetHours, offsetMinutes] = [Number(m[7] ?? 0), Number(m[8] ?? 0)];
  const real = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 23 && offsetMinutes <= 59;
  return real ? Date.parse(text) : NaN;
}

/** The same instant as `toISOString()` writes it (UTC, milliseconds), or null when the text is not a strict date-time. */
export function normalInstant(text: unknown): string | null {
  const t = parseInstant(text);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}
