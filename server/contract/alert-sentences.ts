// The sentence an alert's facts make, per kind: Italian here, for the collector's `message` and
// e-mails and as the dashboard's original; the dashboard's English catalogue translates the table.
// Plain functions, no TypeBox: the dashboard imports this.
import type { AlertFacts } from './alerts';

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

export const ALERT_SENTENCES = {
  'negative-share': (f: FactsOf<'negative-share'>, n: NumberWords) => `Giudizi negativi: ${n.pct(f.share)} degli ultimi ${f.votes} (soglia ${n.num(f.openAbovePct)}%).`,
  'low-index': (f: FactsOf<'low-index'>, n: NumberWords) =>
    `Indice di soddisfazione ${n.num(f.index)} su 100 nelle ultime ${f.windowHours} ore (${f.votes} giudizi; soglia ${n.num(f.openBelow)}).`,
  silence: (f: FactsOf<'silence'>, n: NumberWords) =>
    `Nessun giudizio da ${n.num(f.hours)} ore di apertura (soglia ${n.num(f.thresholdHours)} ore)${f.neverVoted ? ': nessun giudizio da quando la regola esiste' : ''}.`,
  'charter-at-risk': (f: FactsOf<'charter-at-risk'>, n: NumberWords) =>
    `Standard della carta a rischio: ${n.pct(f.share)} di positivi nel mese (${f.votes} giudizi), lo standard promesso è ${n.num(f.standardPct)}%; ${
      f.neededShare > 1 ? 'non più raggiungibile' : `servirebbe il ${n.pct(f.neededShare)} di positivi nel resto del mese`
    }.`,
};

/** The sentence, from a table of the same shape as ALERT_SENTENCES (Italian unless told). */
export function describeAlert(facts: AlertFacts, sentences: typeof ALERT_SENTENCES = ALERT_SENTENCES, words: NumberWords = numberWords('it-IT')): string {
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
