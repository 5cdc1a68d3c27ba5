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

export function contactChannel(channel: string): string {
  return channel === 'totem' ? 'sportello' : channel;
}
