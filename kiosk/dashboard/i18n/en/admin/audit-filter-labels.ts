// English texts of the audit log's filters (kiosk/dashboard/admin/audit-filter-labels.ts is the Italian original).
import type { AF as Italian } from '../../../admin/audit-filter-labels';
import type { Translation } from '../../translation';

export const AF: Translation<typeof Italian> = {
  legend: 'Search the log',
  actor: 'Who (part of the e-mail)',
  what: 'What',
  anything: 'Everything',
  from: 'From',
  to: 'To',
  apply: 'Search',
  clear: 'Clear the filters',
  noMatch: 'No change matches the filters.',
  toBeforeFrom: 'The «To» date comes before «From».',
};
