// Alerts (issue 8): their addresses, the kinds of rule and why an alert closes.
// Plain values (no TypeBox), so the dashboard imports them without the schema library; the schemas are in alerts.ts.
import { API_BASE } from './api';

/** The most alerts one list answers, newest first: a page says when it shows that many, as older ones may exist. */
export const ALERTS_LISTED = 200;

export const alertPaths = {
  administrationRules: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/alert-rules`,
  rule: (id: string) => `${API_BASE}/alert-rules/${encodeURIComponent(id)}`,
  administrationAlerts: (id: string) => `${API_BASE}/administrations/${encodeURIComponent(id)}/alerts`,
  acknowledge: (id: string) => `${API_BASE}/alerts/${encodeURIComponent(id)}/acknowledge`,
};

export const ALERT_KINDS = ['negative-share', 'low-index', 'silence', 'charter-at-risk'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * Why an alert closed: its measure came back past the rule's closing threshold ('recovered'), its rule was
 * deleted ('rule-deleted'), or its rule's kind, office or service changed, so it measured something else
 * ('rule-changed'). Only 'recovered' says the problem went away.
 */
export const ALERT_CLOSE_CAUSES = ['recovered', 'rule-deleted', 'rule-changed', 'target-archived'] as const;
export type AlertCloseCause = (typeof ALERT_CLOSE_CAUSES)[number];

/** The longest comment acknowledging an alert; it is kept in the audit log. */
export const MAX_ACK_COMMENT = 500;
