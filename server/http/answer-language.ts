// The language of an answer: Italian or English, as the request's address (?lang=) or else its Accept-Language asks.
import accepts from 'accepts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDashboardLanguage, type DashboardLanguage } from '../contract/languages';
import { ERROR_WORDS, type ErrorWords } from './words/error-words';

/**
 * English first: a request that names neither language (curl, a queue-ticket system, most API
 * clients) gets English, the language of the API's documentation. The dashboard and the terminal
 * name theirs on every request (kiosk/dashboard/api.ts, kiosk/terminal/enrolment/auth-constants.ts).
 */
const OFFERED: readonly DashboardLanguage[] = ['en', 'it'];

/**
 * A language the address names wins over the browser's: the dashboard's report downloads are plain
 * links carrying ?lang= (kiosk/dashboard/export-urls.ts), so a link cannot set Accept-Language, and
 * an Italian dashboard on an English browser would get its refusals (busy, signed out) in English.
 * Fastify has parsed the query before any hook or handler can refuse, so it is there for every error.
 */
function askedInAddress(request: FastifyRequest): DashboardLanguage | null {
  const lang = (request.query as Record<string, unknown> | undefined)?.lang;
  return isDashboardLanguage(lang) ? lang : null;
}

export function answerLanguage(request: FastifyRequest): DashboardLanguage {
  const asked = askedInAddress(request);
  if (asked) return asked;
  const chosen = accepts(request.raw).languages([...OFFERED]);
  return (typeof chosen === 'string' ? chosen : 'en') as DashboardLanguage;
}

/**
 * The language of words the collector keeps as data (an alert's sentence): Italian, the language they
 * are written in, unless the request prefers English. Not the errors' default, which is the API's.
 */
export function readerLanguage(request: FastifyRequest, reply: FastifyReply): DashboardLanguage {
  const chosen = accepts(request.raw).languages(['it', 'en']);
  const language = (typeof chosen === 'string' ? chosen : 'it') as DashboardLanguage;
  void reply.header('content-language', language);
  addVary(reply);
  return language;
}

const addVary = (reply: FastifyReply) => {
  const vary = reply.getHeader('vary');
  if (!String(vary ?? '').includes('accept-language')) void reply.header('vary', vary ? `${String(vary)}, accept-language` : 'accept-language');
};

/** The words of the answer's language; the answer says which it is, and that it depends on the asking. */
export function answerWords(request: FastifyRequest, reply: FastifyReply): { language: DashboardLanguage; words: ErrorWords } {
  const language = answerLanguage(request);
  void reply.header('content-language', language);
  addVary(reply);
  return { language, words: ERROR_WORDS[language] };
}
