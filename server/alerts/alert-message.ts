// What an alert saw, in a dashboard language: written from its facts, as the dashboard and the e-mail
// write it; the Italian sentence stored when it opened stands for an alert opened before facts were kept.
import { ALERT_SENTENCES, describeAlert, numberWords } from '../contract/alert-sentences';
import type { Alert } from '../contract/alerts';
import type { DashboardLanguage } from '../contract/languages';
import { EMAIL_WORDS } from '../delivery/words/email-words';

export function alertMessage(alert: Pick<Alert, 'message' | 'facts'>, language: DashboardLanguage): string {
  if (language === 'it' || !alert.facts) return alert.message;
  return describeAlert(alert.facts, ALERT_SENTENCES[language], numberWords(EMAIL_WORDS[language].locale));
}

/** The alert as told in a language: its `message` in it, everything else as stored. */
export const alertIn = (alert: Alert, language: DashboardLanguage): Alert => ({ ...alert, message: alertMessage(alert, language) });
