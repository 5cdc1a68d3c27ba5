// The channels a citizen reaches the administration through, and how votes map to contacts.
// Plain values (no TypeBox), so the browsers may import them.

/** Channels of the national programme: counter (sportello), totem, web, phone (telefono). */
export const CHANNELS = ['sportello', 'totem', 'web', 'telefono'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Channels people are served through, as a queue-ticket system or a switchboard counts them. A
 * totem in the hall rates counter visits, so its votes count against the counter's people served.
 */
export const CONTACT_CHANNELS = ['sportello', 'telefono', 'web'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/**
 * Ratings of the comune's website are given at any hour, on any day: they say nothing of the office's
 * hours, so the office's hour rollups (the heatmap, a day's hours) leave them out and the report
 * says how many (server/aggregates/count-deltas.ts, migration 033).
 */
export const WITHOUT_OPENING_HOURS: readonly string[] = ['web'];

/**
 * Whether a vote is judged against the office's opening hours: where it was cast decides. At the
 * office, yes: its terminals (counter and totem) and its operator's phone page, filled in during the
 * call. On the citizen's own device, at any hour, no: the website's ratings (channel web) and the QR
 * codes' votes. Those are stored in channel sportello, since they rate a counter visit and count
 * against the counter's people served, but are cast on the collector's mobile page and so dated at
 * their arrival (`timeSource` 'arrival'), which no terminal's vote is (docs/metrics.md, "When").
 */
export function inOfficeHours(channel: string, timeSource: string): boolean {
  if (WITHOUT_OPENING_HOURS.includes(channel)) return false;
  return !(contactChannel(channel) === 'sportello' && timeSource === 'arrival');
}

export function contactChannel(channel: string): string {
  return channel === 'totem' ? 'sportello' : channel;
}
