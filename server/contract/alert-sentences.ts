// The sentence an alert's facts make, per kind and per dashboard language: the collector's `message` and
// e-mails, and the dashboard's alerts page, all write it from these tables. Plain functions, no TypeBox:
// the dashboard imports this.
import { italianArticle } from './italian-articles';
import type { AlertFacts } from './alerts';
import type { DashboardLanguage } from './languages';

type FactsOf<K extends AlertFacts['kind']> = Extract<AlertFacts, { kind: K }>;

/** How numbers are written: one decimal at most, in the reader's locale. */
export interface NumberWords {
  pct(share: number): string;
  num(x: number): string;
}

export const numberWords = (locale: string): NumberWords => ({
  pct: (share) => `${(Math.round(share * 1000) / 10).toLocaleString(locale)}%`,
  num: (x) => (Math.round(x * 10) / 10).toLocaleString(locale),
});

/**
 * A window of hours as a person says it: whole days from two days up («negli ultimi 30 giorni», not
 * «nelle ultime 720 ore»), hours below. Also the rules editor's one-line summary (rule-summary-labels).
 */
export const WINDOW_WORDS: Readonly<Record<DashboardLanguage, (hours: number) => string>> = {
  it: (h) => (h >= 48 && h % 24 === 0 ? `negli ultimi ${h / 24} giorni` : h === 1 ? 'nell’ultima ora' : `nelle ultime ${h} ore`),
  en: (h) => (h >= 48 && h % 24 === 0 ? `over the last ${h / 24} days` : h === 1 ? 'over the last hour' : `over the last ${h} hours`),
};

/** One sentence per kind of alert: a kind added to AlertFacts without its sentence is a type error here. */
export type AlertSentences = { readonly [K in AlertFacts['kind']]: (f: FactsOf<K>, n: NumberWords) => string };

/** Italian is the original: the collector's `message` of every alert, whatever language its e-mails are in. */
export const ALERT_SENTENCES: Readonly<Record<DashboardLanguage, AlertSentences>> = {
  it: {
    'negative-share': (f, n) => `Giudizi negativi: ${n.pct(f.share)} degli ultimi ${f.votes} (soglia ${n.num(f.openAbovePct)}%).`,
    'low-index': (f, n) => `Indice di soddisfazione ${n.num(f.index)} su 100 ${WINDOW_WORDS.it(f.windowHours)} (${f.votes} giudizi; soglia ${n.num(f.openBelow)}).`,
    silence: (f, n) => `Nessun giudizio da ${n.num(f.hours)} ore di apertura (soglia ${n.num(f.thresholdHours)} ore)${f.neverVoted ? ': nessun giudizio da quando la regola esiste' : ''}.`,
    'charter-at-risk': (f, n) =>
      `Standard della carta a rischio: ${n.pct(f.share)} di positivi nel mese (${f.votes} giudizi), lo standard promesso è ${n.num(f.standardPct)}%; ${
        f.neededShare === null || f.neededShare > 1 ? 'non più raggiungibile' : `servirebbe ${italianArticle(n.pct(f.neededShare))} di positivi nel resto del mese`
      }.`,
  },
  en: {
    'negative-share': (f, n) => `Negative votes: ${n.pct(f.share)} of the last ${f.votes} (threshold ${n.num(f.openAbovePct)}%).`,
    'low-index': (f, n) => `Satisfaction index ${n.num(f.index)} out of 100 ${WINDOW_WORDS.en(f.windowHours)} (${f.votes} votes; threshold ${n.num(f.openBelow)}).`,
    silence: (f, n) => `No vote for ${n.num(f.hours)} opening hours (threshold ${n.num(f.thresholdHours)} hours)${f.neverVoted ? ': no vote since the rule was made' : ''}.`,
    'charter-at-risk': (f, n) =>
      `Charter standard at risk: ${n.pct(f.share)} positive this month (${f.votes} votes), against a promised standard of ${n.num(f.standardPct)}%; ${
        f.neededShare === null || f.neededShare > 1 ? 'no longer within reach' : `the rest of the month would need ${n.pct(f.neededShare)} positive`
      }.`,
  },
};

/** The sentence, from one language's table (Italian unless told), with numbers in a locale of that language. */
export function describeAlert(facts: AlertFacts, sentences: AlertSentences = ALERT_SENTENCES.it, words: NumberWords = numberWords('it-IT')): string {
  switch (facts.kind) {
    case 'negative-share':
      return sentences[facts.kind](facts, words);
    case 'low-index':
      return sentences[facts.kind](facts, words);
    case 'silence':
      return sentences[facts.kind](facts, words);
    case 'charter-at-risk':
      return sentences[facts.kind](facts, words);
  }
}
