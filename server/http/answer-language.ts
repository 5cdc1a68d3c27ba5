// The language of an error answer: Italian or English, as the request's Accept-Language asks.
import accepts from 'accepts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DashboardLanguage } from '../contract/languages';
import { ERROR_WORDS, type ErrorWords } from './words/error-words';

/**
 * English first: a request that names neither language (curl, a queue-ticket system, most API
 * clients) gets English, the language of the API's documentation. The dashboard and the terminal
 * name theirs on every request (kiosk/dashboard/api.ts, kiosk/terminal/enrolment/auth-constants.ts).
 */
const OFFERED: readonly DashboardLanguage[] = ['en', 'it'];

export function answerLanguage(request: FastifyRequest): DashboardLanguage {
  const chosen = accepts(request.raw).languages([...OFFERED]);
  return (typeof chosen === 'string' ? chosen : 'en') as DashboardLanguage;
}

/** The words of the answer's language; the answer says which it is, and that it depends on the asking. */
export function answerWords(request: FastifyRequest, reply: FastifyReply): { language: DashboardLanguage; words: ErrorWords } {
  const language = answerLanguage(request);
  void reply.header('content-language', language);
  const vary = reply.getHeader('vary');
  void reply.header('vary', vary ? `${String(vary)}, accept-language` : 'accept-language');
  return { language, words: ERROR_WORDS[language] };
}
