// The web rating's fixed answers in English (kiosk/dashboard/admin/web-answer-labels.ts is the Italian original, the Designers Italia model's words).
import type { WEB_ANSWER_LABELS as Italian } from '../../../admin/web-answer-labels';
import type { Translation } from '../../translation';

export const WEB_ANSWER_LABELS: Translation<typeof Italian> = {
  'non-chiare': 'At times the instructions were not clear',
  'non-complete': 'At times the instructions were not complete',
  'non-capivo': 'At times I could not tell whether I was going about it correctly',
  'problemi-tecnici': 'I had technical problems',
  'altro-negativo': 'Other',
  chiare: 'The instructions were clear',
  complete: 'The instructions were complete',
  capivo: 'I could always tell I was going about it correctly',
  'nessun-problema': 'I had no technical problems',
  'altro-positivo': 'Other',
};
