// The words an e-mail is written with: the catalogue of its rule's or subscription's language.
import type { DashboardLanguage } from '../../contract/languages';
import { EN } from './en';
import { IT, type EmailWords } from './it';

/** A catalogue per dashboard language: a language added to the contract without one is a type error here. */
export const EMAIL_WORDS: Readonly<Record<DashboardLanguage, EmailWords>> = { it: IT, en: EN };

export type { EmailWords };
