// Every word of the e-mails the collector sends, in Italian (alert notices, scheduled reports): the catalogue the other languages follow.
import { italianArticle } from '../../contract/italian-articles';
import type { Widened } from '../../reports/exports/words/it';
import { pValueWords } from '../../contract/p-value-words';

/** A catalogue: the Italian one's keys, every one of them, so tsc names any key a translation leaves out. */
export type EmailWords = Widened<typeof IT>;

// Functions take figures already formatted (the report files' format.ts, in the same language), plus the number itself where the grammar depends on it.
export const IT = {
  /** Intl's locale of the numbers in an alert's sentence. */
  locale: 'it-IT',

  /** An alert rule's e-mail when an alert opens. */
  alert: {
    subject: (rule: string, where: string) => `Avviso gradimento: ${rule} (${where})`,
    rule: 'Regola',
    where: 'Dove',
    openedAt: 'Aperto il',
    seeInDashboard: 'Vedi e conferma l’avviso nel cruscotto',
  },

  /** A subscription's scheduled report. */
  report: {
    /** "il report giornaliero": the adjective agrees with "report". */
    frequencies: { daily: 'giornaliero', weekly: 'settimanale', monthly: 'mensile' },
    subject: (title: string, period: string) => `Gradimento: ${title}, ${period}`,
    intro: (frequency: string, report: string, period: string) => `Report ${frequency} di gradimento: ${report}, ${period}.`,
    /** The heading under the title in the HTML. */
    heading: (frequency: string, period: string) => `Report ${frequency}, ${period}`,
    pdfAttached: 'Il report completo è nel PDF allegato.',
    openReport: 'Apri il report nel cruscotto',
    whyReceived: (frequency: string) => `Ricevi questa e-mail perché sei iscritto al report ${frequency}.`,
    /** Before the unsubscribe link in the text. */
    stopReceiving: 'Per non riceverla più',
    /** The unsubscribe link in the HTML. */
    unsubscribe: 'Annulla l’iscrizione',

    headings: {
      howWeAreDoing: 'Come stiamo andando',
      comparisons: 'Confronti',
      worstServices: 'Servizi da guardare, dal peggiore',
      worstOffices: 'Uffici da guardare, dal peggiore',
      charterMissed: 'Carta dei servizi: standard non rispettati',
      dataQuality: 'Qualità dei dati',
    },
    noVotes: 'Nessun giudizio in questo periodo.',
    votes: (votes: string) => `Giudizi: ${votes}.`,
    positiveShare: (share: string, low: string, high: string) => `Giudizi positivi: ${share} (intervallo al 95%: ${low} – ${high}).`,
    index: (index: string) => `Indice di soddisfazione: ${index} su 100.`,
    smallSample: (minSample: number) => `Campione piccolo (meno di ${minSample} giudizi): cifre indicative, non confrontate né giudicate.`,

    comparedWith: { previous: 'Rispetto al periodo precedente', 'year-before': 'Rispetto a un anno prima' },
    comparisonNoData: (label: string) => `${label}: nessun giudizio in uno dei due periodi, nessun confronto.`,
    comparisonSmallSample: (label: string) => `${label}: campione piccolo, nessun confronto.`,
    comparisonOverlaps: (label: string) => `${label}: il periodo dura più di un anno e ha giorni in comune con questo, nessun confronto.`,
    beyondNoise: 'oltre il rumore statistico',
    withinNoise: 'nel rumore statistico',
    comparison: (label: string, points: string, then: string, noise: string, p: string) => `${label}: ${points} di positivi (allora ${then}), ${noise} (${pValueWords(p)}).`,

    /** A service or an office among the worst: its positive share and its votes. */
    ranked: (name: string, share: string, votes: string) => `${name}: ${share} di positivi su ${votes}.`,
    noServiceJudged: 'Nessun servizio con abbastanza giudizi per essere giudicato.',
    noOfficeJudged: 'Nessun ufficio con abbastanza giudizi per essere giudicato.',
    /** Under a ranked list: why a lower share may come after a higher one. */
    rankedByScore:
      'In ordine di punteggio ponderato verso la media del gruppo: chi ha pochi giudizi pesa meno, perciò la quota più bassa non è sempre la prima.',
    /** An office whose services missed their charter standards: how many, beyond noise and within it. */
    officeCharterMissed: (office: string, n: number, beyond: number, within: number) =>
      `${office}: ${n === 1 ? '1 standard non rispettato' : `${n} standard non rispettati`} (${beyond} oltre il rumore, ${within} nel rumore).`,
    /** A service whose charter standard was missed: the verdict in lower case, the margin in points. */
    charterMissed: (name: string, verdict: string, margin: string) => `${name}: ${verdict} (scarto ${margin}).`,

    computedAt: (instant: string) => `Calcolato ${italianArticle(instant)}.`,
    lateVotes: (n: number, votes: string) => `${votes} arrivati dopo la fine del periodo (terminali rimasti senza rete).`,
    redatedVotes: (n: number, votes: string) => `${votes} ridatati dal collettore (orologio del terminale sbagliato).`,
    flaggedTaps: (n: number, taps: string, interval: string, burst: string) =>
      `${n === 1 ? '1 tocco escluso' : `${taps} tocchi esclusi`} come uso improprio (${interval} troppo ravvicinati, ${burst} a raffica).`,
    periodOpen: 'Il periodo non è ancora finito: arriveranno altri giudizi.',
  },
};
