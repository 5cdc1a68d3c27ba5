// The words of the Channels page in English (kiosk/dashboard/admin/channels-labels.ts is the Italian original).
import { CODE_VALID_DAYS, SCALE_OF_POINT } from '../../../../../server/contract/channel-points';
import { TERMINAL_LANGUAGES } from '../../../../../server/contract/languages';
import type { C as ItalianC } from '../../../admin/channels-labels';
import type { Translation } from '../../translation';

export const C: Translation<typeof ItalianC> = {
  intro:
    'Besides the terminals, citizens can vote on the municipality’s website, through a QR code handed out at the counter, or by phone. All votes end up in the same reports, split by channel.',
  office: 'Office',
  noOffices: 'No office to manage with your roles.',
  service: 'Service',
  add: 'Add',
  adding: 'Adding…',
  created: (when) => `created on ${when}`,
  archivedOn: (when) => `archived on ${when}`,
  phoneTitle: 'Phone',
  phoneIntro: 'At the end of the call, ask the caller how they rate the service and record their answer here (phone channel).',
  phoneAdd: 'Turn on phone ratings',
  phoneFaces: 'Vote given by phone',
  phoneRecorded: (time, face, service) => `Recorded at ${time}: ${face}, ${service}.`,
  phoneRecording: (face, service, seconds) => `${face}, ${service}: recorded in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  phoneUndo: 'Undo',
  phoneUndone: (face, service) => `Undone: ${face}, ${service} was not recorded.`,
  webTitle: 'Rating on the website',
  webIntro:
    'The box ‘Quanto sono chiare le informazioni su questa pagina?’ (how clear is the information on this page?) of the Designers Italia template for municipal websites, in Italian like the template: 1 to 5 stars, the follow-up question and an optional comment. Paste it into the service’s page on the municipality’s website.',
  webAdd: 'Create the box for the service',
  webTaken: 'This service already has a box, above: its code can be pasted into as many pages of the site as needed. To create another, archive that one first.',
  webSnippet: 'Code to paste into the service’s page',
  webArchiveAlso:
    'The box will stop working on the site’s pages where its code is pasted: whoever tries to rate will be told it is no longer active. Remove the code from those pages, or replace it with a new box’s code.',
  addressWarning: (problem, base, what) =>
    `${what === 'web' ? 'The box’s code names' : 'The QR codes name'} the collector as ${base}, ${
      problem === 'private'
        ? `an address of the internal network: ${what === 'web' ? 'the comune’s website' : 'citizens’ phones'} cannot reach it`
        : `without https: ${what === 'web' ? 'the comune’s https website blocks it as mixed content' : 'phones flag it as not secure'}`
    }. Ask whoever runs the collector to set PUBLIC_URL to its public https address and restart it, then ${what === 'web' ? 'copy the code' : 'print the codes'}.`,
  qrTitle: 'QR codes',
  qrIntro: `Sheets of codes to print and hand out at the counter: whoever scans one with their phone gives a single vote (${SCALE_OF_POINT.qr} faces), counted with the counter’s. Each code works only once and expires after ${CODE_VALID_DAYS} days. The page a code opens speaks the phone’s language, among the terminal’s ${TERMINAL_LANGUAGES.length}; the cards are printed in Italian and in a second language of your choice.`,
  qrAdd: 'Turn on QR codes for the service',
  qrTaken: 'This service already has its QR codes, above: print as many as needed from there. To turn on others, archive those first.',
  serviceHasOne: (name: string) => `${name} (already has one)`,
  qrCount: 'How many codes',
  qrIssue: 'Create and print the codes',
  qrIssuing: 'Creating…',
  qrSheetTitle: (service) => `QR codes · ${service}`,
  qrSheetNote: (until) => `Each code is good for one vote only, until ${until}. The codes are shown only now: print them before leaving the page.`,
  qrPrint: 'Print',
  qrSecond: 'Second language on the cards',
  qrSecondNone: 'None: Italian only',
  qrAlt: (n) => `QR code number ${n}`,
  commentsTitle: 'Comments from the web',
  commentsIntro: (days) =>
    `The comments left in the website box, without e-mail addresses or phone numbers (the collector removes them before saving). They stay visible for ${days} days, then they are deleted; stars and answers stay in the counts.`,
  commentsNone: 'No comments.',
  commentsShown: (shown, total) =>
    shown >= total ? (total === 1 ? '1 comment.' : `${total.toLocaleString('en-GB')} comments.`) : `The newest ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} comments.`,
  commentsOlder: 'Show older comments',
  commentRedacted: 'contact details removed',
  stars: (n) => `${n} ${n === 1 ? 'star' : 'stars'} out of 5`,
  keepTitle: 'How many days to keep comments',
  keepHint: (min, max) => `${min} to ${max} days, for all the administration’s offices.`,
  keepSaved: 'Saved.',
  none: 'None.',
};

