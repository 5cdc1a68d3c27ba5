// English texts of the terminals that need looking at across an administration (kiosk/dashboard/admin/attention-labels.ts is the Italian original).
import type { T_ATTENTION as Italian } from '../../../admin/attention-labels';
import { LOW_FREE_PCT } from '../../../../../server/contract/terminal-attention';
import { SILENT_AFTER_MINUTES } from '../../../../../server/contract/silent-terminal';
import type { Translation } from '../../translation';

export const T_ATTENTION: Translation<typeof Italian> = {
  title: 'Terminals to check across the administration',
  intro: `Paired terminals of every office that have given no sign of life for ${SILENT_AFTER_MINUTES} minutes, hold votes, are short of storage or have a wrong clock; the most urgent first. Updated every minute.`,
  none: 'None: every paired terminal has given a sign of life and has no problem.',
  count: (n) => (n === 1 ? '1 terminal to check.' : `${n.toLocaleString('en-GB')} terminals to check.`),
  headers: ['Office', 'Terminal', 'What is wrong', 'Actions'],
  open: 'Open the office',
  openLabel: (office) => `Open the terminals of ${office}`,
  reason: {
    silent: 'silent',
    never: 'never heard from since pairing',
    held: 'votes held',
    'storage-low': `storage below ${LOW_FREE_PCT}%`,
    'not-persisted': 'storage not persistent',
    clock: 'wrong clock',
  },
};
