// A refused people-served file's lines, in English (kiosk/dashboard/admin/served-problem-labels.ts is the Italian original).
import type { SERVED_PROBLEMS as Italian } from '../../../admin/served-problem-labels';
import type { Translation } from '../../translation';

export const SERVED_PROBLEMS: Translation<typeof Italian> = {
  headerColumn: 'column names',
  fileColumn: 'file',
  line: (n) => `line ${n}: `,
};
