// Scheduled e-mails (issue 8): the frequencies and the addresses.
// Plain values (no TypeBox), so the dashboard imports them without the schema library; the schemas are in subscriptions.ts.
import { API_BASE, PAGES } from './api';

export const FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** A report goes out at this office-local hour of the day after its period: late terminals have had the night to sync. */
export const SEND_HOUR = 6;

export const subscriptionPaths = {
  subscriptions: `${API_BASE}/subscriptions`,
  mine: `${API_BASE}/subscriptions/mine`,
  mineOne: (id: string) => `${API_BASE}/subscriptions/mine/${encodeURIComponent(id)}`,
  subscription: (id: string) => `${API_BASE}/subscriptions/${encodeURIComponent(id)}`,
  administrationSubscriptions: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/subscriptions`,
  /** Public: what a token unsubscribes from, without changing anything. */
  unsubscribeCheck: `${API_BASE}/unsubscribe/check`,
  /** Public: unsubscribes (JSON body, or the one-click POST of RFC 8058 with the token in the query). */
  unsubscribe: `${API_BASE}/unsubscribe`,
  /** The dashboard's page the e-mail links to; the token stays in the fragment, out of server logs. */
  unsubscribePage: (token: string) => `${PAGES.dashboard}#/unsubscribe/${encodeURIComponent(token)}`,
};
