// When the dashboard calls a terminal silent. A plain value (no TypeBox), so the dashboard imports it
// without the schema library; the terminal health schema is in admin.ts.

/** Minutes without a heartbeat after which the dashboard calls a terminal silent (it sends one every minute). */
export const SILENT_AFTER_MINUTES = 5;
