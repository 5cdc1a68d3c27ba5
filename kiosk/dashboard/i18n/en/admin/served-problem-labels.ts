// Refused people-served figures, in English (kiosk/dashboard/admin/served-problem-labels.ts is the Italian original).
import type { SERVED_PROBLEMS as Italian } from '../../../admin/served-problem-labels';
import type { Translation } from '../../translation';

export const SERVED_PROBLEMS: Translation<typeof Italian> = {
  notADate: (text) => `‘${text}’ is not a date (write 2026-03-31 or 31/03/2026)`,
  notACalendarDate: (text) => `‘${text}’ is not a calendar date`,
  unknownService: (text) => `no service is called ‘${text}’ (write the service’s name or id)`,
  foreignService: (text) => `the service ‘${text}’ does not belong to this office’s administration`,
  notAChannel: (text) => `‘${text}’ is not a channel (sportello, telefono or web)`,
  emptyFigure: 'is empty (write 0 for a day nobody was served)',
  empty: 'is empty',
  notACount: (text, max) => `‘${text}’ is not a whole number of people from 0 to ${max}`,
  notYet: (day, today) => `${day} has not come yet in the office’s time zone (today is ${today})`,
  duplicate: 'another figure for the same service, channel and day is given earlier',
  missingColumns: (columns) => `the first line must name the columns; missing: ${columns} (for example ‘giorno;servizio;canale;persone’)`,
  noFigures: 'the file has the line of column names but no figures',
  headerColumn: 'column names',
  fileColumn: 'file',
  line: (n) => `line ${n}: `,
};
