// The HTTP routes of the collector, as paths both the kiosk and the dashboard build from one place.

export const API_BASE = '/api/v1';

/** Ids per request of apiPaths.terminalNames: as many of the longest (64 characters) keep the address within Node's 16 KiB of headers. */
export const MAX_TERMINAL_NAMES = 100;

export const apiPaths = {
  votes: `${API_BASE}/votes`,
  terminalConfig: (terminalId: string) => `${API_BASE}/terminals/${encodeURIComponent(terminalId)}/config`,
  offices: `${API_BASE}/offices`,
  officeReport: (officeId: string) => `${API_BASE}/offices/${encodeURIComponent(officeId)}/report`,
  officeReportCsv: (officeId: string) => `${API_BASE}/offices/${encodeURIComponent(officeId)}/report.csv`,
  administrationReport: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/report`,
  administrationBulletin: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/bulletin`,
  installationReport: `${API_BASE}/installation/report`,
  installationBulletin: `${API_BASE}/installation/bulletin`,
  officePeopleServed: (officeId: string) => `${API_BASE}/offices/${encodeURIComponent(officeId)}/people-served`,
  officePeopleServedCsv: (officeId: string) => `${API_BASE}/offices/${encodeURIComponent(officeId)}/people-served.csv`,
  /** For queue-ticket systems, with an administration's API key. */
  peopleServed: `${API_BASE}/people-served`,
  administrationApiKeys: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/api-keys`,
  apiKeyRevoke: (id: string) => `${API_BASE}/api-keys/${encodeURIComponent(id)}/revoke`,
  /** The public page's settings (issue 8); the page itself is at contract/public-page.ts's publicPaths. */
  administrationPublicPage: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/public-page`,
  /** Channels beyond the terminals (issue 9): points, QR code sheets, the operator's phone votes, web comments and their keeping. */
  officeChannelPoints: (officeId: string) => `${API_BASE}/offices/${encodeURIComponent(officeId)}/channel-points`,
  channelPointArchive: (id: string) => `${API_BASE}/channel-points/${encodeURIComponent(id)}/archive`,
  channelPointCodes: (id: string) => `${API_BASE}/channel-points/${encodeURIComponent(id)}/codes`,
  channelPointPhoneVotes: (id: string) => `${API_BASE}/channel-points/${encodeURIComponent(id)}/phone-votes`,
  officeWebComments: (officeId: string) => `${API_BASE}/offices/${encodeURIComponent(officeId)}/web-comments`,
  administrationChannelSettings: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/channel-settings`,
  session: `${API_BASE}/session`,
  sessionsEverywhere: `${API_BASE}/session/everywhere`,
  password: `${API_BASE}/session/password`,
  setup: `${API_BASE}/setup`,
  enrolment: `${API_BASE}/enrolment`,
  administrations: `${API_BASE}/administrations`,
  administration: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}`,
  administrationArchive: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/archive`,
  administrationOffices: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/offices`,
  administrationServices: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/services`,
  administrationReasons: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/reasons`,
  office: (id: string) => `${API_BASE}/offices/${encodeURIComponent(id)}`,
  officeArchive: (id: string) => `${API_BASE}/offices/${encodeURIComponent(id)}/archive`,
  services: `${API_BASE}/services`,
  service: (id: string) => `${API_BASE}/services/${encodeURIComponent(id)}`,
  serviceArchive: (id: string) => `${API_BASE}/services/${encodeURIComponent(id)}/archive`,
  officeTerminals: (officeId: string) => `${API_BASE}/offices/${encodeURIComponent(officeId)}/terminals`,
  terminals: `${API_BASE}/terminals`,
  terminal: (id: string) => `${API_BASE}/terminals/${encodeURIComponent(id)}`,
  terminalPairingCode: (id: string) => `${API_BASE}/terminals/${encodeURIComponent(id)}/pairing-code`,
  terminalRevoke: (id: string) => `${API_BASE}/terminals/${encodeURIComponent(id)}/revoke`,
  terminalArchive: (id: string) => `${API_BASE}/terminals/${encodeURIComponent(id)}/archive`,
  /** Names of several terminals: `?ids=a,b,c` (server/admin/terminals/name-routes.ts). */
  terminalNames: `${API_BASE}/terminal-names`,
  users: `${API_BASE}/users`,
  user: (id: string) => `${API_BASE}/users/${encodeURIComponent(id)}`,
  audit: `${API_BASE}/audit`,
  openapi: '/api/openapi.json',
  health: '/healthz',
};

/** Where the built front-ends live on the collector. */
export const PAGES = {
  terminal: '/terminal/',
  dashboard: '/dashboard/',
};

/**
 * A dashboard address that opens in `language` (`?lang=`, which the page obeys before the browser's
 * own choice): an e-mail's links open the dashboard in the e-mail's language, where a browser that
 * never chose would open it in Italian. The parameter goes before the fragment, which the page reads.
 */
export function withLanguage(url: string, language: string): string {
  const at = url.indexOf('#');
  const [address, fragment] = at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
  return `${address}${address.includes('?') ? '&' : '?'}lang=${encodeURIComponent(language)}${fragment}`;
}
