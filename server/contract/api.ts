// The HTTP routes of the collector, as paths both the kiosk and the dashboard build from one place.

export const API_BASE = '/api/v1';

export const apiPaths = {
  votes: `${API_BASE}/votes`,
  terminalConfig: (terminalId: string) => `${API_BASE}/terminals/${encodeURIComponent(terminalId)}/config`,
  offices: `${API_BASE}/offices`,
  officeReport: (officeId: string) => `${API_BASE}/offices/${encodeURIComponent(officeId)}/report`,
  officeReportCsv: (officeId: string) => `${API_BASE}/offices/${encodeURIComponent(officeId)}/report.csv`,
  openapi: '/api/openapi.json',
  health: '/healthz',
};

/** Where the built front-ends live on the collector. */
export const PAGES = {
  terminal: '/terminal/',
  dashboard: '/dashboard/',
};
