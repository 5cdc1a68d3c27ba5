// The words of the collector's error answers, one catalogue per dashboard language, merged from the
// catalogue of each part of the collector; and `Say`, how a message is written without knowing yet
// which language it will be read in.
import type { DashboardLanguage } from '../../contract/languages';
import { DATA_EN, type DataWords } from './data-en';
import { DATA_IT } from './data-it';
import { HTTP_EN, type HttpWords } from './http-en';
import { HTTP_IT } from './http-it';
import { MANAGE_EN, type ManageWords } from './manage-en';
import { MANAGE_IT } from './manage-it';
import { NOTICES_EN, type NoticesWords } from './notices-en';
import { NOTICES_IT } from './notices-it';

export type ErrorWords = HttpWords & ManageWords & DataWords & NoticesWords;

/** A language added to the dashboard's list without a catalogue is a type error here. */
export const ERROR_WORDS: Readonly<Record<DashboardLanguage, ErrorWords>> = {
  it: { ...HTTP_IT, ...MANAGE_IT, ...DATA_IT, ...NOTICES_IT },
  en: { ...HTTP_EN, ...MANAGE_EN, ...DATA_EN, ...NOTICES_EN },
};

/**
 * A message, written when the error is raised and read in the language of the request that gets it
 * (the dashboard names its own; API clients get English unless they ask for Italian).
 */
export type Say = (words: ErrorWords) => string;

/** The English text of a message: what the log records and what `Error.message` holds. */
export const inEnglish = (say: Say): string => say(ERROR_WORDS.en);
