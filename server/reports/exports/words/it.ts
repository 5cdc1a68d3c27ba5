// Every word of the report files in Italian (CSV headers, sheet names and columns, PDF text), in the dashboard's wording: the catalogue the other languages follow.
import { fromTo, italianArticle } from '../../../contract/italian-articles';
import type { Channel } from '../../../contract/channels';
import type { QualityDimension } from '../../../contract/quality';
import type { TrendUnit } from '../../../contract/report';
import type { FaceId } from '../../../contract/scale';
import { VERDICT_WORDS } from '../../../contract/verdict-words';
import { BULLETIN_WORDS } from '../../../contract/bulletin-words';
import { pValueWords } from '../../../contract/p-value-words';

/** Strings for strings, the same parameters for functions: the shape a translation must have, whatever the Italian words (the e-mails' catalogues use it too). */
export type Widened<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : T extends object ? { readonly [K in keyof T]: Widened<T[K]> } : T;

/** A catalogue: the Italian one's keys, every one of them, so tsc names any key a translation leaves out. */
export type ExportWords = Widened<typeof IT>;

// Functions take figures already formatted (format.ts), plus the number itself where the grammar depends on it.
export const IT = {
  /** Intl's locale of the numbers and dates, and the PDF's /Lang. */
  locale: 'it-IT',
  /** In a yearly file's name: gradimento-valdoria-anno-2025.pdf. */
  fileYear: 'anno',

  channels: { sportello: 'Sportello', totem: 'Totem', web: 'Web', telefono: 'Telefono' } satisfies Record<Channel, string>,
  /** A channel within a sentence or in a CSV cell: in Italian its own code. */
  channelsInText: { sportello: 'sportello', totem: 'totem', web: 'web', telefono: 'telefono' } satisfies Record<Channel, string>,
  faces: { ottimo: 'Ottimo', positivo: 'Positivo', sufficiente: 'Sufficiente', negativo: 'Negativo', pessimo: 'Pessimo' } satisfies Record<FaceId, string>,
  dimensions: { accessibility: 'Accessibilità', timeliness: 'Tempestività', transparency: 'Trasparenza', effectiveness: 'Efficacia' } satisfies Record<QualityDimension, string>,
  verdicts: VERDICT_WORDS.it.short,
  verdictsLong: VERDICT_WORDS.it.long,
  /** A change against a comparison: beyond noise or not, or why no test was made. */
  change: {
    noData: 'nessun confronto: mancano i giudizi',
    smallSample: 'nessun confronto: campione piccolo',
    overlaps: 'nessun confronto: il periodo dura più di un anno e ha giorni in comune con questo',
    beyondNoise: 'oltre il rumore',
    withinNoise: 'nel rumore',
  },
  comparisons: { previous: 'Periodo precedente', 'year-before': 'Un anno prima' },
  followUp: {
    title: 'Dopo un giudizio negativo',
    chosen: 'Hanno indicato un motivo',
    skipped: 'Hanno saltato la domanda',
    timeout: 'Se ne sono andati (tempo scaduto)',
    notAsked: 'Non è stato chiesto',
  },

  // Figures in words (format.ts)
  votes: (n: number, count: string) => (n === 1 ? '1 giudizio' : `${count} giudizi`),
  points: (signed: string) => `${signed} punti`,
  periodYear: (year: string) => `anno ${year}`,
  periodRange: (from: string, to: string) => fromTo(from, to),
  /** A reason the administration no longer offers, still named by votes of the period. */
  retiredReason: (label: string) => `${label} (non più offerto)`,
  /** The yearly report's title: under the name on its PDF's pages, and its files' metadata. */
  yearlyReport: (year: string) => `Relazione annuale sul gradimento ${year}`,
  /** The column of one reason, in the CSV and the workbook's detail sheet. */
  reasonColumn: (label: string) => `motivo: ${label}`,

  /** Words many tables share. */
  common: {
    /** An earlier period that began before the first vote: covered only from that month. */
    dataSince: (month: string) => `giudizi raccolti solo da ${month}`,
    votes: 'Giudizi',
    positiveShare: 'Giudizi positivi',
    index: 'Indice di soddisfazione',
    low: 'Minimo (95%)',
    high: 'Massimo (95%)',
    smallSample: 'Campione piccolo',
    service: 'Servizio',
    office: 'Ufficio',
    channel: 'Canale',
    day: 'Giorno',
    from: 'Dal',
    to: 'Al',
    yes: 'sì',
    no: 'no',
    total: 'Totale',
    administration: 'Amministrazione',
    rank: 'Posizione',
    charter: 'Carta dei servizi',
    participation: 'Partecipazione',
    negatives: 'Giudizi negativi',
    shareOfNegatives: 'Quota dei negativi',
  },

  /** The CSV's header: lower case, as column names. */
  csv: {
    day: 'giorno',
    office: 'ufficio',
    service: 'servizio',
    channel: 'canale',
    total: 'totale',
    faces: { ottimo: 'ottimo', positivo: 'positivo', sufficiente: 'sufficiente', negativo: 'negativo', pessimo: 'pessimo' } satisfies Record<FaceId, string>,
  },

  xlsx: {
    reportOf: (name: string) => `Rapporto di gradimento: ${name}`,
    yearlySummaryOf: (year: string, name: string) => `Gradimento dei servizi nel ${year}: ${name}`,
    sheets: {
      summary: 'Riepilogo',
      offices: 'Uffici',
      services: 'Servizi',
      days: 'Giorni',
      reasons: 'Motivazioni',
      participation: 'Partecipazione',
      charter: 'Carta dei servizi',
      detail: 'Dettaglio',
      months: 'Mesi',
      officesAndServices: 'Uffici e servizi',
      hours: 'Ore',
    },
    officesWithVotes: 'Uffici con giudizi',
    /** The «Ore» sheet: each weekday and hour of the office's day, as the dashboard's heatmap. */
    weekday: 'Giorno della settimana',
    hour: 'Ora',
    officeOpen: 'Ufficio aperto',
    negative: 'Negativi',
    negativeShare: 'Quota di negativi',
    outsideOpening: 'Giudizi fuori dall’orario di apertura',
    onHolidays: 'di cui nei giorni di chiusura',
    /** `web`, `qr`: their votes in words, null when none (docs/metrics.md: opening hours do not apply to them). */
    notInHours: (n: number, web: string | null, qr: string | null) =>
      `Senza ${[web && `${web} dal sito web del comune`, qr && `${qr} dai codici QR`].filter(Boolean).join(' e ')}: si vota dal proprio cellulare o computer, a qualunque ora e in qualunque giorno, e l’orario dell’ufficio non ${n === 1 ? 'lo' : 'li'} riguarda. ${n === 1 ? 'È contato' : 'Sono contati'} negli altri fogli.`,
    openingUnknown: 'L’ufficio non ha un orario di apertura: fuori orario contano soltanto i giorni di chiusura.',
    year: 'Anno',
    month: 'Mese',
    archived: 'Archiviato',
    charterVerdictCount: (verdict: string) => `Carta: ${verdict.toLowerCase()}`,
    positiveLow: 'Positivi: minimo (95%)',
    positiveHigh: 'Positivi: massimo (95%)',
    indexLow: 'Indice: minimo (95%)',
    indexHigh: 'Indice: massimo (95%)',
    changeShare: (comparison: string) => `Positivi, ${comparison.toLowerCase()}`,
    changePoints: (comparison: string) => `Differenza (punti), ${comparison.toLowerCase()}`,
    changeVerdict: (comparison: string) => `Esito, ${comparison.toLowerCase()}`,
    noStandard: 'nessuno standard',
    charterMargin: 'Scarto dallo standard (punti)',
    served: 'Persone servite',
    votesSameDays: 'Giudizi negli stessi giorni',
    daysCovered: 'Giorni con il dato',
    standardAtLeast: 'Standard (almeno)',
    margin: 'Scarto (punti)',
    partVerdict: 'Esito della parte',
    periodVerdict: 'Esito del periodo',
    allServices: 'Tutti i servizi',
    reason: 'Motivazione',
    dimension: 'Dimensione della qualità',
    timesGiven: 'Volte indicata',
    scope: 'Ambito',
    name: 'Nome',
    computedAt: (timeZone: string) => `Calcolato il (ora di ${timeZone})`,
    periodOpen: 'Periodo in corso',
    periodOpenYes: 'sì: arriveranno altri giudizi',
    lateVotes: 'Giudizi arrivati dopo la fine del periodo',
    redatedVotes: 'Giudizi ridatati dal collettore',
    flaggedInterval: 'Tocchi esclusi: troppo ravvicinati',
    flaggedBurst: 'Tocchi esclusi: a raffica',
    minSample: 'Campione minimo (giudizi)',
    figure: 'Indicatore',
    value: 'Valore',
    face: 'Volto',
    share: 'Quota',
    comparison: 'Confronto',
    votesThen: 'Giudizi allora',
    dataSinceHeader: 'Giudizi raccolti da',
    positiveThen: 'Positivi allora',
    difference: 'Differenza (punti)',
    p: 'p',
    verdict: 'Esito',
    indexThen: 'Indice allora',
    indexDifference: 'Differenza indice',
    pIndex: 'p (indice)',
    indexVerdict: 'Esito (indice)',
    yearlyCharter: 'Carta dei servizi: servizi per ufficio con uno standard',
  },

  pdf: {
    // What the document is: under the name on every page, and in its metadata.
    officeReport: (office: string) => `Rapporto di gradimento · ${office}`,
    administrationReport: 'Rapporto di gradimento dell’amministrazione',
    documentOf: (name: string, when: string) => `Rapporto di gradimento: ${name}, ${when}`,
    officeSubject: 'Soddisfazione dei cittadini per servizio',
    administrationSubject: 'Soddisfazione dei cittadini per ufficio e servizio',
    yearlySubject: 'Gradimento dei servizi per ufficio e servizio, con la verifica della Carta dei servizi',
    computed: (instant: string) => `calcolato ${italianArticle(instant)}`,
    page: (n: number, of: number) => `Pagina ${n} di ${of}`,
    unprintable: (count: number, codePoints: string) =>
      `${count === 1 ? 'Un carattere dei nomi manca' : `${count} caratteri dei nomi mancano`} nel carattere tipografico del PDF e ${count === 1 ? 'resta' : 'restano'} in bianco (${codePoints}): i file CSV ed Excel riportano i nomi per intero.`,

    // The summary page
    reportOf: (when: string) => `Rapporto di gradimento, ${when}`,
    howWeAreDoing: 'Come stiamo andando',
    noVotes: 'Nessun giudizio nel periodo.',
    officesBestFirst: 'Uffici, dal migliore',
    noOfficeVotes: 'Nessun ufficio ha ricevuto giudizi nel periodo.',
    archived: (name: string) => `${name} (archiviato)`,
    position: (n: number) => `${n}ª`,
    officeCharter: (met: number, judged: number) => `${met} su ${judged} rispettati`,
    smallSample: 'campione piccolo',
    servicesOrderNote: 'In ordine di quota di positivi avvicinata alla media quando i giudizi sono pochi, come nelle classifiche: con pochi giudizi una quota più bassa può venire dopo una più alta.',
    rankingNote: 'La posizione ordina gli uffici per quota di positivi avvicinata alla media quando i giudizi sono pochi; sotto il campione minimo un ufficio resta in grigio, senza posizione.',
    servicesWorstFirst: 'Servizi, dal peggiore',
    noServiceVotes: 'Nessun servizio ha ricevuto giudizi nel periodo.',
    silentServices: (names: string) => `Nessun giudizio per: ${names}.`,
    allOffices: (administration: string, when: string) => `${administration}, tutti gli uffici · ${when}`,

    // The blocks (sections.ts)
    outOf100: 'su 100',
    interval95: (interval: string) => `intervallo al 95%: ${interval}`,
    smallSampleNote: (minSample: number) => `Campione piccolo: meno di ${minSample} giudizi. Le cifre sono mostrate in grigio e non sono confrontate né giudicate.`,
    comparedWithBefore: 'Rispetto a prima',
    comparisonShare: (points: string, then: string, votes: string, change: string) => `positivi ${points} (allora ${then} su ${votes}), ${change}`,
    comparisonIndex: (points: string, change: string) => `indice ${points}, ${change}`,
    pValue: pValueWords,
    charterNone: 'Nessun servizio ha uno standard nella Carta dei servizi per il periodo.',
    charterCount: (n: number, of: number) => `${n} ${n === 1 ? 'servizio' : 'servizi'} su ${of} con uno standard.`,
    fromStandard: (points: string) => `${points} dallo standard`,
    worstPartCounts: 'lo standard è cambiato nel periodo, vale la parte peggiore',
    participationNone: 'Mancano i numeri delle persone servite: senza di loro la partecipazione non si può calcolare.',
    // Each count beside its text, so the words agree with it (1 persona servita, 2 persone servite).
    participation: (rate: string, n: number, votes: string, nServed: number, served: string, days: number) =>
      `${rate}: ${n === 1 ? '1 giudizio' : `${votes} giudizi`} su ${nServed === 1 ? '1 persona servita' : `${served} persone servite`}, con il dato al più ${days === 1 ? 'in 1 giorno' : `in ${days} giorni`} per servizio.`,
    computedAt: (instant: string) => `Calcolato ${italianArticle(instant)}`,
    lateVotes: (n: number, count: string) => (n === 1 ? '1 giudizio arrivato dopo la fine del periodo' : `${count} giudizi arrivati dopo la fine del periodo`),
    redatedVotes: (n: number, count: string) => (n === 1 ? '1 ridatato dal collettore (orologio del terminale sbagliato)' : `${count} ridatati dal collettore (orologio del terminale sbagliato)`),
    flaggedVotes: (n: number, count: string, interval: string, burst: string) =>
      `${n === 1 ? '1 tocco escluso' : `${count} tocchi esclusi`} come uso improprio (${interval} troppo ravvicinati, ${burst} a raffica)`,
    periodOpen: 'periodo in corso: arriveranno altri giudizi',
    dataQuality: (parts: string) => `Qualità dei dati: ${parts}.`,
    howToRead: (minSample: number) =>
      `Come leggere: la quota di giudizi positivi è affiancata dal suo intervallo al 95% (Wilson) e dal numero di giudizi su cui poggia. ` +
      `Sotto ${minSample} giudizi una cifra è un campione piccolo: resta in grigio e non è confrontata né giudicata. ` +
      `Un cambiamento è «oltre il rumore» quando p < 0,05: vale la pena guardarlo, non è una prova. ` +
      `Lo standard della Carta è rispettato oltre il rumore quando anche l’estremo basso dell’intervallo lo raggiunge. Le definizioni complete sono nel report sul cruscotto, alla voce «Come leggere questi numeri».`,
    // Table headers
    positive: 'Positivi',
    interval: 'Intervallo al 95%',
    index: 'Indice',
    fromTo: 'Dal – al',
    standard: 'Standard',
    /** A standard's threshold in the charter's table, in words as in the sentence above it. */
    atLeastPct: (pct: number) => `almeno ${pct}%`,
    margin: 'Scarto',
    verdict: 'Esito',
    reason: 'Motivo',
    times: 'Volte',

    // A service's page
    noStandardForService: 'Nessuno standard per questo servizio nel periodo.',
    standardChanged: (verdict: string) => `Lo standard è cambiato nel periodo: ogni parte è giudicata con lo standard allora in vigore, e il servizio con la parte peggiore. Esito: ${verdict}.`,
    standardVerdict: (minPositivePct: number, verdict: string, meaning: string) => `Standard: almeno ${minPositivePct}% di giudizi positivi. Esito: ${verdict}, ${meaning}.`,
    barLegend: 'Barra da 0 a 100%: il punto è la quota di positivi, la fascia il suo intervallo al 95%, la tacca nera lo standard.',
    trend: 'Andamento',
    reasonsTitle: 'Perché: motivi dei giudizi negativi',
    noNegatives: 'Nessun giudizio negativo nel periodo.',
    negativesWithoutReason: (n: number, count: string) => (n === 1 ? '1 giudizio negativo, senza un motivo indicato.' : `${count} giudizi negativi, nessuno con un motivo indicato.`),
    reasonsOf: (n: number, count: string) => `Su ${n === 1 ? '1 giudizio negativo' : `${count} giudizi negativi`}; chi risponde può indicare più motivi.`,

    // The trend chart
    units: { day: 'giorno', week: 'settimana', month: 'mese' } satisfies Record<TrendUnit, string>,
    votesPer: (unit: string) => `giudizi per ${unit} (scala a destra)`,
    positiveLine: 'giudizi positivi (scala a sinistra; cerchio vuoto: campione piccolo)',
    standardLine: 'standard',

    // The yearly report
    yearlyIntro: (year: string) => `Gradimento dei servizi nell’anno ${year}, per la relazione sulla performance`,
    yearAtAGlance: (year: string) => `Il ${year} in sintesi`,
    noVotesInYear: (year: string) => `Nessun giudizio nel ${year}.`,
    monthByMonth: 'Mese per mese',
    charterNoneInYear: 'Nessun servizio ha uno standard nella Carta dei servizi per l’anno.',
    yearlyCharterCount: (n: number) => `${n === 1 ? '1 servizio' : `${n} servizi`} con uno standard, contati ufficio per ufficio.`,
    offices: 'Uffici',
    noOfficeVotesInYear: (year: string) => `Nessun ufficio ha ricevuto giudizi nel ${year}.`,
    servicesAllOffices: 'Servizi, tutti gli uffici insieme',
    noServiceVotesInYear: (year: string) => `Nessun servizio ha ricevuto giudizi nel ${year}.`,
    servicesAlphabetical: 'Servizi, in ordine alfabetico',
  },

  /** The bulletin of a month or a year, in the shape of the national programme's (the dashboard's words). */
  bulletin: {
    /** In its file's name: gradimento-valdoria-bollettino-2026-10.pdf. */
    file: 'bollettino',
    /** The whole installation, where an administration's name would be. */
    installation: 'Installazione',
    subject: 'Bollettino del gradimento',
    previous: (kind: 'month' | 'year') => (kind === 'month' ? 'Mese precedente' : 'Anno precedente'),
    noParticipation: 'nessun dato',
    // The rest as the dashboard's bulletin says it.
    ...BULLETIN_WORDS.it,
  },
};
