// When the dashboard says a terminal's clock is wrong. A plain value (no TypeBox), so the dashboard imports it
// without the schema library; the terminal's schema is in admin.ts.

/** Days back the terminals page counts a terminal's re-dated votes (counted at their arrival, its clock being implausible). */
export const REDATED_WINDOW_DAYS = 7;
