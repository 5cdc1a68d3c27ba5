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

/** A report's votes left out of the office's hours, from its channels: the number its heatmap and hours say. */
export function votesWithoutOpeningHours(byChannel: readonly { channel: string; total: number }[]): number {
  return byChannel.filter((c) => WITHOUT_OPENING_HOURS.includes(c.channel)).reduce((n, c) => n + c.total, 0);
}

export function contactChannel(channel: string): string {
  return channel === 'totem' ? 'sportello' : channel;
}
