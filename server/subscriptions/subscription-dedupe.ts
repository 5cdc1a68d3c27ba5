// The outbox key of a subscription's report: queued once per subscription and period, and found again
// by its subscription when it is cancelled (its unsent reports go) or an admin would send one again.

export const subscriptionDedupePrefix = (subscriptionId: string) => `subscription:${subscriptionId}:`;

export const subscriptionDedupeKey = (subscriptionId: string, period: { from: string; to: string }) => `${subscriptionDedupePrefix(subscriptionId)}${period.from}:${period.to}`;

/** The subscription a report's key names, or null for another message. */
export function subscriptionOfDedupeKey(key: string): string | null {
  const m = /^subscription:(.+):\d{4}-\d{2}-\d{2}:\d{4}-\d{2}-\d{2}$/.exec(key);
  return m ? m[1]! : null;
}
