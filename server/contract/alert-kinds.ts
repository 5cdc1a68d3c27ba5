// Alerts (issue 8): their addresses and the kinds of rule.
// Plain values (no TypeBox), so the dashboard imports them without the schema library; the schemas are in alerts.ts.
import { API_BASE } from './api';

export const alertPaths = {
  administrationRules: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/alert-rules`,
  rule: (id: string) => `${API_BASE}/alert-rules/${encodeURIComponent(id)}`,
  administrationAlerts: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/alerts`,
  acknowledge: (id: string) => `${API_BASE}/alerts/${encodeURIComponent(id)}/acknowledge`,
};

export const ALERT_KINDS = ['negative-share', 'low-index', 'silence', 'charter-at-risk'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
