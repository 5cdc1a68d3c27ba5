// The language an alert rule or a report subscription writes its e-mails in: one schema for both, in the API's input and answers.
import { Type } from 'typebox';
import { DASHBOARD_LANGUAGES, DEFAULT_DASHBOARD_LANGUAGE } from './languages';

/** In an answer: always there ('it' for rules and subscriptions made before languages could be chosen). */
export const EmailLanguageSchema = Type.Enum(DASHBOARD_LANGUAGES, {
  description: 'the language of the e-mails sent: subject, text, dates and numbers, and the PDF attached to a report; the names of offices and services stay as typed',
});

/** In a body: may be left out, and then the e-mails are Italian, as they were before languages could be chosen. */
export const EmailLanguageInputSchema = Type.Optional(
  Type.Enum(DASHBOARD_LANGUAGES, {
    default: DEFAULT_DASHBOARD_LANGUAGE,
    description: `the language of the e-mails sent (${DASHBOARD_LANGUAGES.join(' or ')}): subject, text, dates and numbers, and the PDF attached to a report; '${DEFAULT_DASHBOARD_LANGUAGE}' when left out`,
  }),
);
