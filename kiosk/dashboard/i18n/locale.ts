// The dashboard's language and the locale its dates and numbers are written in: Italian unless the person chose English.
import { DASHBOARD_LANGUAGES, DEFAULT_DASHBOARD_LANGUAGE, isDashboardLanguage, type DashboardLanguage } from '../../../server/contract/languages';

export type { DashboardLanguage };

/** Each language named in itself: a language added to the contract's list has to be named here. */
const NAMES: Readonly<Record<DashboardLanguage, string>> = { it: 'Italiano', en: 'English' };

/** The name of the language choice: both languages at once, since it must make sense whichever the page is in. */
export const LANGUAGE_GROUP_NAME = 'Lingua · Language';

/** The choice offered on every screen, in the contract's order. */
export const LANGUAGE_CHOICES: readonly { id: DashboardLanguage; name: string }[] = DASHBOARD_LANGUAGES.map((id) => ({ id, name: NAMES[id] }));

const STORAGE_KEY = 'gradimento.dashboard.language';
const LOCALES: Readonly<Record<DashboardLanguage, string>> = { it: 'it-IT', en: 'en-GB' };

/** The language in use. A live binding: read it when formatting, never copy it at import time. */
export let LANGUAGE: DashboardLanguage = DEFAULT_DASHBOARD_LANGUAGE;
/**
 * The Intl locale of dates and numbers: British English for English, day before month as in Italy.
 * Module-level formatters may read it because main.tsx sets it before the app's modules load.
 */
export let LOCALE = LOCALES[DEFAULT_DASHBOARD_LANGUAGE];

const asLanguage = (value: string | null): DashboardLanguage | null => (isDashboardLanguage(value) ? value : null);

/**
 * The language of this page load: `?lang=en` or `?lang=it` in the address (a link can name it),
 * else what this browser chose last time, else Italian.
 */
export function savedLanguage(): DashboardLanguage {
  const asked = asLanguage(new URLSearchParams(location.search).get('lang'));
  if (asked) return asked;
  try {
    return asLanguage(localStorage.getItem(STORAGE_KEY)) ?? DEFAULT_DASHBOARD_LANGUAGE;
  } catch {
    return DEFAULT_DASHBOARD_LANGUAGE;
  }
}

/** Sets the language of this page load; the catalogue itself is applied by main.tsx. */
export function setLanguage(language: DashboardLanguage): void {
  LANGUAGE = language;
  LOCALE = LOCALES[language];
  document.documentElement.lang = language;
}

/**
 * Remembers the choice and loads the page again in it. A reload rather than a re-render: every
 * label, formatter and chart is built in the new language, with no half-translated screen left
 * over; the address keeps the page, office and period. Where storage is blocked, or the address
 * already names a language, the address carries the choice.
 */
export function chooseLanguage(language: DashboardLanguage): void {
  const url = new URL(location.href);
  let stored = true;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    stored = false;
  }
  if (!stored || url.searchParams.has('lang')) url.searchParams.set('lang', language);
  if (url.href === location.href) location.reload();
  else location.assign(url.href);
}
