// The words of the Public page page in English (kiosk/dashboard/admin/public-page-labels.ts is the Italian original).
// The embed snippets (badgeSnippet, pageSnippet) stay Italian: they go on the municipality's website.
import { PAGE_MONTHS } from '../../../../../server/contract/public-page';
import type { P as ItalianP } from '../../../admin/public-page-labels';
import type { Translation } from '../../translation';

export const P: Translation<typeof ItalianP> = {
  intro:
    `The transparency page shows anyone, without signing in, the administration’s results for the last ${PAGE_MONTHS} complete months: by month, by service and by channel, with open data to download and a badge to put on the municipality’s website. It follows the guidelines on participatory evaluation of the Department of Public Administration (Dipartimento della Funzione Pubblica), which ask for the results to be published. The page and the badge are in Italian.`,
  privacy: 'It holds no personal data: no names, offices, counters, terminals or comments. Months with few votes show ‘campione insufficiente’ (sample too small) instead of the percentages.',
  settingsTitle: 'Settings',
  enabled: 'Publish the transparency page',
  enabledHint: 'Until it is published, the page, the data and the badge answer as if the address did not exist.',
  licence: 'Open data licence',
  licenceHint: 'CC BY 4.0 is the licence AgID recommends: anyone may reuse the data, crediting the administration.',
  note: 'Note for citizens (optional)',
  noteHint: (used, max) => `Plain text, shown prominently on the page: for example how and where votes are collected. ${used} of ${max} characters.`,
  saved: 'Settings saved.',
  savedAt: (when, by) => (by ? `Last changed ${when}, by ${by}.` : `Last changed ${when}.`),
  neverSaved: 'Never published.',
  statusOn: 'Published',
  statusOff: 'Not published',
  linksTitle: 'Addresses',
  linksOff: 'The page is not published: these addresses will answer only once it is.',
  addressWarning: (problem, base) =>
    `These addresses and the code for the website name the collector as ${base}, ${
      problem === 'private'
        ? 'an address of the internal network: citizens’ phones and the municipality’s website cannot reach it'
        : 'without https: the municipality’s https website blocks the badge and the frame as mixed content, and browsers flag the page as not secure'
    }. Ask whoever runs the collector to set PUBLIC_URL to its public https address and restart it, then copy the addresses and the code.`,
  page: 'Public page',
  csv: 'Open data in CSV',
  json: 'Open data in JSON',
  schema: 'Data schema (JSON Schema)',
  badge: 'Badge (SVG image)',
  newTab: '(opens in a new tab)',
  badgePreview: 'Badge preview',
  embedTitle: 'To put on the municipality’s website',
  embedIntro: 'Copy the code and paste it into the website’s page (for example in ‘Amministrazione trasparente’ or in the footer). Its texts are in Italian, like the page and the badge.',
  embedBadge: 'Badge linking to the page',
  embedPage: 'Whole page in a frame (iframe)',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  notCopied: 'Copying failed: select the text and copy it by hand.',
};
