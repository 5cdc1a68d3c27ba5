// The words of a save refused because someone else changed the item meanwhile, in English (kiosk/dashboard/admin/stale-labels.ts is the Italian original).
import type { S as ItalianS } from '../../../admin/stale-labels';
import type { Translation } from '../../translation';

export const S: Translation<typeof ItalianS> = {
  title: {
    office: 'Someone else changed this office after you opened it.',
    terminal: 'Someone else changed this terminal after you opened it.',
    reasons: 'Someone else changed the list of reasons after you opened it.',
    publicPage: 'Someone else changed the public page’s settings after you opened them.',
    rule: 'Someone else changed this alert rule after you opened it.',
    service: 'Someone else changed this service after you opened it.',
    administration: 'Someone else renamed this administration after you opened it.',
    person: 'Someone else changed this person’s details after you opened them.',
  },
  lastChange: (who, when) => (who ? `Last change: ${who}, ${when}.` : `Last change: ${when}.`),
  kept: 'Nothing was saved, and what you typed is still in the form.',
  showTheirs: 'Show the version saved now',
  loading: 'Reading the version saved now…',
  loadFailed: 'The version saved now could not be read:',
  theirsTitle: 'The version saved now, where it differs from the one you opened:',
  theirsSame: 'In this form’s fields the version saved now is the same as the one you opened.',
  saveAgain: 'If you save again, only the fields you changed are sent: the others stay as the other person left them.',
  ruleGone: 'The rule is no longer there: someone else deleted it.',
  notListed: 'It is no longer in the list.',
  renameAgain: 'If you save again, the name you typed replaces the other person’s.',
  standardHistory: 'History of the standard',
  translations: 'Translations for the terminal',
  reasonsMerged: 'Their changes have been brought into your list, beside yours. Check it and save again.',
  listed: {
    office: 'Someone else changed this office after you opened the list.',
    terminal: 'Someone else changed this terminal after you opened the list.',
    service: 'Someone else changed this service after you opened the list.',
    administration: 'Someone else renamed this administration after you opened the list.',
    person: 'Someone else changed this person’s details after you opened the list.',
  },
  listNothingDone: 'Nothing was done: the list now shows the version saved now. Check it and, if you still want to, try again.',
};
