// The people-served page and the API keys page in English (kiosk/dashboard/admin/served-labels.ts is the Italian original).
import type { CONTACT_CHANNEL_LABEL as ItalianChannels, S as ItalianS } from '../../../admin/served-labels';
import type { Translation } from '../../translation';
import { MAX_SERVED_PER_DAY } from '../../../../../server/contract/limits';
import { formatNumber } from '../../../format';

const MAX_SERVED = MAX_SERVED_PER_DAY.toLocaleString('en-GB');

export const S: Translation<typeof ItalianS> = {
  peopleServedIntro:
    'How many people the office served, by service, channel and day. With these figures the report computes participation: votes ÷ people served, counting only the days that have a figure. Next to each saved figure you see the same day’s votes and the participation that results.',
  noOfficesToFill: 'No office for which you can enter people served.',
  period: 'Period',
  week: 'Week',
  month: 'Month',
  previousWeek: 'Previous week',
  nextWeek: 'Next week',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  goToDay: 'Go to day',
  channel: 'Channel',
  channelHint: 'The counter includes the votes from the terminals at the counters, from the totem in the lobby and from the QR codes.',
  day: 'Day',
  total: 'Period total',
  servedInput: (service, day, channel) => `${service}, ${day}, ${channel}: people served`,
  votes: (n) => (n === 1 ? '1 vote' : `${formatNumber(n)} votes`),
  people: (n) => (n === 1 ? '1 person' : `${formatNumber(n)} people`),
  participationShort: (pct) => `participation ${pct}`,
  moreVotesThanServed: 'more votes than people served: check the figure',
  noFigures: 'no figures',
  notYet: 'not yet',
  toSave: 'not saved yet',
  servedInvalid: `Enter a whole number from 0 to ${MAX_SERVED}, or leave blank.`,
  noGridServices: 'No service has a terminal in this office or figures in the period: add below the services whose people served you want to enter.',
  noLiveServices: 'The administration has no active services yet: create them on the Services page.',
  addGridService: 'Add a service to the grid',
  chooseGridService: 'Choose a service',
  changesCount: (n) => (n === 1 ? '1 change to save' : `${n} changes to save`),
  changesInChannel: (n) => `(${n} to save)`,
  saveFigures: 'Save the figures',
  discardChanges: 'Discard the changes',
  noChanges: 'No changes to save.',
  dirtyHint: 'Save or discard the changes before changing office or period.',
  invalidCells: (n) => (n === 1 ? 'One cell does not hold a valid number: correct it before saving.' : `${n} cells do not hold a valid number: correct them before saving.`),
  figuresRefused: 'No figure was saved: correct the cells shown and save again.',
  figuresSaved: (stored, removed) => {
    const done = [stored === 0 ? '' : stored === 1 ? 'saved 1 figure' : `saved ${stored} figures`, removed === 0 ? '' : removed === 1 ? 'removed 1 figure' : `removed ${removed} figures`];
    const text = done.filter(Boolean).join(', ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  },
  leaveWithChanges: 'Some people-served figures are not saved: leave anyway?',
  // CSV import
  importTitle: 'Import from a CSV file',
  importIntro: (office) => `The file’s figures go to the office ‘${office}’. Each figure replaces the one already saved for the same service, channel and day.`,
  importFormat: 'The file must give the column names on its first line, then one line per service, channel and day:',
  importRules: [
    'giorno (or day): 2026-03-31 or 31/03/2026, never a future day;',
    'servizio (or service): the service’s name (capitals do not matter) or its id;',
    'canale (or channel): sportello, telefono or web, the Italian words for counter, phone and web; if the column is missing or empty, sportello (a column named almost so, such as «canali», has the file refused);',
    `persone (or people): a whole number from 0 to ${MAX_SERVED}.`,
  ],
  importSeparator: 'Separated by semicolons (as Excel saves it in Italian) or commas; encoded in UTF-8 or as Excel for Windows saves it. If even one line is wrong nothing is imported, and every line to correct is given with its number.',
  importTemplate: 'Download a template with the services and days shown',
  importFile: 'CSV file',
  importSubmit: 'Import',
  importing: 'Importing…',
  importChooseFile: 'Choose a CSV file first.',
  importTooLarge: (mb) => `The file is too large: ${mb} MB at most (about 40,000 lines). Split it into several files.`,
  importRefused: 'No figure was imported. Correct the lines shown in the file and import the whole file again:',
  importMoreProblems: (n) => (n === 1 ? 'and one more problem.' : `and ${n} more problems.`),
  imported: (n, office) => `${n === 1 ? 'Imported 1 figure' : `Imported ${n} figures`} for the office ‘${office}’.`,
  importIgnored: (n) => (n === 1 ? 'One column of the file was not read:' : `${n} columns of the file were not read:`),
  ignoredColumn: (column, name) => (name ? `‘${name}’ (column ${column})` : `column ${column}, without a name`),
  importIgnoredFix:
    'The import reads only the columns giorno, servizio, canale and persone (or their English names), once each. If one of these columns was meant to be read, correct its name on the first line and import the file again (without a canale column, the figures were saved as sportello).',
  // Queue-ticket systems
  feedTitle: 'Automatic sending from a queue-ticket system',
  feedText:
    'A queue-ticket system, or another of the administration’s programs, can send these figures by itself, even several times a day: each sending replaces the previous figure. It needs an API key of the administration, which an administration admin creates on the page',
  feedKeysPage: 'API keys',
  feedRequest: 'The system sends the figures with',
  feedHeader: 'and the header',
  feedDocs: 'The request is described in the collector’s OpenAPI document:',
  feedIds: 'Identifiers to use when sending',
  feedOfficeId: 'Office',
  // API keys
  apiKeysIntro:
    'An API key lets a queue-ticket system, or another of the administration’s programs, send the people served by this administration’s offices without signing in to the dashboard (PUT /api/v1/people-served, described in /api/openapi.json). Create one key per system, so you can revoke one without stopping the others.',
  newApiKey: 'New API key',
  apiKeyName: 'Key name',
  apiKeyNameHint: 'Who uses it, for example ‘Main office queue system’.',
  createApiKey: 'Create the key',
  noApiKeys: 'No API keys: create one to connect a queue-ticket system.',
  apiKeyCreated: (name) => `Key ‘${name}’ created`,
  apiKeyValue: 'API key',
  apiKeyOnce: 'Copy it now and enter it in the system that will use it: it will not be shown again. If you lose it, revoke it and create a new one.',
  copyKey: 'Copy the key',
  keyCopied: 'Key copied to the clipboard.',
  keyNotCopied: 'Copying failed: select the key and copy it with Ctrl+C.',
  keyStored: 'I have copied the key',
  createdBy: (when, who) => (who ? `${when}, by ${who}` : when),
  created: 'Created',
  lastUsed: 'Last used',
  keyActive: 'active',
  keyRevoked: (when) => `revoked on ${when}`,
  confirmRevokeKey: (name) => `Revoke ‘${name}’? It stops working at once: the system using it will not be able to send figures until it gets a new key.`,
};

/** The contact channels people are served through (server/contract/channels.ts). */
export const CONTACT_CHANNEL_LABEL: Translation<typeof ItalianChannels> = {
  sportello: 'Counter',
  telefono: 'Phone',
  web: 'Web',
};
