// The words said when a part of the dashboard did not download, in English (kiosk/dashboard/load-failure-labels.ts is the Italian original).
import type { LOAD_FAILURE_LABELS as Italian } from '../../load-failure-labels';
import type { Translation } from '../translation';

export const LOAD_FAILURE_LABELS: Translation<typeof Italian> = {
  newVersion: 'A new version of the dashboard is available: reload the page to carry on from here.',
  reload: 'Reload',
  chartLoadFailed: 'Could not load the chart: check the connection and try again.',
  stillOffline: 'Still no answer: check the connection and try again in a moment.',
};
